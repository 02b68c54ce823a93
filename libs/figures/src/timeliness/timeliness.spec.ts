import fc from 'fast-check';
import {
  defaultObligationRules,
  dueDate,
  onTimeRates,
  parkDate,
  timeliness,
  type Extension,
  type FilingEvent,
  type Holiday,
} from './timeliness';

const returns = defaultObligationRules[0];
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const filing = (subjectId: string, month: string, change: FilingEvent['change'], occurredOn: string, recordedAt = at(occurredOn, '12:00')): FilingEvent => ({
  ruleId: returns.ruleId,
  subjectId,
  month,
  change,
  occurredAt: at(occurredOn),
  recordedAt,
  zoneId: 'chengbei',
  nameZh: subjectId,
  eventId: `${subjectId}-${month}-${change}`,
  contactName: null,
  contactPhone: null,
});
const yearEnd = at('2015-03-01');

describe('a month of returns', () => {
  const filings = [
    filing('early', '2014-03', 'submitted', '2014-04-02'),
    filing('on-the-day', '2014-03', 'submitted', '2014-04-10'),
    filing('late', '2014-03', 'submitted', '2014-04-13'),
    filing('missing', '2014-02', 'submitted', '2014-03-09'),
  ];
  const statuses = timeliness({ rules: [returns], filings, extensions: [], holidays: [], months: ['2014-03'], asOf: yearEnd });
  const of = (id: string) => statuses.find((s) => s.subjectId === id);

  it('is on time up to the due day, late by the days after it, missing when never filed', () => {
    expect(of('early')).toMatchObject({ status: 'on-time', daysLate: 0, due: '2014-04-10', filedOn: '2014-04-02' });
    expect(of('on-the-day')).toMatchObject({ status: 'on-time', daysLate: 0 });
    expect(of('late')).toMatchObject({ status: 'late', daysLate: 3 });
    expect(of('missing')).toMatchObject({ status: 'missing', filedOn: null, zoneId: 'chengbei', filingEventId: null });
    expect(of('late')).toMatchObject({ filingEventId: 'late-2014-03-submitted' });
  });

  it('counts a missing return overdue to the business date the ledger knows, never to a replay’s wall clock', () => {
    const known = (businessToday?: string, asOf = at('2026-12-07')) =>
      timeliness({ rules: [returns], filings, extensions: [], holidays: [], months: ['2014-03'], asOf, businessToday }).find((s) => s.subjectId === 'missing');
    // without the business date: asOf's own date, twelve years on
    expect(known()).toMatchObject({ status: 'missing', daysLate: 4624 });
    expect(known('2014-04-17')).toMatchObject({ status: 'missing', daysLate: 7 });
    // never past asOf's own date, and at least one day once it is missing
    expect(known('2014-05-30', at('2014-04-20'))).toMatchObject({ daysLate: 10 });
    expect(known('2014-04-01')).toMatchObject({ status: 'missing', daysLate: 1 });
  });

  it('names the contact of the latest filing on a missing return', () => {
    const named = { ...filing('missing', '2014-02', 'corrected', '2014-03-20'), contactName: '李四', contactPhone: '0731-5555' };
    const [s] = timeliness({ rules: [returns], filings: [...filings, named], extensions: [], holidays: [], months: ['2014-03'], asOf: yearEnd }).filter(
      (x) => x.subjectId === 'missing',
    );
    expect(s).toMatchObject({ status: 'missing', contactName: '李四', contactPhone: '0731-5555' });
  });

  it('counts the on-time rate over what was due', () => {
    expect(onTimeRates(statuses, (s) => s.department)).toEqual([{ key: 'projects', due: 4, onTime: 2, late: 1, missing: 1, rate: 50 }]);
  });

  it('is pending, not missing, before the due date, and a filing recorded later is not known yet', () => {
    const early = timeliness({ rules: [returns], filings, extensions: [], holidays: [], months: ['2014-03'], asOf: at('2014-04-10', '23:00') });
    expect(early.find((s) => s.subjectId === 'missing')).toMatchObject({ status: 'pending' });
    // its only filing was recorded on the 13th: on the 10th nobody knew it reported at all
    expect(early.find((s) => s.subjectId === 'late')).toBeUndefined();
    expect(early.find((s) => s.subjectId === 'early')).toMatchObject({ status: 'on-time' });
  });
});

