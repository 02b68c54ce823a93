import type { FigureCatalogue } from '../figures/figure-catalogue';
import { eventsLink, figureReports, type FigureReport } from '../figures/figure-report';
import type { FigureSum, SumRequest } from '../figures/figure-sums';
import { periodOf, previousOf, type Period } from '../figures/periods';
import type { Breakdown, Compared, Named, Quantity, Unit } from './summary-facts';

type Dims = Readonly<Record<string, string | null>>;

/** Where the summary's figures and record rows come from: the read model (read-summary-facts.ts), or a test's fold. */
export interface SummarySource {
  sums(request: SumRequest): Promise<FigureSum[]>;
  rows<Row>(kind: string): Promise<Row[]>;
}

/** The figures of one year (beside the year before) from one source, shaped for the summary. */
export class SummaryFigures {
  readonly period: Period;
  private readonly previous: Period;

  constructor(
    private readonly source: SummarySource,
    private readonly catalogue: FigureCatalogue,
    readonly year: number,
    private readonly asOf?: string,
  ) {
    this.period = periodOf(year);
    this.previous = previousOf(this.period);
  }

  /** Reports of the named figures, broken down by groupBy (their parts sum to each figure). */
  async reports(names: readonly string[], groupBy: readonly string[] = []): Promise<Map<string, FigureReport>> {
    const figures = names.map((name) => this.catalogue.named(name));
    const scope = { period: this.period, previous: this.previous, groupBy, asOf: this.asOf };
    const sums = await this.source.sums({ figures, ...scope });
    const reports = figureReports(figures, sums, groupBy, { period: this.period, asOf: this.asOf });
    return new Map(reports.map((r) => [r.figure, r]));
  }

  link(figure: string, dims: Dims = {}): string {
    return eventsLink(figure, { period: this.period, asOf: this.asOf }, dims);
  }

  quantity(report: FigureReport): Quantity {
    if (report.value === null) throw new Error(`${report.figure} has no total: ${report.noTotal}`);
    return { figure: report.figure, value: report.value, unit: report.unit as Unit, link: report.events };
  }

  compared(report: FigureReport): Compared {
    const previous = { ...this.quantity(report), value: report.previous ?? 0, link: eventsLink(report.figure, { period: this.previous, asOf: this.asOf }) };
    return { ...this.quantity(report), previous };
  }

  /** A quantity of a figure's part, e.g. one work's progress, with the part's own link. */
  part(report: FigureReport, dims: Dims): Quantity {
    const part = report.breakdown?.find((p) => Object.entries(dims).every(([k, v]) => p.dims[k] === v));
    return { figure: report.figure, value: part?.value ?? 0, unit: report.unit as Unit, link: part?.events ?? this.link(report.figure, dims) };
  }

  /** The non-zero parts of a report, named; the order is `order` (by the dim's values) when given, else largest first. */
  breakdown(report: FigureReport, name: (dims: Dims) => Named, order?: readonly string[], dim?: string): Breakdown {
    const rank = (dims: Dims) => (order && dim ? order.indexOf(dims[dim] ?? '') : 0);
    const parts = (report.breakdown ?? [])
      .filter((p) => p.value !== 0)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p.dims) - rank(b.p.dims) || a.i - b.i)
      .map(({ p }) => ({ name: name(p.dims), quantity: { figure: report.figure, value: p.value, unit: report.unit as Unit, link: p.events } }));
    return { total: this.quantity(report), parts };
  }
}
