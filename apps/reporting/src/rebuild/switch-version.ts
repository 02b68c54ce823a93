import { storedEnvelope, type StoredEventColumns } from '@park-ledger/event-store';
import type { DataSource } from 'typeorm';
import { applyEvents } from '../projection/apply-events';
import type { ProjectionIndex } from '../projection/projection-index';
import { activeVersion, lockActiveVersionExclusive, setActiveVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import type { Sql } from '../read-model/sql';

/**
 * Applies to version `to` the events version `from` has and `to` lacks (those the live consumer
 * applied after the rebuild had read past them), in stream order.
 */
export async function copyMissingEvents(tx: Sql, index: ProjectionIndex, from: number, to: number): Promise<number> {
  let copied = 0;
  for (;;) {
    const rows = await tx.query(
      `select * from ${schemaOf(from)}.events a
        where not exists (select 1 from ${schemaOf(to)}.events b where b.event_id = a.event_id)
        order by department, stream_id, stream_version limit 5000`,
    );
    if (rows.length > 0) await applyEvents(tx, schemaOf(to), index, (rows as StoredEventColumns[]).map(storedEnvelope));
    copied += rows.length;
    if (rows.length < 5000) return copied;
  }
}

/**
 * Makes `version` the one queries and the live consumer use. Most missing events are copied first
 * without blocking anyone; the rest under the switch lock, which waits for the live transaction in
 * flight and holds back the next until the switch commits. Queries are never blocked.
 */
export async function switchToVersion(dataSource: DataSource, index: ProjectionIndex, version: number): Promise<number> {
  const early = await dataSource.transaction(async (tx) => copyMissingEvents(tx, index, await activeVersion(tx), version));
  return dataSource.transaction(async (tx) => {
    const from = await lockActiveVersionExclusive(tx);
    const late = await copyMissingEvents(tx, index, from, version);
    await setActiveVersion(tx, version);
    await tx.query(
      `update reporting.rebuilds set status = 'active', finished_at = now(), updated_at = now(), message = $2
        where version = $1`,
      [version, `switched from version ${from}; ${early + late} events copied from it at the switch`],
    );
    return early + late;
  });
}
