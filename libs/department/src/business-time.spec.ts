import { checkBusinessTime } from './business-time';

const bounds = { earliest: '2001-01-01T00:00:00+08:00', clockSkewMs: 60_000 };
const now = Date.parse('2014-12-31T12:00:00Z');

describe('business time of a command', () => {
  it('accepts a time in the park’s lifetime', () => {
    expect(checkBusinessTime('2014-03-15T09:00:00+08:00', bounds, now)).toBe('2014-03-15T09:00:00+08:00');
  });

  it('refuses the future beyond the allowed clock skew, naming occurredAt', () => {
    expect(() => checkBusinessTime('2014-12-31T12:05:00Z', bounds, now)).toThrow();
    try {
      checkBusinessTime('2015-01-01T00:00:00Z', bounds, now);
    } catch (e) {
      expect((e as { getResponse(): { message: string[] } }).getResponse().message).toEqual([
        'occurredAt: must not be in the future',
      ]);
    }
    expect(checkBusinessTime('2014-12-31T12:00:30Z', bounds, now)).toBe('2014-12-31T12:00:30Z');
  });

  it('refuses a time before the park existed', () => {
    expect(() => checkBusinessTime('1999-05-01T00:00:00Z', bounds, now)).toThrow();
  });
});
