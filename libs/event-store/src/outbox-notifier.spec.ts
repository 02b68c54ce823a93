import { OutboxNotifier } from './outbox-notifier';

const deferredSender = () => {
  const calls: Array<() => void> = [];
  const send = () => new Promise<void>((resolve) => calls.push(resolve));
  const finish = async (i: number) => {
    calls[i]();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, send, finish };
};

describe('an idle notifier', () => {
  it('sends one notification per poke', async () => {
    const sender = deferredSender();
    const notifier = new OutboxNotifier(sender.send);
    notifier.poke();
    await sender.finish(0);
    notifier.poke();
    await sender.finish(1);
    await notifier.idle();
    expect(sender.calls).toHaveLength(2);
  });
});

describe('a notifier with a notification in flight', () => {
  it('coalesces further pokes into exactly one more notification, sent after the first', async () => {
    const sender = deferredSender();
    const notifier = new OutboxNotifier(sender.send);
    notifier.poke();
    notifier.poke();
    notifier.poke();
    expect(sender.calls).toHaveLength(1);
    await sender.finish(0);
    expect(sender.calls).toHaveLength(2);
    await sender.finish(1);
    await notifier.idle();
    expect(sender.calls).toHaveLength(2);
  });

  it('keeps going after a failed send', async () => {
    let attempts = 0;
    const notifier = new OutboxNotifier(async () => {
      attempts++;
      if (attempts === 1) throw new Error('connection lost');
    });
    notifier.poke();
    notifier.poke();
    await notifier.idle();
    expect(attempts).toBe(2);
  });
});

describe('a notifier whose relay runs in the same process', () => {
  it('wakes that relay instead of sending a notification while it publishes', async () => {
    const sender = deferredSender();
    const notifier = new OutboxNotifier(sender.send);
    let leading = true;
    let woken = 0;
    notifier.wakeLocally(() => {
      woken++;
      return leading;
    });
    notifier.poke();
    notifier.poke();
    expect([woken, sender.calls.length]).toEqual([2, 0]);
    leading = false;
    notifier.poke();
    await sender.finish(0);
    await notifier.idle();
    expect([woken, sender.calls.length]).toEqual([3, 1]);
  });
});
