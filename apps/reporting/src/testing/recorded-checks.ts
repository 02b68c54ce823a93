// Invariants 6 (drill-down = exactly the events that changed the figure) and 7 (as-of at a record time = a rebuild
// stopped then) over a generated year, in memory: the product side is the reporting core's own batch plan
// (planBatch: the bitemporal contribution rows it writes, each with the event that wrote it, the one that closed it
// and their record times), the other side the plain per-event recomputation (plain-contributions.ts). The SQL that
// reads those rows (figure-events.ts, figure-sums.ts) is checked against the same recomputation by the e2e test.
import type { EventEnvelope } from '@park-ledger/contracts';
import { allProjections, type Contribution } from '@park-ledger/figures';
import { planBatch, type BatchPlan, type ContributionRow } from '../projection/plan-batch';
import { ProjectionIndex } from '../projection/projection-index';
import { plainChanges, plainDrillDown, type PlainChange, type PlainQuestion } from './plain-contributions';

const index = new ProjectionIndex(allProjections);

/** Events in the order they were recorded (a stream's record times ascend with its versions). */
export const inRecordOrder = (events: readonly EventEnvelope[]): EventEnvelope[] =>
  events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => Date.parse(a.event.recordedAt) - Date.parse(b.event.recordedAt) || a.i - b.i)
    .map(({ event }) => event);

/** The rows the reporting core writes for these events (record versions, contributions), applied as they were recorded, in one batch from empty. */
export const productPlan = (events: readonly EventEnvelope[]): BatchPlan => planBatch(index, new Map(), inRecordOrder(events));
export const productRows = (events: readonly EventEnvelope[]): readonly ContributionRow[] => productPlan(events).contributions;

const standing = (t: number) => (span: { from: string; to: string | null }) => Date.parse(span.from) <= t && (span.to === null || Date.parse(span.to) > t);

/** The read model as of record time t: the record versions and contributions recorded by t and not replaced by then. */
export function asOfRows(plan: BatchPlan, t: number) {
  return {
    rows: plan.versions.filter(standing(t)).map((v) => ({ kind: v.kind, recordId: v.recordId, row: v.row })),
    contributions: plan.contributions.filter(standing(t)).map((c) => c.contribution),
  };
}

const keyOf = ({ figure, period, dims }: Pick<Contribution, 'figure' | 'period' | 'dims'>) =>
  `${figure} ${period} ${JSON.stringify(Object.keys(dims).sort().map((k) => [k, dims[k]]))}`;

const netOf = (entries: Iterable<[string, number]>): Map<string, number> => {
  const net = new Map<string, number>();
  for (const [key, value] of entries) net.set(key, (net.get(key) ?? 0) + value);
  for (const [key, value] of net) if (value === 0) net.delete(key);
  return net;
};

/** The differences between two nets, at most a few, readable. */
function differences(what: string, product: Map<string, number>, plain: Map<string, number>): string[] {
  const out: string[] = [];
  for (const key of new Set([...product.keys(), ...plain.keys()])) {
    if (product.get(key) !== plain.get(key)) out.push(`${what}: ${key}: the product ${product.get(key) ?? 0}, the plain fold ${plain.get(key) ?? 0}`);
  }
  return out.slice(0, 5);
}

/** What each event wrote minus what it closed, per exact figure, month and breakdown (the drill-down's unit). */
function productChanges(rows: readonly ContributionRow[], events: ReadonlyMap<string, EventEnvelope>): Map<string, number> {
  const name = (eventId: string) => {
    const e = events.get(eventId)!;
    return `${e.streamId} v${e.streamVersion} ${e.type}`;
  };
  return netOf(
    rows.flatMap((row): [string, number][] => [
      [`${name(row.eventId)} | ${keyOf(row.contribution)}`, row.contribution.value],
      ...(row.closedBy ? [[`${name(row.closedBy)} | ${keyOf(row.contribution)}`, -row.contribution.value] as [string, number]] : []),
    ]),
  );
}

const plainNet = (changes: readonly PlainChange[]) =>
  netOf(changes.map((c): [string, number] => [`${c.event.streamId} v${c.event.streamVersion} ${c.event.type} | ${keyOf(c)}`, c.value]));

/**
 * The reporting core's in-memory drill-down, as figure-events.ts reads the rows: per event, what it opened minus what
 * it closed among the rows answering the question; events netting to zero left out.
 */
export function productDrillDown(rows: readonly ContributionRow[], question: PlainQuestion): Map<string, number> {
  const answers = (c: Contribution) =>
    c.figure === question.figure &&
    (question.stock ? c.period <= `${question.year}-12` : c.period.startsWith(`${question.year}-`)) &&
    Object.entries(question.dims).every(([k, v]) => (v === '' ? c.dims[k] === undefined : c.dims[k] === v));
  const matching = rows.filter((row) => answers(row.contribution));
  return netOf(matching.flatMap((row): [string, number][] => [[row.eventId, row.contribution.value], ...(row.closedBy ? [[row.closedBy, -row.contribution.value] as [string, number]] : [])]));
}

/** (6) in memory: every event's change to every figure, month and breakdown is the plain fold's; and per question, the same events. */
export function drillDownProblems(events: readonly EventEnvelope[], questions: readonly PlainQuestion[]): string[] {
  const rows = productRows(events);
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const changes = plainChanges(events);
  const problems = differences('(6) an event\'s change', productChanges(rows, byId), plainNet(changes));
  for (const question of questions) {
    const product = productDrillDown(rows, question);
    const plain = new Map([...plainDrillDown(changes, question)].map(([e, v]) => [e.eventId, v]));
    const name = (id: string) => `${byId.get(id)?.streamId} v${byId.get(id)?.streamVersion}`;
    const diff = differences(`(6) drill-down ${question.figure} ${question.year} ${JSON.stringify(question.dims)}`, new Map([...product].map(([id, v]) => [name(id), v])), new Map([...plain].map(([id, v]) => [name(id), v])));
    problems.push(...diff);
  }
  return problems;
}

/**
 * (7) in memory: as of a record time t (the rows recorded by t and not yet replaced then), every figure, month and
 * breakdown equals a fresh plain fold of only the events recorded by t.
 */
export function asOfProblems(events: readonly EventEnvelope[], cuts: readonly number[]): string[] {
  const rows = productRows(events);
  const problems: string[] = [];
  for (const t of cuts) {
    const product = netOf(rows.filter(standing(t)).map((row): [string, number] => [keyOf(row.contribution), row.contribution.value]));
    const stopped = plainChanges(events.filter((e) => Date.parse(e.recordedAt) <= t));
    const plain = netOf(stopped.map((c): [string, number] => [keyOf(c), c.value]));
    problems.push(...differences(`(7) as of ${new Date(t).toISOString()}`, product, plain));
  }
  return problems;
}
