import type { Sql } from '../read-model/sql';

/**
 * The rows of one kind of record as they stand now, or as they stood at record time `asOf`: the
 * names, titles and dates the summary quotes beside the figures.
 */
export async function recordRows<Row>(sql: Sql, schema: string, kind: string, asOf?: string): Promise<Row[]> {
  const rows: { row: Row }[] = asOf
    ? await sql.query(
        `select row from ${schema}.record_versions
          where kind = $1 and recorded_from <= $2 and (recorded_to is null or recorded_to > $2)
          order by record_id`,
        [kind, asOf],
      )
    : await sql.query(`select row from ${schema}.record_versions where kind = $1 and recorded_to is null order by record_id`, [
        kind,
      ]);
  return rows.map((r) => r.row);
}
