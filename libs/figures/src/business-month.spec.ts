import { businessMonth, monthOfDate } from './business-month';

describe('businessMonth', () => {
  it('puts an instant late on New Year’s Eve in UTC into January in Shanghai', () => {
    expect(businessMonth('2014-12-31T16:30:00Z')).toBe('2015-01');
  });

  it('keeps an instant just before Shanghai midnight in its month', () => {
    expect(businessMonth('2014-12-31T15:59:59Z')).toBe('2014-12');
  });

  it('reads the offset the instant was written with', () => {
    expect(businessMonth('2014-03-01T00:10:00+08:00')).toBe('2014-03');
    expect(businessMonth('2014-02-28T18:00:00-06:00')).toBe('2014-03');
  });

  it('refuses what is not an instant', () => {
    expect(() => businessMonth('last Tuesday')).toThrow('Not an ISO-8601 instant');
  });
});

describe('monthOfDate', () => {
  it('takes the month of a calendar date as written', () => {
    expect(monthOfDate('2014-08-31')).toBe('2014-08');
  });
});
