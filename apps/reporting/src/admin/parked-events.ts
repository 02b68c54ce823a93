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

/** Parked events of the live consumer, newest first; by default only those not yet redriven. */
export async function listParked(sql: Sql, includeRedriven: boolean, page: number, pageSize: number) {
  const rows = await sql.query(
    `select ${columns}, count(*) over () as total from consumer.parked_events
      where $1 or redriven_at is null
      order by id desc limit $2 offset $3`,
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
