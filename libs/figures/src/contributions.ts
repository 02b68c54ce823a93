import type { Contribution } from './record-projection';

/** Breakdowns of a record; an absent one (a project without a phase) is left out. */
export type Dims = Readonly<Record<string, string | undefined>>;

const present = (dims: Dims): Record<string, string> =>
  Object.fromEntries(Object.entries(dims).filter((entry): entry is [string, string] => entry[1] !== undefined));

export const fact = (figure: string, period: string, dims: Dims, value = 1): Contribution => ({
  figure,
  period,
  dims: present(dims),
  value,
});

/** A fact that may not have happened yet: nothing when its month is null. */
export const factIn = (period: string | null, figure: string, dims: Dims, value = 1): Contribution[] =>
  period === null ? [] : [fact(figure, period, dims, value)];

/**
 * A stock built from flows: `value` from the month the record enters a state, taken back in the month
 * it leaves it. A leaving month recorded before the entering one is read as the entering month.
 */
export const span = (
  figure: string,
  dims: Dims,
  from: string | null,
  until: string | null,
  value = 1,
): Contribution[] => {
  if (from === null) return [];
  const entered = fact(figure, from, dims, value);
  return until === null ? [entered] : [entered, fact(figure, until < from ? from : until, dims, -value)];
};

// Only equal keys matter here, so any fixed order of the dims will do (and a plain one is much cheaper).
const keyOf = ({ figure, period, dims }: Contribution) =>
  JSON.stringify([figure, period, Object.entries(dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);

/** One contribution per figure, period and dims, leaving out those that cancel out. */
export const netted = (contributions: readonly Contribution[]): Contribution[] => {
  const byKey = new Map<string, Contribution>();
  for (const contribution of contributions) {
    const key = keyOf(contribution);
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...earlier, value: earlier.value + contribution.value } : contribution);
  }
  return [...byKey.values()].filter((contribution) => contribution.value !== 0);
};

/** A payload as stored in a row: the correction's reason belongs to the event, not to the record. */
export const withoutReason = <P extends { readonly reason?: string }>({ reason: _reason, ...rest }: P): Omit<P, 'reason'> =>
  rest;

/**
 * A correction that restates a record's details (its contract names them all, as the decider's command does): every
 * field the contract names is as the correction states it, so an optional one it leaves out (an English name, the
 * inspection a hazard came from) is cleared, not kept from before. What the row keeps of the record's life (handling,
 * fees, steps…) is not a field of the correction and stays.
 */
export const restated = <Row extends object, P extends { readonly reason?: string }>(
  row: Row,
  payload: P,
  correction: { readonly payload: { readonly keys: readonly string[] } },
): Row => {
  const kept = Object.fromEntries(Object.entries(row).filter(([key]) => !correction.payload.keys.includes(key)));
  return { ...kept, ...withoutReason(payload) } as unknown as Row;
};