describe('the office moves deadlines', () => {
  it('an extension for one enterprise, recorded by asOf, moves its due date', () => {
    const ext: Extension = { ruleId: returns.ruleId, month: '2014-03', subjectId: 'a', until: '2014-04-15', recordedAt: at('2014-04-09') };
    expect(dueDate(returns, '2014-03', 'a', [ext], [], yearEnd)).toBe('2014-04-15');
    expect(dueDate(returns, '2014-03', 'b', [ext], [], yearEnd)).toBe('2014-04-10');
    expect(dueDate(returns, '2014-03', 'a', [ext], [], at('2014-04-08'))).toBe('2014-04-10');
  });

  it('a holiday on the due day moves it to the next day that is not one', () => {
    const holidays: Holiday[] = [
      { date: '2014-10-10', recordedAt: at('2014-09-01') },
      { date: '2014-10-11', recordedAt: at('2014-09-01') },
    ];
    expect(dueDate(returns, '2014-09', 'a', [], holidays, yearEnd)).toBe('2014-10-12');
  });
});

describe('corrections and voids', () => {
  it('a correction keeps the day it was first filed; a void then a new submission counts the new one', () => {
    const filings = [
      filing('c', '2014-05', 'submitted', '2014-06-08'),
      filing('c', '2014-05', 'corrected', '2014-07-20'),
      filing('v', '2014-05', 'submitted', '2014-06-08'),
      filing('v', '2014-05', 'voided', '2014-06-09'),
      filing('v', '2014-05', 'submitted', '2014-06-12'),
      filing('gone', '2014-05', 'submitted', '2014-06-01'),
      filing('gone', '2014-05', 'voided', '2014-06-20'),
    ];
    const s = timeliness({ rules: [returns], filings, extensions: [], holidays: [], months: ['2014-05'], asOf: yearEnd });
    expect(s.find((x) => x.subjectId === 'c')).toMatchObject({ status: 'on-time', corrected: true });
    expect(s.find((x) => x.subjectId === 'v')).toMatchObject({ status: 'late', daysLate: 2 });
    expect(s.find((x) => x.subjectId === 'gone')).toMatchObject({ status: 'missing' });
  });
});

describe('the park calendar', () => {
  it('takes the date in Shanghai time', () => {
    expect(parkDate('2014-04-10T16:30:00Z')).toBe('2014-04-11');
    expect(parkDate('2014-04-10T23:30:00+08:00')).toBe('2014-04-10');
  });
});

// Generated years: each enterprise, each month, one of: filed k days before/after the due date
// (possibly corrected later, possibly voided and filed again), or never. An independent model says
// what the status must be; extensions and holidays move the due date first.
type Plan =
  | { readonly kind: 'filed'; readonly offset: number; readonly corrected: boolean; readonly refiledAfter: number | null }
  | { readonly kind: 'never' }
  | { readonly kind: 'voided' };

const plan: fc.Arbitrary<Plan> = fc.oneof(
  fc.record({ kind: fc.constant('filed' as const), offset: fc.integer({ min: -9, max: 40 }), corrected: fc.boolean(), refiledAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) }),
  fc.constant({ kind: 'never' as const }),
  fc.constant({ kind: 'voided' as const }),
);

