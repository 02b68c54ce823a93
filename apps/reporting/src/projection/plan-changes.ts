import type { EventEnvelope } from '@park-ledger/contracts';
import type { AnyProjection } from './projection-index';
import type { Contribution } from '@park-ledger/figures';

/** What one event does to one record: its new row (null: gone) and, if they changed, its contributions. */
export interface RecordChange {
  readonly kind: string;
  readonly recordId: string;
  readonly row: unknown | null;
  /** undefined: the record's contributions are unchanged and stay as they are */
  readonly contributions?: readonly Contribution[];
}

/** A change to a current figure total, by figure, period and exact dims. */
export interface TotalDelta {
  readonly figure: string;
  readonly period: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly delta: number;
}

export interface Plan {
  readonly changes: readonly RecordChange[];
  readonly deltas: readonly TotalDelta[];
}

export const recordKey = (kind: string, recordId: string) => `${kind}\u0000${recordId}`;

const inOrder = (keys: readonly string[]) => keys.every((key, i) => i === 0 || keys[i - 1] < key);

/** Dims as canonical JSON (sorted keys), so equal dims always make the same key. */
export const canonicalDims = (dims: Readonly<Record<string, string>>): string =>
  inOrder(Object.keys(dims))
    ? JSON.stringify(dims)
    : JSON.stringify(Object.fromEntries(Object.entries(dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

const contributionKey = (c: Contribution) => `${c.figure}\u0000${c.period}\u0000${canonicalDims(c.dims)}`;

function sums(contributions: readonly Contribution[], sign: 1 | -1, into: Map<string, TotalDelta>): void {
  for (const c of contributions) {
    const key = contributionKey(c);
    const delta = (into.get(key)?.delta ?? 0) + sign * c.value;
    into.set(key, { figure: c.figure, period: c.period, dims: c.dims, delta });
  }
}

const sameContributions = (a: readonly Contribution[], b: readonly Contribution[]) => {
  if (a.length !== b.length) return false;
  const keyed = (list: readonly Contribution[]) => list.map((c) => `${contributionKey(c)}\u0000${c.value}`).sort();
  const [x, y] = [keyed(a), keyed(b)];
  return x.every((k, i) => k === y[i]);
};

/**
 * Folds the event into each record it concerns and works out what changes: the new rows, the
 * records whose contributions changed, and the net change to every figure total they touch.
 * `current` holds the records' current rows by recordKey (absent: no such record yet).
 */
export function planChanges(
  projections: readonly AnyProjection[],
  current: ReadonlyMap<string, unknown>,
  event: EventEnvelope,
): Plan {
  const changes: RecordChange[] = [];
  const totals = new Map<string, TotalDelta>();
  for (const projection of projections) {
    const recordId = projection.recordIdOf(event);
    const before = current.get(recordKey(projection.kind, recordId)) ?? null;
    const after = projection.evolve(before, event);
    const old = before === null ? [] : projection.contributions(before);
    const now = after === null ? [] : projection.contributions(after);
    for (const c of now) {
      if (!Number.isSafeInteger(c.value)) throw new Error(`${projection.kind} ${recordId}: ${c.figure} is not an integer`);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(c.period)) throw new Error(`${projection.kind} ${recordId}: bad period ${c.period}`);
    }
    if (before === null && after === null) continue;
    const unchanged = sameContributions(old, now);
    changes.push({ kind: projection.kind, recordId, row: after, contributions: unchanged ? undefined : now });
    if (!unchanged) {
      sums(old, -1, totals);
      sums(now, 1, totals);
    }
  }
  return { changes, deltas: [...totals.values()].filter((t) => t.delta !== 0) };
}
