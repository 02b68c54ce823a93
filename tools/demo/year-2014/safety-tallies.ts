// The safety department's monthly tallies for 2014 (月度台账), filed with the committee office by the 5th of
// the next month (the office's rule safety-monthly-tally). The counts attested are the month's reminder
// batches and inspections as the routine records have them, save one: September's tally attests 5
// reminder batches where 6 were recorded (the board shows the mismatch). Most are filed on the 3rd–5th;
// May's came on 9 June and October's on 7 November (late), and August's was never filed (missing).
import { at, demoRecord, monthsOf, step, type DemoRecord } from '../demo-record';
import { safetyRoutineRecords } from './safety-routines';

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The park month of a demo business time (`at()` gives +08:00, so its first 7 characters are the month). */
const monthOf = (occurredAt: unknown) => String(occurredAt).slice(0, 7);

/** Reminder batches and inspections per month, as the routine records submit them. */
export function recordedTallies(): Map<string, { reminderBatches: number; inspections: number }> {
  const counts = new Map<string, { reminderBatches: number; inspections: number }>();
  for (const record of safetyRoutineRecords()) {
    const first = record.steps[0];
    const kind = first.path === '/reminder-batches' ? 'reminderBatches' : first.path === '/safety-inspections' ? 'inspections' : null;
    if (!kind) continue;
    const month = monthOf(first.body['occurredAt']);
    const c = counts.get(month) ?? { reminderBatches: 0, inspections: 0 };
    c[kind] += 1;
    counts.set(month, c);
  }
  return counts;
}

/** The day of the next month each tally was handed in; null: never filed. */
const filedOnDay: Record<string, number | null> = {
  '2014-01': 4, '2014-02': 5, '2014-03': 3, '2014-04': 5, '2014-05': 9, '2014-06': 4,
  '2014-07': 5, '2014-08': null, '2014-09': 5, '2014-10': 7, '2014-11': 4, '2014-12': 5,
};

/** The demo's tally filings: month, business date filed, attested counts. */
export const tallyFilings2014 = () => {
  const recorded = recordedTallies();
  return monthsOf(2014).flatMap((month) => {
    const day = filedOnDay[month];
    if (day === null) return [];
    const counts = recorded.get(month) ?? { reminderBatches: 0, inspections: 0 };
    const attested = month === '2014-09' ? { ...counts, reminderBatches: counts.reminderBatches - 1 } : counts;
    return [{ month, filedOn: `${nextMonth(month)}-${String(day).padStart(2, '0')}`, ...attested }];
  });
};

export const safetyTallyRecords = (): DemoRecord[] =>
  tallyFilings2014().map((t) =>
    demoRecord('safety', `monthly-tally-${t.month}`, [
      step('/monthly-tallies', { month: t.month, occurredAt: at(t.filedOn, '10:00'), reminderBatches: t.reminderBatches, inspections: t.inspections }),
    ]),
  );
