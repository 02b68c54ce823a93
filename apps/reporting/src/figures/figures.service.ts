import { PersonalData } from '../personal-data/personal-data';
import { DomainRuleViolation } from '@park-ledger/decider';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import type { CatalogueFigure } from './figure-catalogue.response';
import { figureEvents, type EventsPage } from './figure-events';
import { timelinessEvents, timelinessReports } from './timeliness-figures';
import { timelinessFigures, type FigureDefinition } from '@park-ledger/figures';
import { figureReports, type FigureReport } from './figure-report';
import { sumFigures } from './figure-sums';
import { knownDims, parseDims, type FigureEventsRequest, type FiguresRequest, type PeriodRequest } from './figures.request';
import { FreshnessService, type Freshness } from './freshness.service';
import { assertParkYear } from './park-years';
import { periodOf, previousOf, type Period } from './periods';

export interface FiguresResponse {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly asOf: string | null;
  readonly figures: readonly FigureReport[];
  readonly freshness: Freshness;
}

export interface FigureEventsResponse extends EventsPage {
  readonly figure: string;
  readonly period: Period;
  readonly dims: Readonly<Record<string, string | null>>;
  readonly asOf: string | null;
  readonly freshness: Freshness;
}

const badRequest = (message: string) => new BadRequestException({ statusCode: 400, error: 'BadRequest', message });

/** Answers from the active read-model version, read once per request, so a switch never splits an answer. */
@Injectable()
export class FiguresService {
  constructor(
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
    private readonly freshness: FreshnessService,
    private readonly personal: PersonalData,
  ) {}

  /**
   * What /figures answers for: the catalogue's figures, then, where the catalogue counts the enterprises'
   * returns, the returns' timeliness figures (counted from their obligations, not summed).
   */
  private get published(): readonly FigureDefinition[] {
    const all = this.setup.catalogue.all;
    return all.some((f) => f.name === 'economy.returns') ? [...all, ...timelinessFigures] : all;
  }

  private named(name: string, error: (message: string) => Error): FigureDefinition {
    const figure = this.published.find((f) => f.name === name);
    if (!figure) throw error(`no figure named ${name}`);
    return figure;
  }

  catalogue(): CatalogueFigure[] {
    return this.published.map(({ name, kind, unit, labels, dims, per, source, ratioOf }) => ({
      name,
      kind,
      unit,
      labels: { ...labels },
      dims: [...dims],
      ...(per ? { per } : {}),
      ...(source ? { source } : {}),
      ...(ratioOf ? { ratioOf: { ...ratioOf } } : {}),
    }));
  }

  async report(request: FiguresRequest): Promise<FiguresResponse> {
    const period = this.periodOf(request);
    const figures = request.figure?.length ? request.figure.map((name) => this.named(name, badRequest)) : this.published;
    const groupBy = request.groupBy ?? [];
    const unknown = groupBy.filter((dim) => !figures.some((f) => f.dims.includes(dim)));
    if (unknown.length > 0) {
      throw new DomainRuleViolation('groupBy-dim-unknown', `groupBy: no requested figure has the dim ${unknown.join(', ')}`);
    }
    const version = await activeVersion(this.dataSource);
    const schema = schemaOf(version);
    const previous = previousOf(period);
    const summed = figures.filter((f) => !f.source);
    const counted = figures.filter((f) => f.source === 'timeliness');
    const [sums, timely, freshness] = await Promise.all([
      summed.length ? sumFigures(this.dataSource, schema, { figures: summed, period, previous, groupBy, asOf: request.asOf }) : [],
      timelinessReports(this.dataSource, schema, counted, { period, previous, groupBy, asOf: request.asOf }),
      this.freshness.of(schema, version),
    ]);
    const reports = new Map([...figureReports(summed, sums, groupBy, { period, asOf: request.asOf }), ...timely].map((r) => [r.figure, r]));
    return {
      period,
      previousPeriod: previous,
      asOf: request.asOf ?? null,
      figures: figures.map((f) => reports.get(f.name)!),
      freshness,
    };
  }

  async events(name: string, request: FigureEventsRequest): Promise<FigureEventsResponse> {
    const figure = this.named(name, (m) => new NotFoundException({ statusCode: 404, error: 'NotFound', message: m }));
    const period = this.periodOf(request);
    const dims = parseDims(request.dims);
    const unknown = Object.keys(dims).filter((dim) => !figure.dims.includes(dim));
    const nowhere = unknown.filter((dim) => !knownDims.has(dim) && !this.published.some((f) => f.dims.includes(dim)));
    if (nowhere.length > 0) throw badRequest(`dims: no figure has a dim named ${nowhere.join(', ')}`);
    if (unknown.length > 0) {
      throw new DomainRuleViolation('dims-unknown', `dims: ${name} has no dim ${unknown.join(', ')} (its dims: ${figure.dims.join(', ') || 'none'})`);
    }
    const version = await activeVersion(this.dataSource);
    const schema = schemaOf(version);
    const { page, pageSize, asOf } = request;
    const [events, freshness] = await Promise.all([
      figure.source === 'timeliness'
        ? timelinessEvents(this.dataSource, schema, { figure, period, dims, asOf, page, pageSize }, this.personal.open)
        : figureEvents(this.dataSource, schema, { figure, period, dims, asOf, page, pageSize }, this.personal.open),
      this.freshness.of(schema, version),
    ]);
    return { figure: name, period, dims, asOf: asOf ?? null, ...events, freshness };
  }

  private periodOf({ year, quarter, month }: PeriodRequest): Period {
    // a rule between two parameters, which OpenAPI cannot state: a rule, not malformed input
    if (quarter !== undefined && month !== undefined) {
      throw new DomainRuleViolation('period-ambiguous', 'give quarter or month, not both');
    }
    assertParkYear(year, this.setup.establishedOn);
    return periodOf(year, quarter, month);
  }
}
