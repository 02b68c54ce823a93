import type { Sql } from '../read-model/sql';
import { activeVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';

export interface RebuildStatus {
  readonly version: number;
  readonly status: string;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
  readonly applied: number;
  readonly total: number;
  readonly percent: number;
  readonly eventsPerSecond: number | null;
  readonly etaSeconds: number | null;
  readonly message: string | null;
  /** events its consumer parked (list them with GET /admin/parked?rebuild=<version>) */
  readonly parked: number;
  /** the instance driving it (host:pid:tag), null when handed back and not yet taken over */
  readonly driver: string | null;
  /** how many times another instance took it over from a silent or stopping one */
  readonly takeovers: number;
}

/** The latest rebuild as recorded by the instance running it, readable from any instance. */
export async function rebuildStatus(sql: Sql): Promise<{ activeVersion: number; rebuild: RebuildStatus | null }> {
  const [row] = await sql.query('select * from reporting.rebuilds order by version desc limit 1');
  const active = await activeVersion(sql);
  if (!row) return { activeVersion: active, rebuild: null };
  const [applied, total] = [Number(row.applied), Number(row.total)];
  const rate: number | null = row.events_per_second;
  const done = row.status === 'active';
  const [{ parked }] = await sql.query(
    `select case when to_regclass($1) is null then 0 else (select count(*)::int from ${schemaOf(row.version)}.parked_events) end as parked`,
    [`${schemaOf(row.version)}.parked_events`],
  );
  return {
    activeVersion: active,
    rebuild: {
      version: row.version,
      status: row.status,
      startedAt: row.started_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
      applied,
      total,
      percent: done || total === 0 ? 100 : Math.floor((applied / total) * 1000) / 10,
      eventsPerSecond: rate,
      etaSeconds: done || applied >= total ? 0 : rate ? Math.ceil((total - applied) / rate) : null,
      message: row.message,
      parked,
      driver: row.driver,
      takeovers: row.takeovers,
    },
  };
}
