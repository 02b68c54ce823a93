// The safety department's monthly tallies (rule safety-monthly-tally, by the 5th of the next month) judged
// as enterprises' returns are: business time = the day it was handed to the office, record time apart.
import { countsIn, timelinessFigures, timelinessSums } from './timeliness-figures';
import { defaultObligationRules, timeliness, type FilingEvent, type ObligationStatus } from './timeliness';

const tallies = defaultObligationRules.find((r) => r.ruleId === 'safety-monthly-tally')!;
const returns = defaultObligationRules.find((r) => r.ruleId === 'enterprise-monthly-return')!;
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;
const tally = (month: string, change: FilingEvent['change'], occurredOn: string, recordedAt = at(occurredOn, '12:00')): FilingEvent => ({
  ruleId: tallies.ruleId,
  subjectId: 'safety',
  month,
  change,
  occurredAt: at(occurredOn),
  recordedAt,
  eventId: `tally-${month}-${change}-${occurredOn}`,
});
const months = ['2014-01', '2014-02', '2014-03', '2014-04', '2014-05', '2014-06', '2014-07'];

describe('a year of the safety department’s tallies', () => {
  const filings = [
    tally('2014-01', 'submitted', '2014-02-03'), // early
    tally('2014-02', 'submitted', '2014-03-05'), // on the day
    tally('2014-03', 'submitted', '2014-04-09'), // 4 days late
    // 2014-04: never filed
    tally('2014-05', 'submitted', '2014-06-04'),
    tally('2014-05', 'corrected', '2014-06-20'), // a correction does not move when it was filed
    tally('2014-06', 'submitted', '2014-07-02'),
    tally('2014-06', 'voided', '2014-07-03'),
    tally('2014-06', 'submitted', '2014-07-08'), // voided and filed again, late: the standing filing counts
    // 2014-07: filed on 5 August but recorded only on the 20th (record time is not business time)
    tally('2014-07', 'submitted', '2014-08-05', at('2014-08-20')),
  ];
  const extensions = [{ ruleId: tallies.ruleId, month: '2014-03', subjectId: null, until: '2014-04-08', recordedAt: at('2014-04-01') }];
  const holidays = [{ date: '2014-07-05', recordedAt: at('2014-06-01') }];
  const run = (asOf: string) =>
    timeliness({ rules: [tallies], filings, extensions, holidays, months, asOf });
  const statusOf = (statuses: readonly ObligationStatus[], month: string) => statuses.find((s) => s.month === month)!;

  it('owes one tally a month from the department, on time, late by days, or missing', () => {
    const statuses = run(at('2014-12-31'));
    expect(statuses.map((s) => s.subjectId)).toEqual(months.map(() => 'safety'));
    expect(statusOf(statuses, '2014-01')).toMatchObject({ status: 'on-time', due: '2014-02-05', filedOn: '2014-02-03', department: 'safety' });
    expect(statusOf(statuses, '2014-02')).toMatchObject({ status: 'on-time', daysLate: 0 });
    expect(statusOf(statuses, '2014-04')).toMatchObject({ status: 'missing', filedOn: null, filingEventId: null });
    expect(statusOf(statuses, '2014-05')).toMatchObject({ status: 'on-time', filedOn: '2014-06-04', corrected: true, filingEventId: 'tally-2014-05-submitted-2014-06-04' });
    expect(statusOf(statuses, '2014-06')).toMatchObject({ status: 'late', daysLate: 2, filingEventId: 'tally-2014-06-submitted-2014-07-08' });
  });

  it('moves the due date by the office’s extension and past its holidays', () => {
    const statuses = run(at('2014-12-31'));
    expect(statusOf(statuses, '2014-03')).toMatchObject({ due: '2014-04-08', status: 'late', daysLate: 1 });
    // 5 July declared a holiday: June's tally is due on the 6th, filed on the 8th
    expect(statusOf(statuses, '2014-06')).toMatchObject({ due: '2014-07-06', daysLate: 2 });
  });

  it('judges by the business date filed, as known at asOf', () => {
    expect(statusOf(run(at('2014-08-10')), '2014-07')).toMatchObject({ status: 'missing' });
    expect(statusOf(run(at('2014-08-21')), '2014-07')).toMatchObject({ status: 'on-time', filedOn: '2014-08-05' });
    expect(statusOf(run(at('2014-08-04')), '2014-07')).toMatchObject({ status: 'pending' });
  });

  it('counts tallies in the tally figures only, and returns in the returns’ figures only', () => {
    const statuses = [
      ...run(at('2014-12-31')),
      ...timeliness({
        rules: [returns],
        filings: [{ ruleId: returns.ruleId, subjectId: 'e1', month: '2014-03', change: 'submitted', occurredAt: at('2014-04-09'), recordedAt: at('2014-04-09'), zoneId: 'z' }],
        extensions: [],
        holidays: [],
        months: ['2014-03'],
        asOf: at('2014-12-31'),
      }),
    ];
    const figure = (name: string) => timelinessFigures.find((f) => f.name === name)!;
    const value = (name: string) => timelinessSums(figure(name), statuses, [])[0]?.value;
    expect(value('timeliness.tallies-due')).toBe(7);
    expect(value('timeliness.tallies-on-time')).toBe(4);
    expect(value('timeliness.tallies-late')).toBe(2);
    expect(value('timeliness.tallies-missing')).toBe(1);
    expect(value('timeliness.tallies-on-time-rate')).toBe(57.1);
    expect(value('timeliness.returns-due')).toBe(1);
    expect(value('timeliness.on-time-rate')).toBe(100);
    expect(timelinessSums(figure('timeliness.tallies-due'), statuses, ['department'])).toEqual([{ keys: ['safety'], value: 7 }]);
    expect(statuses.filter((s) => countsIn('timeliness.tallies-missing', s)).map((s) => s.month)).toEqual(['2014-04']);
  });
});
