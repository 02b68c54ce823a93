import type { Sql } from '../read-model/sql';

export interface ParkedSummary {
  readonly id: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly reason: string;
  readonly parkedAt: string;
  readonly redrivenAt: string | null;
}

export interface ParkedDetail extends ParkedSummary {
  /** the message value as UTF-8 text, exactly as it arrived (null: no value) */
  readonly rawText: string | null;
  readonly rawBytes: number;
}

const columns = `id::text as id, topic, partition, "offset"::text as "offset", key, reason,
                 parked_at as "parkedAt", redriven_at as "redrivenAt"`;

const summary = (row: Record<string, unknown>): ParkedSummary => ({
  id: row['id'] as string,
  topic: row['topic'] as string,
  partition: row['partition'] as number,
  offset: row['offset'] as string,
  key: row['key'] as string | null,
  reason: row['reason'] as string,
  parkedAt: (row['parkedAt'] as Date).toISOString(),
  redrivenAt: row['redrivenAt'] ? (row['redrivenAt'] as Date).toISOString() : null,
});

/**
 * Parked events, newest first; by default only those not yet redriven. `schema`: the live consumer's
 * (`consumer`), or a rebuild's (its read-model schema), whose consumer parks beside its tables.
 */
export async function listParked(sql: Sql, includeRedriven: boolean, page: number, pageSize: number, schema = 'consumer') {
  const rows = await sql.query(
    `select ${columns}, count(*) over () as total from ${schema}.parked_events
      where $1 or redriven_at is null
      order by parked_events.id desc limit $2 offset $3`, // the table's id: the output column "id" is text ("9" > "10")
    [includeRedriven, pageSize, (page - 1) * pageSize],
  );
  return { total: rows.length ? Number(rows[0].total) : 0, page, pageSize, parked: rows.map(summary) };
}

export async function parkedDetail(sql: Sql, id: string): Promise<ParkedDetail | undefined> {
  const [row] = await sql.query(`select ${columns}, raw from consumer.parked_events where id = $1`, [id]);
  if (!row) return undefined;
  const raw = row.raw as Buffer | null;
  return { ...summary(row), rawText: raw ? raw.toString('utf8') : null, rawBytes: raw?.length ?? 0 };
}

export interface HeldSummary {
  readonly department: string;
  readonly streamId: string;
  readonly version: number;
  /** the stream's version that has not arrived yet; the event is applied as soon as it has */
  readonly waitingFor: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly heldAt: string;
}

/**
 * Events of the live consumer held back because an earlier version of their stream has not arrived
 * (a gap): oldest first. They are applied by themselves when the missing version comes, also when it
 * comes by a re-drive of a parked event.
 */
export async function listHeld(sql: Sql, page: number, pageSize: number) {
  const rows = await sql.query(
    `select h.department, h.stream_id as "streamId", h.version, coalesce(p.version, 0) + 1 as "waitingFor",
            h.topic, h.partition, h."offset"::text as "offset", h.held_at as "heldAt", count(*) over () as total
       from consumer.held_events h
       left join consumer.stream_positions p on p.department = h.department and p.stream_id = h.stream_id
      order by h.held_at, h.department, h.stream_id, h.version limit $1 offset $2`,
    [pageSize, (page - 1) * pageSize],
  );
  const held: HeldSummary[] = rows.map((row: Record<string, unknown>) => ({
    department: row['department'] as string,
    streamId: row['streamId'] as string,
    version: row['version'] as number,
    waitingFor: Number(row['waitingFor']),
    topic: row['topic'] as string,
    partition: row['partition'] as number,
    offset: row['offset'] as string,
    heldAt: (row['heldAt'] as Date).toISOString(),
  }));
  return { total: rows.length ? Number(rows[0].total) : 0, page, pageSize, held };
}
