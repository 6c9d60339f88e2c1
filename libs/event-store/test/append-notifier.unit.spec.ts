/**
 * The PostgreSQL store's notifier (append-notifications.ts): how many notifications go out at once, and
 * which positions they name.
 */
import { AppendNotifier } from '../src/postgres/append-notifications';

/** A send that stays under way until the test answers it. */
function heldSends() {
  const sent: number[] = [];
  const answers: (() => void)[] = [];
  const send = (position: number) => {
    sent.push(position);
    return new Promise<void>((resolve) => answers.push(resolve));
  };
  const answerAll = async () => {
    for (const answer of answers.splice(0)) answer();
    // Let the notifier's loops take their next position.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { sent, send, answerAll };
}

describe('the append notifier', () => {
  it('sends a second append at once while the first is under way, and tells later ones together', async () => {
    const { sent, send, answerAll } = heldSends();
    const notifier = new AppendNotifier(send, 2);
    notifier.appended(10);
    notifier.appended(20);
    expect(sent).toEqual([10, 20]);
    // Both under way: these wait, and go out as one, naming the highest.
    notifier.appended(40);
    notifier.appended(30);
    expect(sent).toEqual([10, 20]);
    await answerAll();
    expect(sent).toEqual([10, 20, 40]);
    await answerAll();
    await notifier.idle();
    expect(sent).toEqual([10, 20, 40]);
  });

  it('with one under way at most, an append waits for the notification before it', async () => {
    const { sent, send, answerAll } = heldSends();
    const notifier = new AppendNotifier(send, 1);
    notifier.appended(10);
    notifier.appended(20);
    expect(sent).toEqual([10]);
    await answerAll();
    expect(sent).toEqual([10, 20]);
    await answerAll();
    await notifier.idle();
  });

  it('a failed notification is no failed append: the next one still goes out', async () => {
    const sent: number[] = [];
    const notifier = new AppendNotifier(async (position) => {
      sent.push(position);
      if (position === 10) throw new Error('connection lost');
    });
    notifier.appended(10);
    await notifier.idle();
    notifier.appended(20);
    await notifier.idle();
    expect(sent).toEqual([10, 20]);
  });
});
