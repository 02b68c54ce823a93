import { DomainRuleViolation } from '@park-ledger/decider';
import { checkBusinessTime } from './business-time';

const bounds = { earliest: '2001-01-01T00:00:00+08:00', clockSkewMs: 60_000 };
const now = Date.parse('2014-12-31T12:00:00Z');

describe('business time of a command', () => {
  it('accepts a time in the park’s lifetime', () => {
    expect(checkBusinessTime('2014-03-15T09:00:00+08:00', bounds, now)).toBe('2014-03-15T09:00:00+08:00');
  });

  it('refuses the future beyond the allowed clock skew, naming occurredAt, as a rule of the calendar (422)', () => {
    expect(() => checkBusinessTime('2014-12-31T12:05:00Z', bounds, now)).toThrow(DomainRuleViolation);
    expect(() => checkBusinessTime('2015-01-01T00:00:00Z', bounds, now)).toThrow(
      expect.objectContaining({ code: 'occurred-at-out-of-range', httpStatus: 422, message: 'occurredAt: must not be in the future' }),
    );
    expect(checkBusinessTime('2014-12-31T12:00:30Z', bounds, now)).toBe('2014-12-31T12:00:30Z');
  });

  it('refuses a time before the park existed', () => {
    expect(() => checkBusinessTime('1999-05-01T00:00:00Z', bounds, now)).toThrow(
      expect.objectContaining({ code: 'occurred-at-out-of-range', message: expect.stringMatching(/^occurredAt: must not be before/) }),
    );
  });

  it('answers 400 to a time that is not one', () => {
    expect(() => checkBusinessTime('yesterday', bounds, now)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
