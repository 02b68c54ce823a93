// The demo data as the clerks would submit it: one record (a stream) per thing that happened,
// each a list of HTTP commands sent in order to its department's service.

export type Department = 'projects' | 'land' | 'safety' | 'office';

export interface DemoStep {
  /** Path on the department's service, e.g. `/projects/chengbei-2014-01/sign`. */
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface DemoRecord {
  /** Unique across the demo; part of every step's Idempotency-Key. */
  readonly key: string;
  readonly department: Department;
  readonly steps: readonly DemoStep[];
}

export const step = (path: string, body: Readonly<Record<string, unknown>>): DemoStep => ({ path, body });

export const demoRecord = (department: Department, key: string, steps: readonly DemoStep[]): DemoRecord => ({
  department,
  key,
  steps,
});

/** Business time in the park (Asia/Shanghai has no daylight saving: always +08:00). */
export const at = (date: string, time = '09:30'): string => `${date}T${time}:00+08:00`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The date `days` days after `date` (both YYYY-MM-DD). */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
};

/** `count` working-day dates spread evenly from `from` to `to` (inclusive), weekends moved to Monday. */
export const spread = (count: number, from: string, to: string): string[] => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(from, count === 1 ? 0 : Math.round((span * i) / (count - 1)));
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
  });
};

/** Integer parts proportional to `weights` that add up to exactly `total` (largest remainder). */
export const apportion = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
};

export const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
