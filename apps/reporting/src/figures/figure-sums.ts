import type { FigureDefinition } from '@park-ledger/figures';
import { SqlParams, type Sql } from '../read-model/sql';
import type { Period } from './periods';

export interface FigureSum {
  readonly figure: string;
  /** the values of the figure's grouping (groupingOf), in its order; null: the contributions do not carry that dim */
  readonly keys: readonly (string | null)[];
  readonly value: number;
  readonly previous: number;
}

export interface SumRequest {
  readonly figures: readonly FigureDefinition[];
  readonly period: Period;
  readonly previous: Period;
  readonly groupBy: readonly string[];
  /** a record time: sum what was known then, from the bitemporal contributions */
  readonly asOf?: string;
}

/** The dims a figure is summed by: those asked, and always the item of a figure stated per item (percentages). */
export const groupingOf = (figure: FigureDefinition, groupBy: readonly string[]): readonly string[] =>
  figure.per && !groupBy.includes(figure.per) ? [...groupBy, figure.per] : groupBy;

/**
 * The figures for a period and the previous one, grouped by the requested dims (a figure stated per
 * item by its item too, see groupingOf), one query per grouping.
 */
export async function sumFigures(sql: Sql, schema: string, request: SumRequest): Promise<FigureSum[]> {
  const groups = new Map<string, FigureDefinition[]>();
  for (const figure of request.figures) {
    const key = groupingOf(figure, request.groupBy).join(',');
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const sums = await Promise.all(
    [...groups.values()].map((figures) => sumGrouped(sql, schema, { ...request, figures, groupBy: groupingOf(figures[0], request.groupBy) })),
  );
  return sums.flat();
}

/**
 * The figures for a period and the previous one, grouped by the given dims. Current figures
 * come from figure_totals (one row per figure, month and dims: its size does not grow with the
 * number of events); as-of figures from the contributions valid at that record time.
 * A flow sums the period's months; a stock sums every month up to the period's end.
 */
async function sumGrouped(sql: Sql, schema: string, request: SumRequest): Promise<FigureSum[]> {
  const { figures, period, previous, groupBy, asOf } = request;
  const p = new SqlParams();
  const names = p.add(figures.map((f) => f.name));
  const stocks = p.add(figures.filter((f) => f.kind === 'stock').map((f) => f.name));
  const [from, to, previousFrom, previousTo] = [period.from, period.to, previous.from, previous.to].map((v) => p.add(v));
  const keys = groupBy.map((dim, i) => `dims->>${p.add(dim)} as k${i}`);
  const source = asOf
    ? `(select figure, period, dims, value from ${schema}.contributions
         where recorded_from <= ${p.add(asOf)} and (recorded_to is null or recorded_to > $${p.values.length})) as s`
    : `${schema}.figure_totals as s`;
  const rows: Record<string, string | null>[] = await sql.query(
    `select figure, ${[...keys, ''].join(', ')}
            coalesce(sum(value) filter (where period <= ${to} and (period >= ${from} or figure = any(${stocks}))), 0)::text
              as value,
            coalesce(sum(value) filter (where period <= ${previousTo} and (period >= ${previousFrom} or figure = any(${stocks}))), 0)::text
              as previous
       from ${source}
      where figure = any(${names}) and period <= ${to}
      group by ${Array.from({ length: groupBy.length + 1 }, (_, i) => i + 1).join(', ')}`,
    p.values,
  );
  return rows.map((row) => ({
    figure: row['figure']!,
    keys: groupBy.map((_, i) => row[`k${i}`] ?? null),
    value: Number(row['value']),
    previous: Number(row['previous']),
  }));
}
