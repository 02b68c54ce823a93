import { Wakeup } from './wakeup';

describe('a Wakeup nobody has notified', () => {
  it('ends the wait after the timeout', async () => {
    const started = Date.now();
    await new Wakeup().wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('ends a long wait as soon as it is notified', async () => {
    const wakeup = new Wakeup();
    const started = Date.now();
    const waiting = wakeup.wait(60_000);
    wakeup.notify();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a Wakeup notified while nobody waited', () => {
  it('returns from the next wait at once, and only that one', async () => {
    const wakeup = new Wakeup();
    wakeup.notify();
    const started = Date.now();
    await wakeup.wait(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
    await wakeup.wait(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});
