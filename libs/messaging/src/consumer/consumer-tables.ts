import type { EntityManager } from 'typeorm';
import { assertSchemaName } from './consumer-migrations';

/** Where a message came from; kept with held and parked events so they can be traced and redriven. */
export interface MessageSource {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly raw: Buffer | null;
  /** why the message is not to be trusted (its signature), found when it was read; never stored */
  readonly untrusted?: string;
}

export interface StreamRef {
  readonly department: string;
  readonly streamId: string;
}

export const streamKey = ({ department, streamId }: StreamRef) => `${department}\u0000${streamId}`;

/** A stream's last applied version and the versions already held back for it, as read under its lock. */
export interface StreamState {
  readonly version: number;
  readonly held: ReadonlyMap<number, MessageSource>;
}

export interface StreamVersion {
  readonly stream: StreamRef;
  readonly version: number;
}

export interface ParkedEvent extends MessageSource {
  readonly id: string;
  readonly reason: string;
  readonly redrivenAt: Date | null;
}

interface HeldRow {
  readonly version: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly raw: string;
}

/** The consumer's bookkeeping tables in one schema; every call runs in the caller's transaction. */
export class ConsumerTables {
  private readonly s: string;

  constructor(schema: string) {
    this.s = assertSchemaName(schema);
  }

  /** The last applied version of the stream (0 if none), row-locked until the transaction ends. */
  async lockStreamPosition(tx: EntityManager, { department, streamId }: StreamRef): Promise<number> {
    await tx.query(
      `insert into ${this.s}.stream_positions (department, stream_id, version) values ($1, $2, 0) on conflict do nothing`,
      [department, streamId],
    );
    const [row] = await tx.query(
      `select version from ${this.s}.stream_positions where department = $1 and stream_id = $2 for update`,
      [department, streamId],
    );
    return row.version;
  }

  async saveStreamPosition(tx: EntityManager, { department, streamId }: StreamRef, version: number): Promise<void> {
    await tx.query(
      `update ${this.s}.stream_positions set version = $3, updated_at = now() where department = $1 and stream_id = $2`,
      [department, streamId, version],
    );
  }

  /**
   * The chunk's streams, by streamKey: each stored one row-locked (in a fixed order, so two
   * transactions cannot deadlock on them) with its last applied version, and the events held back for
   * each. A stream with no row yet is not inserted here (at 0, to be updated again once the chunk is
   * planned): it comes back at version 0 and not `stored`, and saveStreamPositions inserts its row
   * with the version the chunk reached — one write per stream and chunk instead of two.
   */
  async lockStreamPositions(tx: EntityManager, streams: readonly StreamRef[]): Promise<Map<string, StreamState & { readonly stored: boolean }>> {
    const rows: { department: string; streamId: string; version: number | null; held: HeldRow[] }[] = await tx.query(
      `with wanted as (
         select department, stream_id from unnest($1::text[], $2::text[]) as r(department, stream_id)),
       locked as (
         select p.department, p.stream_id, p.version from ${this.s}.stream_positions p
          where (p.department, p.stream_id) in (select department, stream_id from wanted)
          order by p.department, p.stream_id
            for update)
       select w.department, w.stream_id as "streamId", l.version,
              coalesce((select json_agg(json_build_object('version', h.version, 'topic', h.topic, 'partition', h.partition,
                                                          'offset', h."offset"::text, 'raw', encode(h.raw, 'base64')))
                          from ${this.s}.held_events h where h.department = w.department and h.stream_id = w.stream_id), '[]') as held
         from wanted w left join locked l on l.department = w.department and l.stream_id = w.stream_id`,
      [streams.map((s) => s.department), streams.map((s) => s.streamId)],
    );
    return new Map(
      rows.map(({ department, streamId, version, held }) => [
        streamKey({ department, streamId }),
        {
          version: version ?? 0,
          stored: version !== null,
          held: new Map(held.map((h) => [h.version, { topic: h.topic, partition: h.partition, offset: h.offset, key: streamId, raw: Buffer.from(h.raw, 'base64') }])),
        },
      ]),
    );
  }

