/** A business period as a range of park months, 'YYYY-MM' inclusive. */
export interface Period {
  readonly label: string;
  readonly year: number;
  readonly quarter: number | null;
  readonly month: number | null;
  readonly from: string;
  readonly to: string;
}

const ym = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function periodOf(year: number, quarter?: number, month?: number): Period {
  if (quarter !== undefined && month !== undefined) throw new Error('give quarter or month, not both');
  if (quarter !== undefined) {
    return { label: `${year}-Q${quarter}`, year, quarter, month: null, from: ym(year, quarter * 3 - 2), to: ym(year, quarter * 3) };
  }
  if (month !== undefined) return { label: ym(year, month), year, quarter: null, month, from: ym(year, month), to: ym(year, month) };
  return { label: String(year), year, quarter: null, month: null, from: ym(year, 1), to: ym(year, 12) };
}

/** The period beside it in reports: the same period one year earlier (同比). */
export const previousOf = (p: Period): Period => periodOf(p.year - 1, p.quarter ?? undefined, p.month ?? undefined);

export interface Change {
  readonly absolute: number;
  /** the value as a percent of the previous one, one decimal: 12 vs 26 -> 46.2 ("46.2% of last year") */
  readonly percentOfPrevious: number | null;
  /** percentOfPrevious - 100: 12 vs 26 -> -53.8 */
  readonly percentChange: number | null;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

export function changeOf(value: number, previous: number): Change {
  if (previous === 0) return { absolute: value - previous, percentOfPrevious: null, percentChange: null };
  const percentOfPrevious = oneDecimal((value / previous) * 100);
  return { absolute: value - previous, percentOfPrevious, percentChange: oneDecimal((value / previous) * 100 - 100) };
}