describe('generated years', () => {
  it('every obligation has the status its filings, extensions and holidays decide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(plan, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), days: fc.integer({ min: 1, max: 10 }) }), { maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
        (enterprises, extended, holidayMonths) => {
          const months = Array.from({ length: 12 }, (_, i) => `2014-${String(i + 1).padStart(2, '0')}`);
          const baseDue = (m: number) => (m === 12 ? '2015-01-10' : `2014-${String(m + 1).padStart(2, '0')}-10`);
          const extensions: Extension[] = extended.map(({ month, days }) => ({
            ruleId: returns.ruleId,
            month: months[month - 1],
            subjectId: null,
            until: plusDays(baseDue(month), days),
            recordedAt: at('2014-01-02'),
          }));
          const holidays: Holiday[] = holidayMonths.map((m) => ({ date: baseDue(m), recordedAt: at('2014-01-02') }));
          const expectedDue = (m: number) => {
            let due = baseDue(m);
            for (const e of extensions) if (e.month === months[m - 1] && e.until > due) due = e.until;
            while (holidays.some((h) => h.date === due)) due = plusDays(due, 1);
            return due;
          };
          const filings: FilingEvent[] = [];
          // each enterprise's first month is filed on time, so it is an active reporter all year
          const plans = enterprises.map((months12) => [{ kind: 'filed', offset: 0, corrected: false, refiledAfter: null } as Plan, ...months12.slice(1)]);
          plans.forEach((months12, e) =>
            months12.forEach((p, i) => {
              const due = expectedDue(i + 1);
              const id = `e${e}`;
              if (p.kind === 'voided') {
                filings.push(filing(id, months[i], 'submitted', plusDays(due, -1)), filing(id, months[i], 'voided', plusDays(due, 1)));
              } else if (p.kind === 'filed') {
                filings.push(filing(id, months[i], 'submitted', plusDays(due, p.offset)));
                const standing = p.refiledAfter === null ? p.offset : p.offset + 1 + p.refiledAfter;
                if (p.refiledAfter !== null) {
                  filings.push(filing(id, months[i], 'voided', plusDays(due, p.offset + 1)));
                  filings.push(filing(id, months[i], 'submitted', plusDays(due, standing)));
                }
                if (p.corrected) filings.push(filing(id, months[i], 'corrected', plusDays(due, standing + 5)));
              }
            }),
          );
          const asOf = at('2015-06-30');
          const statuses = timeliness({ rules: [returns], filings, extensions, holidays, months, asOf });
          expect(statuses).toHaveLength(plans.length * 12);
          for (const s of statuses) {
            const e = Number(s.subjectId.slice(1));
            const m = Number(s.month.slice(5));
            const p = plans[e][m - 1];
            const due = expectedDue(m);
            expect(s.due).toBe(due);
            if (p.kind === 'filed') {
              const offset = p.refiledAfter === null ? p.offset : p.offset + 1 + p.refiledAfter;
              expect(s.status).toBe(offset > 0 ? 'late' : 'on-time');
              expect(s.daysLate).toBe(Math.max(0, offset));
              expect(s.filedOn).toBe(plusDays(due, offset));
              expect(s.corrected).toBe(p.corrected);
            } else {
              expect(s.status).toBe('missing');
            }
          }
          const [rate] = onTimeRates(statuses, (s) => s.department);
          expect(rate.onTime + rate.late + rate.missing).toBe(rate.due);
          expect(rate.onTime).toBe(statuses.filter((s) => s.status === 'on-time').length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('as known at any date, a status only uses what was recorded by then', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: 0, max: 60 }), (offset, recordDelay) => {
        const filedOn = plusDays('2014-04-10', offset);
        const recordedOn = plusDays(filedOn, recordDelay);
        const f = filing('x', '2014-03', 'submitted', filedOn, at(recordedOn, '12:00'));
        const anchor = filing('x', '2014-02', 'submitted', '2014-03-01', at('2014-03-01'));
        const asOfDay = plusDays('2014-04-10', 15);
        const [s] = timeliness({ rules: [returns], filings: [anchor, f], extensions: [], holidays: [], months: ['2014-03'], asOf: at(asOfDay, '23:59') });
        if (recordedOn <= asOfDay) expect(s.status).toBe(offset > 0 ? 'late' : 'on-time');
        else expect(s.status).toBe('missing');
      }),
    );
  });
});
