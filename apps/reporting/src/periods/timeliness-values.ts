// The timeliness counts in a period's canonical list (what a close digests and a restatement compares),
// and which filing made each restated count move. Pure: obligations' statuses in, sums and deltas out.
// Counts only: the on-time rates are ratios of two counts, derived, never digested.
import { countsIn, dimOf, type FigureDefinition, type ObligationStatus } from '@park-ledger/figures';
import type { DimsSum } from './period-values';

/** The timeliness count figures of a catalogue entry list (the rates left out). */
export const timelinessCounts = (figures: readonly FigureDefinition[]) => figures.filter((f) => f.source === 'timeliness' && !f.ratioOf);

/** Each counted obligation as a sum of 1 under its finest dims (department, and zone when it has one). */
export function timelinessDimsSums(figures: readonly FigureDefinition[], statuses: readonly ObligationStatus[]): DimsSum[] {
  const sums = new Map<string, DimsSum>();
  for (const figure of timelinessCounts(figures)) {
    for (const s of statuses) {
      if (!countsIn(figure.name, s)) continue;
      const dims: Record<string, string> = {};
      for (const dim of figure.dims) {
        const value = dimOf(s, dim);
        if (value !== null) dims[dim] = value;
      }
      const k = `${figure.name}|${JSON.stringify(dims)}`;
      sums.set(k, { figure: figure.name, dims, value: (sums.get(k)?.value ?? 0) + 1 });
    }
  }
  return [...sums.values()];
}

const obligationKey = (s: Pick<ObligationStatus, 'ruleId' | 'subjectId' | 'month'>) => `${s.ruleId}|${s.subjectId}|${s.month}`;

/**
 * How much each obligation moved a timeliness value (figure and single-dim part) between the close and
 * now: +1 where it counts now and did not then, -1 the other way. The deltas of a value sum to its
 * difference.
 */
export function timelinessDeltas(
  figure: string,
  dims: Readonly<Record<string, string | null>>,
  closed: readonly ObligationStatus[],
  current: readonly ObligationStatus[],
): { readonly obligation: ObligationStatus; readonly delta: number }[] {
  const matches = (s: ObligationStatus) => Object.entries(dims).every(([dim, value]) => dimOf(s, dim) === value);
  const was = new Map(closed.map((s) => [obligationKey(s), s]));
  const is = new Map(current.map((s) => [obligationKey(s), s]));
  const out: { obligation: ObligationStatus; delta: number }[] = [];
  for (const k of new Set([...was.keys(), ...is.keys()])) {
    const before = was.get(k);
    const after = is.get(k);
    const delta = (after && matches(after) && countsIn(figure, after) ? 1 : 0) - (before && matches(before) && countsIn(figure, before) ? 1 : 0);
    if (delta !== 0) out.push({ obligation: (after ?? before)!, delta });
  }
  return out;
}

export { obligationKey };
