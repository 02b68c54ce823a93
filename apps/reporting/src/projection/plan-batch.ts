import type { EventEnvelope } from '@park-ledger/contracts';
import { canonicalDims, planChanges, recordKey, type TotalDelta } from './plan-changes';
import type { ProjectionIndex } from './projection-index';
import type { Contribution } from '@park-ledger/figures';

/** A record as stored before the batch: its current row and the ids of its current version and contributions. */
export interface StoredRecord {
  readonly row: unknown | null;
  readonly versionId: string | null;
  readonly contributionIds: readonly string[];
}

export interface Closing {
  readonly id: string;
  readonly at: string;
  /** the event that replaced it */
  readonly by: string;
}

interface Span {
  readonly kind: string;
  readonly recordId: string;
  readonly from: string;
  to: string | null;
}

export interface VersionRow extends Span {
  readonly row: unknown;
}

export interface ContributionRow extends Span {
  readonly contribution: Contribution;
  /** the event that wrote it, and the one that replaced it (null: current) */
  readonly eventId: string;
  closedBy: string | null;
}

/** Every write of a batch of events, as the per-event path would leave them once all were applied. */
export interface BatchPlan {
  readonly closedVersions: readonly Closing[];
  readonly versions: readonly VersionRow[];
  readonly links: readonly { readonly kind: string; readonly recordId: string; readonly eventId: string }[];
  readonly closedContributions: readonly Closing[];
  readonly contributions: readonly ContributionRow[];
  /** net change per total, sorted by key; a total some event moved stays here even at a net 0 (it exists then) */
  readonly totals: readonly TotalDelta[];
}

interface Open {
  version: VersionRow | null;
  contributions: ContributionRow[];
  storedVersionClosed: boolean;
  storedContributionsClosed: boolean;
}

const totalKey = (d: TotalDelta) => `${d.figure}\u0000${d.period}\u0000${canonicalDims(d.dims)}`;
/** The order the per-event path moves totals in, so concurrent transactions lock them alike. */
const lockOrder = (d: TotalDelta) => `${d.figure}${d.period}${canonicalDims(d.dims)}`;

const sortedBy = <T>(items: Iterable<T>, key: (item: T) => string): T[] =>
  [...items]
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ item }) => item);

/**
 * Folds the events, in order, into the records they concern, starting from the stored ones. A record
 * version or contribution set replaced within the batch gets its recorded_to from the event that
 * replaced it; a stored one is closed by the first event that replaced it.
 */
export function planBatch(index: ProjectionIndex, stored: ReadonlyMap<string, StoredRecord>, events: readonly EventEnvelope[]): BatchPlan {
  const rows = new Map<string, unknown>([...stored].map(([key, record]) => [key, record.row]));
  const open = new Map<string, Open>();
  const plan = { closedVersions: [] as Closing[], versions: [] as VersionRow[], links: [] as BatchPlan['links'][number][], closedContributions: [] as Closing[], contributions: [] as ContributionRow[] };
  const totals = new Map<string, TotalDelta>();

  for (const event of events) {
    const at = event.recordedAt;
    const { changes, deltas } = planChanges(index.projectionsOf(event.type), rows, event);
    for (const { kind, recordId, row, contributions } of changes) {
      const key = recordKey(kind, recordId);
      const record = stored.get(key);
      const state = open.get(key) ?? { version: null, contributions: [], storedVersionClosed: false, storedContributionsClosed: false };
      open.set(key, state);
      plan.links.push({ kind, recordId, eventId: event.eventId });

      if (state.version) state.version.to = at;
      else if (!state.storedVersionClosed && record?.versionId) plan.closedVersions.push({ id: record.versionId, at, by: event.eventId });
      state.storedVersionClosed = true;
      state.version = row === null ? null : { kind, recordId, row, from: at, to: null };
      if (state.version) plan.versions.push(state.version);
      rows.set(key, row);

      if (contributions === undefined) continue;
      for (const c of state.contributions) Object.assign(c, { to: at, closedBy: event.eventId });
      if (!state.storedContributionsClosed) {
        plan.closedContributions.push(...(record?.contributionIds ?? []).map((id) => ({ id, at, by: event.eventId })));
      }
      state.storedContributionsClosed = true;
      state.contributions = contributions.map((contribution) => ({ kind, recordId, contribution, from: at, to: null, eventId: event.eventId, closedBy: null }));
      plan.contributions.push(...state.contributions);
    }
    for (const d of deltas) {
      const key = totalKey(d);
      totals.set(key, { ...d, delta: (totals.get(key)?.delta ?? 0) + d.delta });
    }
  }
  return { ...plan, totals: sortedBy(totals.values(), lockOrder) };
}