  /**
   * Writes the versions a chunk reached: updates the stored streams' rows (locked by
   * lockStreamPositions) and inserts the new streams'. Answers false when another transaction
   * inserted one of those new streams meanwhile (a consumer that lost the partition in a rebalance):
   * this chunk was planned from version 0 for it, so the caller rolls back and applies the chunk
   * message by message, each stream locked first.
   */
  async saveStreamPositions(tx: EntityManager, positions: readonly (StreamVersion & { readonly stored: boolean })[]): Promise<boolean> {
    const [{ inserted, expected }] = await tx.query(
      `with reached as (
         select * from unnest($1::text[], $2::text[], $3::int[], $4::bool[]) as r(department, stream_id, version, stored)),
       updated as (
         update ${this.s}.stream_positions p set version = r.version, updated_at = now()
           from reached r where r.stored and p.department = r.department and p.stream_id = r.stream_id
         returning 1),
       inserted as (
         insert into ${this.s}.stream_positions (department, stream_id, version)
         select department, stream_id, version from reached where not stored order by department, stream_id
         on conflict do nothing
         returning 1)
       select (select count(*) from inserted)::int as inserted, (select count(*) from reached where not stored)::int as expected`,
      [positions.map((p) => p.stream.department), positions.map((p) => p.stream.streamId), positions.map((p) => p.version), positions.map((p) => p.stored)],
    );
    return inserted === expected;
  }

  async dropHeldEvents(tx: EntityManager, held: readonly StreamVersion[]): Promise<void> {
    await tx.query(
      `delete from ${this.s}.held_events h using unnest($1::text[], $2::text[], $3::int[]) as r(department, stream_id, version)
        where h.department = r.department and h.stream_id = r.stream_id and h.version = r.version`,
      [held.map((h) => h.stream.department), held.map((h) => h.stream.streamId), held.map((h) => h.version)],
    );
  }

  /** False when that version is already held (a redelivery). */
  async holdEvent(tx: EntityManager, stream: StreamRef, version: number, source: MessageSource): Promise<boolean> {
    const rows = await tx.query(
      `insert into ${this.s}.held_events (department, stream_id, version, topic, partition, "offset", raw)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning 1`,
      [stream.department, stream.streamId, version, source.topic, source.partition, source.offset, source.raw],
    );
    return rows.length === 1;
  }

  /** holdEvent for many at once (versions already held stay as they are). */
  async holdEvents(tx: EntityManager, held: readonly (StreamVersion & { readonly source: MessageSource })[]): Promise<void> {
    await tx.query(
      `insert into ${this.s}.held_events (department, stream_id, version, topic, partition, "offset", raw)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::bigint[], $7::bytea[])
       on conflict do nothing`,
      [
        held.map((h) => h.stream.department),
        held.map((h) => h.stream.streamId),
        held.map((h) => h.version),
        held.map((h) => h.source.topic),
        held.map((h) => h.source.partition),
        held.map((h) => h.source.offset),
        held.map((h) => h.source.raw),
      ],
    );
  }

  /** Removes and returns the held event with that version, if any. */
  async takeHeldEvent(tx: EntityManager, stream: StreamRef, version: number): Promise<MessageSource | undefined> {
    const key = [stream.department, stream.streamId, version];
    const [row] = await tx.query(
      `select topic, partition, "offset"::text as "offset", raw from ${this.s}.held_events
        where department = $1 and stream_id = $2 and version = $3`,
      key,
    );
    if (!row) return undefined;
    await tx.query(`delete from ${this.s}.held_events where department = $1 and stream_id = $2 and version = $3`, key);
    return { topic: row.topic, partition: row.partition, offset: row.offset, key: stream.streamId, raw: row.raw };
  }

  async parkEvent(tx: EntityManager, source: MessageSource, reason: string): Promise<void> {
    await tx.query(
      `insert into ${this.s}.parked_events (topic, partition, "offset", key, raw, reason) values ($1, $2, $3, $4, $5, $6)`,
      [source.topic, source.partition, source.offset, source.key, source.raw, reason],
    );
  }

  /** parkEvent for many at once; their ids follow the given order. */
  async parkEvents(tx: EntityManager, parked: readonly { readonly source: MessageSource; readonly reason: string }[]): Promise<void> {
    await tx.query(
      `insert into ${this.s}.parked_events (topic, partition, "offset", key, raw, reason)
       select topic, partition, "offset", key, raw, reason
         from unnest($1::text[], $2::int[], $3::bigint[], $4::text[], $5::bytea[], $6::text[])
              with ordinality as p(topic, partition, "offset", key, raw, reason, n)
        order by n`,
      [
        parked.map((p) => p.source.topic),
        parked.map((p) => p.source.partition),
        parked.map((p) => p.source.offset),
        parked.map((p) => p.source.key),
        parked.map((p) => p.source.raw),
        parked.map((p) => p.reason),
      ],
    );
  }

  async lockParkedEvent(tx: EntityManager, id: string): Promise<ParkedEvent | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const [row] = await tx.query(
      `select id::text as id, topic, partition, "offset"::text as "offset", key, raw, reason, redriven_at as "redrivenAt"
         from ${this.s}.parked_events where id = $1 for update`,
      [id],
    );
    return row;
  }

  async markRedriven(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`update ${this.s}.parked_events set redriven_at = now() where id = $1`, [id]);
  }
}
