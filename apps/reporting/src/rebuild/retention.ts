import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { schemaOf } from '../read-model/read-model-tables';

export interface Dropped {
  readonly version: number;
  readonly dropped: 'schema' | 'consumer-group';
}

/**
 * Drops what no query or consumer uses any more, once it has been unused for `retentionSeconds`:
 * - the schemas of versions older than the active one (replaced by a rebuild: counted from the
 *   switch), and of failed or abandoned rebuilds (counted from their end);
 * - the consumer groups of finished rebuilds (the live consumer keeps its own group across switches).
 * Each drop is claimed by a conditional update first, so instances sweeping at once drop each thing once.
 */
export async function dropUnusedVersions(
  dataSource: DataSource,
  kafka: Kafka,
  { retentionSeconds, groupOf }: { retentionSeconds: number; groupOf: (version: number) => string },
): Promise<Dropped[]> {
  const dropped: Dropped[] = [];
  // (no `from '…'` in this SQL: the build's import-path rewriter takes it for an import and mangles it)
  const schemas: { version: number }[] = await dataSource.query(
    `with versions as (
       select substring(nspname, 12)::int as version from pg_namespace where nspname similar to 'reporting\\_v[0-9]+')
     select version from versions
      where version in (
          -- replaced by the active version long enough ago
          select v from generate_series(1, (select version - 1 from reporting.active_version)) as v
           where (select switched_at from reporting.active_version) < now() - make_interval(secs => $1)
          union
          -- rebuilds that never became active, ended long enough ago
          select version from reporting.rebuilds
           where status in ('failed', 'abandoned') and finished_at < now() - make_interval(secs => $1))
        and version not in (select version from reporting.rebuilds where status in ('building', 'switching'))
      order by 1`,
    [retentionSeconds],
  );
  for (const { version } of schemas) {
    const done = await dataSource.transaction(async (tx) => {
      // v1 has no rebuild row: its drop is claimed by the schema's own lock
      await tx.query(`select pg_advisory_xact_lock(72210502, $1)`, [version]);
      const [{ present }] = await tx.query(`select to_regnamespace($1) is not null as present`, [schemaOf(version)]);
      if (!present) return false;
      await tx.query(`drop schema ${schemaOf(version)} cascade`);
      await tx.query(`update reporting.rebuilds set schema_dropped_at = now() where version = $1`, [version]);
      return true;
    });
    if (done) dropped.push({ version, dropped: 'schema' });
  }

  const finished: { version: number }[] = await dataSource.query(
    `select version from reporting.rebuilds
      where status in ('active', 'failed', 'abandoned') and group_dropped_at is null
        and finished_at < now() - make_interval(secs => $1)
      order by version`,
    [retentionSeconds],
  );
  if (finished.length === 0) return dropped;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const existing = new Set(groups.map((g) => g.groupId));
    for (const { version } of finished) {
      const [claimed] = await dataSource.query(
        `with claimed as (update reporting.rebuilds set group_dropped_at = now() where version = $1 and group_dropped_at is null returning 1)
         select * from claimed`,
        [version],
      );
      if (!claimed) continue;
      if (existing.has(groupOf(version))) {
        try {
          await admin.deleteGroups([groupOf(version)]);
        } catch (e) {
          // a member still in it (a rebuild consumer not yet gone): try again at the next sweep
          await dataSource.query(`update reporting.rebuilds set group_dropped_at = null where version = $1`, [version]);
          throw e;
        }
      }
      dropped.push({ version, dropped: 'consumer-group' });
    }
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return dropped;
}
