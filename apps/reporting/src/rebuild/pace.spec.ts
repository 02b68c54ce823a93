import { pace } from './pace';

describe('a rebuild held to a pace', () => {
  const clock = () => {
    let t = 1_000;
    const waits: number[] = [];
    return {
      now: () => t,
      wait: async (ms: number) => {
        waits.push(ms);
        t += ms;
      },
      advance: (ms: number) => (t += ms),
      waits,
    };
  };

  it('never waits without a cap', async () => {
    const c = clock();
    const take = pace(0, c.now, c.wait);
    for (let i = 0; i < 10; i++) await take(10_000);
    expect(c.waits).toEqual([]);
  });

  it('spreads items at the cap: 1,000 a second, in chunks of 250, take a second per 1,000', async () => {
    const c = clock();
    const take = pace(1000, c.now, c.wait);
    for (let i = 0; i < 8; i++) await take(250);
    // the first chunk starts at once, each later one 250 ms after the one before
    expect(c.waits).toEqual([250, 250, 250, 250, 250, 250, 250]);
    expect(c.now()).toBe(1_000 + 7 * 250);
  });

  it('does not save up idle time for a burst', async () => {
    const c = clock();
    const take = pace(100, c.now, c.wait);
    await take(100);
    c.advance(10_000);
    await take(100);
    await take(100);
    expect(c.waits).toEqual([1000]);
  });
});
