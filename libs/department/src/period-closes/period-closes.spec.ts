import { closeChangeOf, lateMarkOf, monthsOfPeriod } from './period-closes';

const close = (period: string) => ({ period, closedAt: '2015-01-20T02:00:00.000Z', closeEventId: `00000000-0000-4000-8000-00000000000${period.length}` });

describe('closed periods', () => {
  it('knows a year’s, a quarter’s and a month’s months', () => {
    expect(monthsOfPeriod('2014')).toEqual({ from: '2014-01', to: '2014-12' });
    expect(monthsOfPeriod('2014-Q4')).toEqual({ from: '2014-10', to: '2014-12' });
    expect(monthsOfPeriod('2014-Q1')).toEqual({ from: '2014-01', to: '2014-03' });
    expect(monthsOfPeriod('2014-07')).toEqual({ from: '2014-07', to: '2014-07' });
  });

  it('marks a change any of whose business months falls in a closed period, the year first', () => {
    expect(lateMarkOf(['2015-01', '2014-12'], [close('2014-12'), close('2014')])).toEqual(close('2014'));
    expect(lateMarkOf(['2015-01'], [close('2014')])).toBeNull();
    expect(lateMarkOf(['2014-11'], [close('2014-12')])).toBeNull();
    expect(lateMarkOf(['2014-11'], [close('2014-Q4')])).toEqual(close('2014-Q4'));
    expect(lateMarkOf([], [close('2014')])).toBeNull();
  });

  it('reads a close and a reopening from the office’s events, and nothing else', () => {
    const base = { occurredAt: '2015-01-20T02:00:00.000Z', eventId: 'e1' };
    expect(closeChangeOf({ ...base, type: 'PeriodClosed', payload: { period: '2014' } })).toEqual({ kind: 'closed', period: '2014', closedAt: base.occurredAt, closeEventId: 'e1' });
    expect(closeChangeOf({ ...base, type: 'PeriodReopened', payload: { period: '2014', reason: 'x' } })).toEqual({ kind: 'reopened', period: '2014' });
    expect(closeChangeOf({ ...base, type: 'PeriodSignedOff', payload: { period: '2014' } })).toBeUndefined();
    expect(closeChangeOf({ ...base, type: 'HolidayDeclared', payload: { date: '2014-10-01' } })).toBeUndefined();
  });
});
