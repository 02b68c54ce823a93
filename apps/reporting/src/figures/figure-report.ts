import type { FigureDefinition } from '@park-ledger/figures';
import type { FigureSum } from './figure-sums';
import { changeOf, type Change, type Period } from './periods';

export interface FigureValue {
  readonly value: number;
  readonly previous: number;
  readonly change: Change;
  /** the events behind this value: GET it for a page of them */
  readonly events: string;
}

export interface BreakdownPart extends FigureValue {
  /** null: contributions that do not carry the dim */
  readonly dims: Readonly<Record<string, string | null>>;
}

export interface FigureReport extends FigureValue {
  readonly figure: string;
  readonly kind: FigureDefinition['kind'];
  readonly unit: string;
  readonly labels: FigureDefinition['labels'];
  /** parts by the requested dims; they sum to the figure */
  readonly breakdown?: readonly BreakdownPart[];
}

export interface LinkScope {
  readonly period: Period;
  readonly asOf?: string;
}

/** `dims=zoneId:chengbei,platformId:` — an empty value selects contributions without that dim. */
export const formatDims = (dims: Readonly<Record<string, string | null>>): string =>
  Object.entries(dims)
    .map(([k, v]) => `${k}:${v ?? ''}`)
    .join(',');

export function eventsLink(figure: string, { period, asOf }: LinkScope, dims: Readonly<Record<string, string | null>> = {}) {
  const query = new URLSearchParams({ year: String(period.year) });
  if (period.quarter) query.set('quarter', String(period.quarter));
  if (period.month) query.set('month', String(period.month));
  if (asOf) query.set('asOf', asOf);
  if (Object.keys(dims).length > 0) query.set('dims', formatDims(dims));
  return `/figures/${encodeURIComponent(figure)}/events?${query}`;
}

const valueOf = (value: number, previous: number, events: string): FigureValue => ({
  value,
  previous,
  change: changeOf(value, previous),
  events,
});

/** Every requested figure appears, zero when nothing contributes; its parts are the grouped sums. */
export function figureReports(
  figures: readonly FigureDefinition[],
  sums: readonly FigureSum[],
  groupBy: readonly string[],
  scope: LinkScope,
): FigureReport[] {
  return figures.map((info) => {
    const own = sums.filter((s) => s.figure === info.name);
    const total = own.reduce((t, s) => ({ value: t.value + s.value, previous: t.previous + s.previous }), { value: 0, previous: 0 });
    const report: FigureReport = {
      figure: info.name,
      kind: info.kind,
      unit: info.unit,
      labels: info.labels,
      ...valueOf(total.value, total.previous, eventsLink(info.name, scope)),
    };
    if (groupBy.length === 0) return report;
    const breakdown = own
      .filter((s) => s.value !== 0 || s.previous !== 0)
      .map((s) => {
        const dims = Object.fromEntries(groupBy.map((dim, i) => [dim, s.keys[i]]));
        return { dims, ...valueOf(s.value, s.previous, eventsLink(info.name, scope, dims)) };
      })
      .sort((a, b) => b.value - a.value || formatDims(a.dims).localeCompare(formatDims(b.dims)));
    return { ...report, breakdown };
  });
}
