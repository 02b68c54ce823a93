import { DataSource, DataSourceOptions } from 'typeorm';

const MIGRATION_LOCK = 72_210_001;

/**
 * Initialises the data source and runs pending migrations while holding an advisory lock,
 * so several instances of a service starting together migrate once, in turn.
 */
export async function runMigrationsExclusively(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
