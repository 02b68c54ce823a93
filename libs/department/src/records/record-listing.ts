import type { DomainEvent, EventEnvelope } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/decider';
import type { InlineRecord } from '@park-ledger/event-store';

export type Details = Readonly<Record<string, unknown>>;

/** How a record's details fold from its events; the default merges each event's payload but its reason. */
export type DetailsFold = (details: Details, event: DomainEvent) => Details;

/** A record's state as the decider folds it, with what the list shows of it besides. */
export interface Listed<State> {
  readonly state: State;
  readonly details: Details;
  /** any of its events corrected it */
  readonly corrected: boolean;
  /** the reason the last correction or void gave */
  readonly reason: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDecider = Decider<any, any, any>;

/** One kind of record in the inline read model (event_store.records). */
export interface RecordListing {
  /** e.g. 'idle-parcel', as its stream ids begin */
  readonly kind: string;
  readonly keyNames: readonly string[];
  /** what the record's stream ids start with, to find the kind of a stream on a rebuild */
  readonly streamPrefix: string;
  /** the decider with its state Listed: what the store folds when the record is written */
  readonly decider: Decider<Listed<unknown>, unknown, DomainEvent>;
  /** the record's row after its events */
  row(listed: Listed<unknown>, events: readonly EventEnvelope[]): InlineRecord;
}

export const mergePayloads: DetailsFold = (details, { payload }) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { reason, ...rest } = payload as Record<string, unknown>;
  return { ...details, ...rest };
};

/** The park's calendar day (UTC+8, no daylight saving) of a business time. */
export const parkDate = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

const NAME = /name|title|site/i;

/** The names (zh and en) a clerk searches by: every string under a key naming one, lower-cased. */
export const searchTextOf = (value: unknown, key = ''): string[] => {
  if (typeof value === 'string') return NAME.test(key) ? [value.toLowerCase()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => searchTextOf(item, key));
  if (value && typeof value === 'object') return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([k, v]) => searchTextOf(v, k));
  return [];
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The listing of a kind of record, named after its streams' prefix ('idle-parcel-<id>': 'idle-parcel'). */
export function listingOf(
  decider: AnyDecider,
  keyNames: readonly string[],
  streamId: (...key: string[]) => string,
  fold: DetailsFold = mergePayloads,
): RecordListing {
  const listed: RecordListing['decider'] = {
    initialState: () => ({ state: decider.initialState(), details: {}, corrected: false, reason: null }),
    decide: (command, { state }) => decider.decide(command, state),
    evolve: (current, event) => {
      const { reason } = event.payload as { reason?: unknown };
      return {
        state: decider.evolve(current.state, event),
        details: fold(current.details, event),
        corrected: current.corrected || event.type.endsWith('Corrected'),
        reason: typeof reason === 'string' ? reason : current.reason,
      };
    },
  };
  const placeholder = '\u0000';
  const streamPrefix = streamId(...keyNames.map(() => placeholder)).split(placeholder)[0];
  const kind = streamPrefix.replace(/-$/, '');
  return {
    kind,
    keyNames,
    streamPrefix,
    decider: listed,
    row: ({ state, details, corrected, reason }, events) => {
      const first = events[0];
      const last = events[events.length - 1];
      const { status, stage } = (state ?? {}) as { status?: unknown; stage?: unknown };
      const statusText = text(status) ?? text(stage);
      return {
        kind,
        recordId: keyNames.map((name) => String(details[name])).join('/'),
        details,
        state,
        status: statusText,
        zoneId: text(details['zoneId']),
        platformId: text(details['platformId']),
        businessDate: parkDate(first.occurredAt),
        searchText: searchTextOf(details).join(' '),
        version: last.streamVersion,
        changedBy: last.actor,
        changedAt: last.recordedAt,
        reason,
        corrected,
        voided: statusText === 'Voided',
      };
    },
  };
}

/** The record kinds of this process, by the decider their controller declares (one per kind). */
const listings = new Map<object, RecordListing>();

export const registerListing = (decider: object, listing: RecordListing) => listings.set(decider, listing);
export const listingByDecider = (decider: object): RecordListing | undefined => listings.get(decider);
export const allListings = (): RecordListing[] => [...listings.values()];
