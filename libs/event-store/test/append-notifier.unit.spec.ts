/**
 * The PostgreSQL store's notifier (append-notifications.ts): one notification under way at a time, the
 * appends that return meanwhile told together (the highest position), and at most one notification per
 * interval, the first after a quiet spell at once.
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
    // Let the notifier's loop take its next position.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { sent, send, answerAll };
}

describe('the append notifier', () => {
  it('tells the first append at once, and the ones that return while it is under way together, naming the highest', async () => {
    const { sent, send, answerAll } = heldSends();
    const notifier = new AppendNotifier(send, 0);
    notifier.appended(10);
    expect(sent).toEqual([10]);
    notifier.appended(40);
    notifier.appended(30);
    expect(sent).toEqual([10]);
    await answerAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([10, 40]);
    await answerAll();
    await notifier.idle();
    expect(sent).toEqual([10, 40]);
  });

  it('sends the next notification no sooner than the interval after the one before', async () => {
    const times: number[] = [];
    const notifier = new AppendNotifier(async () => {
      times.push(Date.now());
    }, 40);
    notifier.appended(1);
    notifier.appended(2);
    await notifier.idle();
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(39);
  });

  it('a failed notification is no failed append: the next one still goes out', async () => {
    const sent: number[] = [];
    const notifier = new AppendNotifier(async (position) => {
      sent.push(position);
      if (position === 10) throw new Error('connection lost');
    }, 0);
    notifier.appended(10);
    await notifier.idle();
    notifier.appended(20);
    await notifier.idle();
    expect(sent).toEqual([10, 20]);
  });
});
