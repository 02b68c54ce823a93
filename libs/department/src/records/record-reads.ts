import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventEnvelope } from '@park-ledger/contracts';
import { EventStore, upsertRecords, type InlineRecord, type StoredEventColumns } from '@park-ledger/event-store';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, type ListRecordsRequest } from './list-records.request';
import { allListings, type Listed, type RecordListing } from './record-listing';

/** A record as a list shows it, and as its details add to its state: the inline row, less what is internal. */
export type RecordSummary = Omit<InlineRecord, 'kind' | 'state' | 'searchText'> & { readonly streamId: string };

export interface RecordPage {
  readonly items: RecordSummary[];
  /** null on the last page */
  readonly nextCursor: string | null;
}

interface RecordRow {
  record_id: string;
  stream_id: string;
  status: string | null;
  zone_id: string | null;
  platform_id: string | null;
  business_date: string;
  version: number;
  changed_by: string;
  changed_at: string;
  reason: string | null;
  corrected: boolean;
  voided: boolean;
  details: object;
  state: unknown;
  sort_key: string;
}

const ROW_COLUMNS = `record_id, stream_id, status, zone_id, platform_id, to_char(business_date, 'YYYY-MM-DD') as business_date,
  version, changed_by, to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as changed_at,
  reason, corrected, voided, details, state`;
const SORT = {
  businessDate: { column: 'business_date', cast: 'date', key: `to_char(business_date, 'YYYY-MM-DD')` },
  recordedAt: { column: 'changed_at', cast: 'timestamptz', key: `to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` },
} as const;
const REBUILD_PAGE = 5_000;
const UPSERT_CHUNK = 500;

