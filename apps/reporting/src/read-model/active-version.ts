import type { Sql } from './sql';

/** Live appliers hold it shared for their transaction; the switch to a rebuilt version holds it exclusively. */
const SWITCH_LOCK = 72_210_501;

/** The version queries read; no lock: a query started just before a switch still answers from the old one. */
export async function activeVersion(sql: Sql): Promise<number> {
  const [row] = await sql.query('select version from reporting.active_version');
  return row.version;
}

/**
 * The version live events go to, held until the transaction ends, so a switch waits for the
 * transaction in flight and every later one sees the new version (the lock comes before the read:
 * the read's snapshot is taken after any switch has committed).
 */
export async function lockActiveVersionShared(tx: Sql): Promise<number> {
  await tx.query('select pg_advisory_xact_lock_shared($1)', [SWITCH_LOCK]);
  return activeVersion(tx);
}

export async function lockActiveVersionExclusive(tx: Sql): Promise<number> {
  await tx.query('select pg_advisory_xact_lock($1)', [SWITCH_LOCK]);
  return activeVersion(tx);
}

export async function setActiveVersion(tx: Sql, version: number): Promise<void> {
  await tx.query('update reporting.active_version set version = $1, switched_at = now()', [version]);
}
