import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** A service hands over its TypeORM DataSource (postgres driver) or a plain pg Pool. */
export type Database = Pool | DataSource;

/** The pg Pool behind either form, so the messaging code speaks plain SQL with one client library. */
export function poolOf(database: Database): Pool {
  if (database instanceof Pool) return database;
  const pool = (database.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('the DataSource must be a postgres DataSource that is initialized');
  return pool;
}
