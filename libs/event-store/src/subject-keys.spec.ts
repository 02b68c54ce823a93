import { TtlCache } from './subject-keys';

describe('TtlCache: the bound of a key cache', () => {
  it('answers an entry only while it is younger than its time to live', () => {
    const cache = new TtlCache<string>(4000, 10);
    cache.set('k', 'key', 1_000);
    expect(cache.get('k', 1_000)?.value).toBe('key');
    expect(cache.get('k', 4_999)?.value).toBe('key');
    expect(cache.get('k', 5_000)).toBeUndefined();
    // and forgets it once stale: a later read goes to the source
    expect(cache.size).toBe(0);
  });

  it('holds at most its number of entries, the least recently stored going first', () => {
    const cache = new TtlCache<number>(60_000, 3);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, i, 0);
    expect(cache.size).toBe(3);
    expect(cache.get('k0', 0)).toBeUndefined();
    expect(cache.get('k4', 0)?.value).toBe(4);
    cache.set('k2', 22, 0);
    cache.set('k5', 5, 0);
    expect(cache.get('k3', 0)).toBeUndefined();
    expect(cache.get('k2', 0)?.value).toBe(22);
  });

  it('with a time to live of 0 keeps nothing', () => {
    const cache = new TtlCache<number>(0, 3);
    cache.set('k', 1, 0);
    expect(cache.get('k', 0)).toBeUndefined();
  });
});
