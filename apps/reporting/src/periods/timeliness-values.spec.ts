import { defaultObligationRules, timeliness, timelinessFigures, type FilingEvent } from '@park-ledger/figures';
import { differences, periodValues } from './period-values';
import { timelinessCounts, timelinessDeltas, timelinessDimsSums } from './timeliness-values';

const returns = defaultObligationRules[0];
const at = (date: string) => `${date}T10:00:00+08:00`;
const filing = (subjectId: string, zoneId: string, month: string, on: string, recordedAt = at(on)): FilingEvent => ({
  ruleId: returns.ruleId, subjectId, month, change: 'submitted', occurredAt: at(on), recordedAt, zoneId, eventId: `${subjectId}-${month}`,
});
const months = ['2014-11', '2014-12'];
const filings = [
  filing('a', 'north', '2014-11', '2014-12-09'),
  filing('a', 'north', '2014-12', '2015-01-09'),
  filing('b', 'south', '2014-11', '2014-12-12'),
  // b's December return came on 23 January, recorded after the close on 20 January
  filing('b', 'south', '2014-12', '2015-01-23', at('2015-01-23')),
];
const statusesAt = (asOf: string) => timeliness({ rules: [returns], filings, extensions: [], holidays: [], months, asOf });
const counts = timelinessCounts(timelinessFigures);
const valuesAt = (asOf: string) => periodValues(counts, timelinessDimsSums(counts, statusesAt(asOf)));

describe('timeliness counts in a period’s values', () => {
  it('lists each count’s total and its parts by department and by zone, never the rate', () => {
    const values = valuesAt(at('2015-01-20'));
    const of = (figure: string, dims = {}) => values.find((v) => v.figure === figure && JSON.stringify(v.dims) === JSON.stringify(dims))?.value;
    expect(of('timeliness.returns-due')).toBe(4);
    expect(of('timeliness.returns-late')).toBe(1);
    expect(of('timeliness.returns-missing')).toBe(1);
    expect(of('timeliness.returns-missing', { zoneId: 'south' })).toBe(1);
    expect(of('timeliness.returns-on-time', { department: 'projects' })).toBe(2);
    expect(values.some((v) => v.figure.includes('rate'))).toBe(false);
  });

  it('restates exactly the difference of the two as-of views, obligation by obligation', () => {
    const closed = statusesAt(at('2015-01-20'));
    const now = statusesAt(at('2015-02-01'));
    const diffs = differences(valuesAt(at('2015-01-20')), valuesAt(at('2015-02-01')));
    expect(diffs.filter((d) => Object.keys(d.dims).length === 0).map((d) => [d.figure, d.closed, d.current])).toEqual([
      ['timeliness.returns-late', 1, 2],
      ['timeliness.returns-missing', 1, 0],
    ]);
    for (const d of diffs) {
      const deltas = timelinessDeltas(d.figure, d.dims, closed, now);
      expect(deltas.reduce((t, x) => t + x.delta, 0)).toBe(d.difference);
      expect(deltas.map((x) => `${x.obligation.subjectId}-${x.obligation.month}`)).toEqual(['b-2014-12']);
    }
  });
});
