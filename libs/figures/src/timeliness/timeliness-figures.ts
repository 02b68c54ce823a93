// 报送及时性 as figures: the counts of returns due, on time, late and missing, and the on-time rate.
// Their values do not come from a record's contributions: an obligation's status depends on the office's
// calendar (rules, extensions, holidays) and on what was known at asOf, so they are counted from the
// timeliness of the period's months (timeliness.ts). The rate is the ratio of two of the counts,
// computed for the total and for each part, never summed.
import type { FigureDefinition } from '../catalogue';
import type { ObligationStatus } from './timeliness';

const count = (name: string, zh: string, en: string, dims: readonly string[] = ['department', 'zoneId']): FigureDefinition => ({
  name,
  kind: 'flow',
  unit: 'count',
  labels: { zh, en },
  dims,
  source: 'timeliness',
});

/** The rule a timeliness figure counts: timeliness.returns-* the enterprises' returns, timeliness.tallies-* the safety tallies. */
export const ruleOfTimelinessFigure = (figure: string): string =>
  figure.startsWith('timeliness.tallies-') ? 'safety-monthly-tally' : 'enterprise-monthly-return';

export const timelinessFigures: readonly FigureDefinition[] = [
  count('timeliness.returns-due', '应报月报', 'returns due'),
  count('timeliness.returns-on-time', '按时报送月报', 'returns filed on time'),
  count('timeliness.returns-late', '迟报月报', 'returns filed late'),
  count('timeliness.returns-missing', '缺报月报', 'returns missing'),
  {
    name: 'timeliness.on-time-rate',
    kind: 'flow',
    unit: 'percent',
    labels: { zh: '月报按时率', en: 'on-time rate of returns' },
    dims: ['department', 'zoneId'],
    source: 'timeliness',
    ratioOf: { numerator: 'timeliness.returns-on-time', denominator: 'timeliness.returns-due' },
  },
  count('timeliness.tallies-due', '应报部门月度台账', 'department tallies due', ['department']),
  count('timeliness.tallies-on-time', '按时报送台账', 'tallies filed on time', ['department']),
  count('timeliness.tallies-late', '迟报台账', 'tallies filed late', ['department']),
  count('timeliness.tallies-missing', '缺报台账', 'tallies missing', ['department']),
  {
    name: 'timeliness.tallies-on-time-rate',
    kind: 'flow',
    unit: 'percent',
    labels: { zh: '台账按时率', en: 'on-time rate of tallies' },
    dims: ['department'],
    source: 'timeliness',
    ratioOf: { numerator: 'timeliness.tallies-on-time', denominator: 'timeliness.tallies-due' },
  },
];

/** Whether an obligation counts in a timeliness count figure (one that is due: its date has passed). */
export function countsIn(figure: string, status: ObligationStatus): boolean {
  if (status.status === 'pending' || status.ruleId !== ruleOfTimelinessFigure(figure)) return false;
  switch (figure.replace(/^timeliness\.(returns|tallies)-/, '')) {
    case 'due':
      return true;
    case 'on-time':
      return status.status === 'on-time';
    case 'late':
      return status.status === 'late';
    case 'missing':
      return status.status === 'missing';
    default:
      return false;
  }
}

/** The value of a dim of an obligation ('department', 'zoneId'); null: it has none, or the figure lacks the dim. */
export const dimOf = (status: ObligationStatus, dim: string): string | null =>
  dim === 'department' ? status.department : dim === 'zoneId' ? status.zoneId : null;

/** on time / due in percent with one decimal; null when nothing was due. */
export const rateOf = (onTime: number, due: number): number | null => (due === 0 ? null : Math.round((onTime * 1000) / due) / 10);

export interface TimelinessSum {
  readonly keys: readonly (string | null)[];
  readonly value: number;
}

/**
 * A timeliness figure's values grouped by the dims asked (a dim the figure lacks groups under null),
 * from the obligations of the period: counts counted, the rate the ratio of the counts of its group.
 */
export function timelinessSums(figure: FigureDefinition, statuses: readonly ObligationStatus[], groupBy: readonly string[]): TimelinessSum[] {
  const keysOf = (s: ObligationStatus) => groupBy.map((dim) => (figure.dims.includes(dim) ? dimOf(s, dim) : null));
  const groups = new Map<string, { keys: (string | null)[]; counted: number; onTime: number; due: number }>();
  const rule = ruleOfTimelinessFigure(figure.name);
  for (const s of statuses) {
    if (s.status === 'pending' || s.ruleId !== rule) continue;
    const keys = keysOf(s);
    const k = JSON.stringify(keys);
    const g = groups.get(k) ?? { keys, counted: 0, onTime: 0, due: 0 };
    g.due += 1;
    if (s.status === 'on-time') g.onTime += 1;
    if (countsIn(figure.name, s)) g.counted += 1;
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => ({
    keys: g.keys,
    value: figure.ratioOf ? (rateOf(g.onTime, g.due) ?? 0) : g.counted,
  }));
}
