// A period's figures as one canonical list, its digest, and the difference of two such lists.
// Pure: what the office's close digests and what a restatement compares.
import { createHash } from 'node:crypto';
import type { FigureDefinition } from '@park-ledger/figures';

/** The sum of a figure's contributions for one exact set of dims (the finest parts the read model has). */
export interface DimsSum {
  readonly figure: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One value of the period: a figure's total (dims {}) or one part of its breakdown by a single dim. */
export interface PeriodValue {
  readonly figure: string;
  readonly dims: Readonly<Record<string, string | null>>;
  readonly value: number;
}

const key = (v: Pick<PeriodValue, 'figure' | 'dims'>) => `${v.figure}|${JSON.stringify(Object.entries(v.dims).sort(([a], [b]) => a.localeCompare(b)))}`;

/**
 * Every figure's total and its breakdown by each of its dims on its own (parts without the dim under
 * null), zero parts left out; a figure of percentages only per item. Sorted, so the same knowledge
 * always gives the same list (and digest).
 */
export function periodValues(catalogue: readonly FigureDefinition[], sums: readonly DimsSum[]): PeriodValue[] {
  const out = new Map<string, PeriodValue>();
  const add = (figure: string, dims: Readonly<Record<string, string | null>>, value: number) => {
    const k = key({ figure, dims });
    out.set(k, { figure, dims, value: (out.get(k)?.value ?? 0) + value });
  };
  for (const figure of catalogue) {
    const own = sums.filter((s) => s.figure === figure.name);
    if (!figure.per) add(figure.name, {}, own.reduce((t, s) => t + s.value, 0));
    for (const dim of figure.per ? [figure.per] : figure.dims) {
      for (const s of own) add(figure.name, { [dim]: s.dims[dim] ?? null }, s.value);
    }
  }
  return [...out.entries()]
    .filter(([, v]) => Object.keys(v.dims).length === 0 || v.value !== 0)
    .sort(([a, x], [b, y]) => (x.figure < y.figure ? -1 : x.figure > y.figure ? 1 : Object.keys(x.dims).length - Object.keys(y.dims).length || (a < b ? -1 : a > b ? 1 : 0)))
    .map(([, v]) => v);
}

/** sha256 (hex) of the values' canonical JSON: what the close records and anyone can recompute. */
export const digestOf = (values: readonly PeriodValue[]): string =>
  createHash('sha256')
    .update(JSON.stringify(values.map((v) => [v.figure, Object.entries(v.dims).sort(([a], [b]) => a.localeCompare(b)), v.value])))
    .digest('hex');

export interface Difference {
  readonly figure: string;
  readonly dims: Readonly<Record<string, string | null>>;
  readonly closed: number;
  readonly current: number;
  readonly difference: number;
}

/** Each value that is not what it was at the close (a part missing on one side counts as 0 there). */
export function differences(closed: readonly PeriodValue[], current: readonly PeriodValue[]): Difference[] {
  const before = new Map(closed.map((v) => [key(v), v]));
  const after = new Map(current.map((v) => [key(v), v]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: Difference[] = [];
  for (const k of keys) {
    const was = before.get(k)?.value ?? 0;
    const is = after.get(k)?.value ?? 0;
    if (was === is) continue;
    const { figure, dims } = after.get(k) ?? (before.get(k) as PeriodValue);
    out.push({ figure, dims, closed: was, current: is, difference: is - was });
  }
  return out;
}