const summaryOf = (row: RecordRow): RecordSummary => ({
  recordId: row.record_id,
  streamId: row.stream_id,
  status: row.status,
  zoneId: row.zone_id,
  platformId: row.platform_id,
  businessDate: row.business_date,
  version: row.version,
  changedBy: row.changed_by,
  changedAt: row.changed_at,
  reason: row.reason,
  corrected: row.corrected,
  voided: row.voided,
  details: row.details,
});

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The department's inline read model (event_store.records): its lists, a record's details, its rebuild. */
@Injectable()
export class RecordReads implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
  ) {}

  /** A page of one kind of record: keyset on (sort key, record id), so inserts between pages skip or repeat nothing. */
  async list(kind: string, request: ListRecordsRequest): Promise<RecordPage> {
    const { sort, order, limit } = request;
    const values: unknown[] = [kind];
    const where = ['kind = $1'];
    const add = (condition: (param: string) => string, value: unknown) => {
      values.push(value);
      where.push(condition(`$${values.length}`));
    };
    if (request.zone !== undefined) add((p) => `zone_id = ${p}`, request.zone);
    if (request.platform !== undefined) add((p) => `platform_id = ${p}`, request.platform);
    if (request.status !== undefined) add((p) => `status = ${p}`, request.status);
    if (request.from !== undefined) add((p) => `business_date >= ${p}::date`, request.from);
    if (request.to !== undefined) add((p) => `business_date <= ${p}::date`, request.to);
    if (request.q !== undefined) add((p) => `search_text like ${p}`, likePattern(request.q));
    if (request.corrected !== undefined) add((p) => `corrected = ${p}`, request.corrected);
    if (request.voided !== undefined) add((p) => `voided = ${p}`, request.voided);
    const { column, cast, key } = SORT[sort];
    if (request.cursor !== undefined) {
      const cursor = decodeCursor(request.cursor, sort, order);
      values.push(cursor.key, cursor.id);
      const [k, id] = [`$${values.length - 1}`, `$${values.length}`];
      where.push(`(${column}, record_id) ${order === 'asc' ? '>' : '<'} (${k}::${cast}, ${id}::text)`);
    }
    values.push(limit + 1);
    const rows: RecordRow[] = await this.dataSource.query(
      // ordered by the table's columns (r.), not the text the select makes of them, so an index serves it
      `select ${ROW_COLUMNS}, ${key} as sort_key from event_store.records r where ${where.join(' and ')}
       order by r.${column} ${order}, r.record_id ${order} limit $${values.length}`,
      values,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(summaryOf),
      nextCursor: rows.length > limit ? encodeCursor({ sort, order, key: last.sort_key, id: last.record_id }) : null,
    };
  }

  /** The record's row, or undefined if the read model does not have it (not rebuilt since its events were written). */
  async one(streamId: string): Promise<(RecordSummary & { readonly state: unknown }) | undefined> {
    const [row]: RecordRow[] = await this.dataSource.query(
      `select ${ROW_COLUMNS} from event_store.records where stream_id = $1`,
      [streamId],
    );
    return row && { ...summaryOf(row), state: row.state };
  }

  /** A service whose events predate its read model (just migrated) builds it once at start. */
  async onApplicationBootstrap(): Promise<void> {
    const [{ unbuilt }] = await this.dataSource.query(
      `select not exists (select 1 from event_store.records) and exists (select 1 from event_store.events) as unbuilt`,
    );
    if (unbuilt) await this.rebuild({ onlyIfEmpty: true });
  }

  /**
   * Rebuilds the read model from this service's events, in one transaction that holds off writers
   * meanwhile (they wait, then write on top of the rebuilt rows); readers go on reading the old rows.
   * With `streams`, only those records' rows (a forget re-derives the records its subject touched).
   */
  async rebuild({ onlyIfEmpty = false, streams }: { onlyIfEmpty?: boolean; streams?: readonly string[] } = {}): Promise<{
    records: number;
    events: number;
  }> {
    if (streams?.length === 0) return { records: 0, events: 0 };
    const listings = allListings().sort((a, b) => b.streamPrefix.length - a.streamPrefix.length);
    const listingOfStream = (streamId: string) => listings.find((listing) => streamId.startsWith(listing.streamPrefix));
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let records = 0;
    let eventCount = 0;
    try {
      await runner.startTransaction();
      await runner.query(`lock table event_store.records in exclusive mode`);
      // another instance starting at the same time may have built it while this one waited
      if (onlyIfEmpty && (await runner.query(`select 1 from event_store.records limit 1`)).length > 0) {
        await runner.commitTransaction();
        return { records: 0, events: 0 };
      }
      if (streams) await runner.query(`delete from event_store.records where stream_id = any($1::text[])`, [streams]);
      else await runner.query(`delete from event_store.records`);
      let pending: { streamId: string; record: InlineRecord }[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        await runner.query(
          upsertRecords(`select x->>'streamId' as stream_id, x->'record' as record from jsonb_array_elements($1::jsonb) as x`),
          [JSON.stringify(pending)],
        );
        records += pending.length;
        pending = [];
      };
      let current: { streamId: string; listing: RecordListing; state: Listed<unknown>; events: EventEnvelope[] } | undefined;
      const finish = async () => {
        if (current) pending.push({ streamId: current.streamId, record: current.listing.row(current.state, current.events) });
        current = undefined;
        if (pending.length >= UPSERT_CHUNK) await flush();
      };
      let after: [string, number] = ['', 0];
      for (;;) {
        const rows: StoredEventColumns[] = await runner.query(
          `select event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, department, actor,
             correlation_id, causation_id, payload
           from event_store.events where (stream_id, stream_version) > ($1, $2)
             ${streams ? 'and stream_id = any($3::text[])' : ''}
           order by stream_id, stream_version limit ${REBUILD_PAGE}`,
          streams ? [...after, streams] : after,
        );
        // personal fields opened ("[erased]" once forgotten), older versions lifted
        for (const event of await this.store.decodeRows(rows)) {
          eventCount++;
          if (current?.streamId !== event.streamId) {
            await finish();
            const listing = listingOfStream(event.streamId);
            if (listing) current = { streamId: event.streamId, listing, state: listing.decider.initialState(), events: [] };
          }
          if (current) {
            current.state = current.listing.decider.evolve(current.state, { type: event.type, payload: event.payload } as never);
            current.events.push(event);
          }
        }
        if (rows.length < REBUILD_PAGE) break;
        const last = rows[rows.length - 1] as StoredEventColumns;
        after = [last.stream_id, last.stream_version];
      }
      await finish();
      await flush();
      await runner.commitTransaction();
      return { records, events: eventCount };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

}
