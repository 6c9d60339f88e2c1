/** An async iterator one can look ahead on (and push one item back to): what a merge walk needs. */
export interface Peekable<T> {
  peek(): Promise<T | undefined>;
  next(): Promise<void>;
  pushBack(item: T): void;
}

export function peekable<T>(source: AsyncIterable<T>): Peekable<T> {
  const it = source[Symbol.asyncIterator]();
  const buffer: T[] = [];
  let done = false;
  const fill = async () => {
    if (buffer.length > 0 || done) return;
    const r = await it.next();
    if (r.done) done = true;
    else buffer.push(r.value);
  };
  return {
    peek: async () => (await fill(), buffer[0]),
    next: async () => {
      await fill();
      buffer.shift();
    },
    pushBack: (item) => buffer.unshift(item),
  };
}
