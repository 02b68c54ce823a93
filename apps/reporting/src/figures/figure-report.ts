import type { FigureDefinition } from '@park-ledger/figures';
import { groupingOf, type FigureSum } from './figure-sums';
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

export interface FigureReport extends Omit<FigureValue, 'value' | 'previous' | 'change'> {
  readonly figure: string;
  readonly kind: FigureDefinition['kind'];
  readonly unit: string;
  readonly labels: FigureDefinition['labels'];
  /** null for a figure stated per item (see `per`): its values are not added */
  readonly value: number | null;
  readonly previous: number | null;
  readonly change: Change | null;
  /** the dim naming the items a figure of percentages is stated for; its breakdown is always by it */
  readonly per?: string;
  /** why value is null */
  readonly noTotal?: string;
  /** a ratio of two figures: its value and each part's are computed, the parts do not add up to it */
  readonly ratioOf?: FigureDefinition['ratioOf'];
  /** parts by the requested dims (and the item, for a figure stated per item); they sum to the figure */
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

const notSummed = (per: string) => `${per}: a figure of percentages is stated per item (see breakdown), never added into a total`;

/**
 * Every requested figure appears, zero when nothing contributes; its parts are the grouped sums. A
 * figure stated per item (percentages) has no total, no previous and no change: only its parts per item.
 */
export function figureReports(
  figures: readonly FigureDefinition[],
  sums: readonly FigureSum[],
  groupBy: readonly string[],
  scope: LinkScope,
): FigureReport[] {
  return figures.map((info) => {
    const own = sums.filter((s) => s.figure === info.name);
    const total = own.reduce((t, s) => ({ value: t.value + s.value, previous: t.previous + s.previous }), { value: 0, previous: 0 });
    const head = { figure: info.name, kind: info.kind, unit: info.unit, labels: info.labels };
    const report: FigureReport = info.per
      ? { ...head, value: null, previous: null, change: null, events: eventsLink(info.name, scope), per: info.per, noTotal: notSummed(info.per) }
      : { ...head, ...valueOf(total.value, total.previous, eventsLink(info.name, scope)) };
    const grouping = groupingOf(info, groupBy);
    if (grouping.length === 0) return report;
    const breakdown = own
      .filter((s) => s.value !== 0 || s.previous !== 0)
      .map((s) => {
        const dims = Object.fromEntries(grouping.map((dim, i) => [dim, s.keys[i]]));
        return { dims, ...valueOf(s.value, s.previous, eventsLink(info.name, scope, dims)) };
      })
      .sort((a, b) => b.value - a.value || formatDims(a.dims).localeCompare(formatDims(b.dims)));
    return { ...report, breakdown };
  });
}
