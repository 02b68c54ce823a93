import type { FundingApplicationRow, MilestoneRow, ZoneRow } from '@park-ledger/figures';
import type { FigureCatalogue } from '../figures/figure-catalogue';
import { activeVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import type { Sql } from '../read-model/sql';
import { ParkNames } from './park-names';
import { readLandFacts } from './read-land-facts';
import { readPlatformFacts } from './read-platform-facts';
import { readSafetyFacts } from './read-safety-facts';
import { recordRows } from './record-rows';
import type { Milestone, Named, Part, SummaryFacts } from './summary-facts';
import { SummaryFigures, type SummarySource } from './summary-figures';
import { sumFigures } from '../figures/figure-sums';

const title = (row: { titleZh: string; titleEn?: string }): Named => ({ zh: row.titleZh, en: row.titleEn ?? row.titleZh });

/**
 * The summary's facts for a year, from the read-model version active when asked (read once, so a
 * switch to a rebuilt version never splits the answer), current or as known at record time asOf.
 */
export async function readSummaryFacts(sql: Sql, catalogue: FigureCatalogue, year: number, asOf?: string): Promise<SummaryFacts> {
  const schema = schemaOf(await activeVersion(sql));
  const source: SummarySource = {
    sums: (request) => sumFigures(sql, schema, request),
    rows: <Row>(kind: string) => recordRows<Row>(sql, schema, kind, asOf),
  };
  return summaryFacts(source, catalogue, year, asOf);
}

/** The summary's facts for a year from any source of sums and rows (the read model, or a unit test's fold). */
export async function summaryFacts(source: SummarySource, catalogue: FigureCatalogue, year: number, asOf?: string): Promise<SummaryFacts> {
  const rows = <Row>(kind: string) => source.rows<Row>(kind);
  const figures = new SummaryFigures(source, catalogue, year, asOf);
  const lastMonth = figures.period.to;
  const names = new ParkNames(await rows<ZoneRow>('zone'));

  const totals = await figures.reports([
    'economy.main-business-revenue',
    'economy.industrial-added-value',
    'economy.taxes',
    'funding.granted',
    'funding.granted-yuan',
    'funding.pending',
    'funding.rejected',
  ]);
  const signed = (await figures.reports(['projects.signed'], ['zoneId'])).get('projects.signed')!;
  const funding = await rows<FundingApplicationRow>('funding-application');
  const milestones: Milestone[] = (await rows<MilestoneRow>('milestone'))
    .filter((m) => m.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({ kind: m.kind, title: title(m), date: m.date, rank: m.rank, previousRank: m.previousRank, link: figures.link('milestones.recorded', { kind: m.kind }) }));
  const { platforms, negotiatingBySite } = await readPlatformFacts(figures, names, await rows('infrastructure-work'));
  const land = await readLandFacts(figures, { parcels: await rows('idle-parcel'), relocations: await rows('relocation'), plans: await rows('expansion-plan') });
  const safety = await readSafetyFacts(figures, names, { hazards: await rows('hazard'), facilities: await rows('environmental-facility') });
  const q = (name: string) => figures.quantity(totals.get(name)!);

  return {
    year,
    asOf: asOf ?? null,
    zones: names.zoneList,
    economy: {
      revenue: figures.compared(totals.get('economy.main-business-revenue')!),
      addedValue: figures.compared(totals.get('economy.industrial-added-value')!),
      taxes: figures.compared(totals.get('economy.taxes')!),
    },
    rankings: milestones.filter((m) => m.kind === 'ranking' && m.rank !== undefined),
    platforms,
    land,
    funding: {
      granted: q('funding.granted'),
      grantedYuan: q('funding.granted-yuan'),
      grantedTitles: funding.filter((f) => f.outcome === 'granted' && f.decidedIn?.startsWith(`${year}-`)).map(title),
      pending: q('funding.pending'),
      pendingTitles: funding.filter((f) => f.filedIn <= lastMonth && (f.decidedIn === null || f.decidedIn > lastMonth)).map(title),
      rejected: q('funding.rejected'),
      rejectedTitles: funding.filter((f) => f.outcome === 'rejected' && f.decidedIn?.startsWith(`${year}-`)).map(title),
    },
    signedByZone: figures.breakdown(signed, (dims) => names.zone(dims['zoneId'] ?? null)),
    negotiatingBySite,
    milestones: milestones.filter((m) => m.kind !== 'ranking'),
    safety,
    table: await figureTable(figures, catalogue),
  };
}

/** Every catalogue figure that has a total (a stock of percentages has none), with its label: the summary's closing table. */
async function figureTable(figures: SummaryFigures, catalogue: FigureCatalogue): Promise<Part[]> {
  const named = catalogue.all.filter((f) => f.per === undefined);
  const reports = await figures.reports(named.map((f) => f.name));
  return named.map((f) => ({ name: { ...f.labels }, quantity: figures.quantity(reports.get(f.name)!) }));
}
