/** The slice of a TypeORM EntityManager (or QueryRunner) the read side needs: it is the transaction. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly queryRunner?: unknown;
}

type PgClient = { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: any[] }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Runs a statement as a named prepared statement on the transaction's own connection (planned once
 * per connection, not per call), or plainly when there is no pg connection to name it on.
 */
export async function prepared(tx: Sql, name: string, text: string, values: unknown[]) {
  const client = (tx.queryRunner as { databaseConnection?: PgClient } | undefined)?.databaseConnection;
  if (!client) return tx.query(text, values);
  return (await client.query({ name, text, values })).rows;
}

/** Collects query parameters and hands out their placeholders, for SQL put together from parts. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
