import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export type PreparedQuery = <Row>(name: string, text: string, values: unknown[]) => Promise<Row[]>;

/**
 * Runs the event store's few statements on the DataSource's own pg pool as named prepared
 * statements, so each is planned once per connection instead of on every command.
 */
export const preparedQuery =
  (dataSource: DataSource): PreparedQuery =>
  async <Row>(name: string, text: string, values: unknown[]) => {
    const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
    if (!pool) throw new Error('The event store needs an initialized postgres DataSource');
    const result = await pool.query({ name: `event_store_${name}`, text, values });
    return result.rows as Row[];
  };
