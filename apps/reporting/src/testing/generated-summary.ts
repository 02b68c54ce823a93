// The annual summary of a generated year computed in memory, and the invariants over a summary, shared by
// the unit property test (generated-years.spec.ts) and the e2e test that records generated years through the APIs.
import type { EventEnvelope } from '@park-ledger/contracts';
import { allProjections, figureCatalogue, type Contribution } from '@park-ledger/figures';
import type { GeneratedYear } from '@park-ledger/figures/testing';
import { FigureCatalogue } from '../figures/figure-catalogue';
import { groupingOf, type FigureSum, type SumRequest } from '../figures/figure-sums';
import { summaryFacts } from '../annual-summary/read-summary-facts';
import { renderHtml } from '../annual-summary/render-html';
import { renderMarkdown } from '../annual-summary/render-markdown';
import { numbersOf, plainText, type NumberRun, type SummaryDocument } from '../annual-summary/summary-document';
import type { SummarySource } from '../annual-summary/summary-figures';
import { writeSummary } from '../annual-summary/write-summary';
import { NO_RECORDS } from '../annual-summary/writing-kit';
import { plainChanges, plainValue, type PlainQuestion } from './plain-contributions';
import { asOfRows, drillDownProblems, productPlan } from './recorded-checks';

export const catalogue = new FigureCatalogue(figureCatalogue);

/** The product's folds, in memory: each record's events in stream order, its row and its contributions. */
export function folded(events: readonly EventEnvelope[]) {
  const rows = new Map<string, { kind: string; recordId: string; row: unknown }>();
  for (const event of events) {
    for (const projection of allProjections.filter((p) => p.eventTypes.includes(event.type))) {
      const recordId = projection.recordIdOf(event);
      const key = `${projection.kind}|${recordId}`;
      rows.set(key, { kind: projection.kind, recordId, row: projection.evolve(rows.get(key)?.row ?? null, event) });
    }
  }
  const contributions: Contribution[] = [];
  for (const { kind, row } of rows.values()) {
    if (row === null) continue;
    contributions.push(...allProjections.find((p) => p.kind === kind)!.contributions(row as never));
  }
  return { rows, contributions };
}

/** What sumFigures answers from the read model, summed here from the folds' contributions. */
export function inMemorySource(events: readonly EventEnvelope[]): SummarySource & { contributions: Contribution[] } {
  const { rows, contributions } = folded(events);
  return sourceOf([...rows.values()], contributions);
}

/** A summary source over given record rows and contributions (as the read model would hold them). */
export function sourceOf(records: readonly { kind: string; recordId: string; row: unknown }[], contributions: Contribution[]): SummarySource & { contributions: Contribution[] } {
  // in the read model's order (record-rows.ts: order by record_id)
  const rows = [...records].sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  const byFigure = new Map<string, Contribution[]>();
  for (const c of contributions) byFigure.set(c.figure, [...(byFigure.get(c.figure) ?? []), c]);
  return {
    contributions,
    rows: async <Row,>(kind: string) => rows.filter((r) => r.kind === kind && r.row !== null).map((r) => r.row as Row),
    sums: async ({ figures, period, previous, groupBy }: SumRequest): Promise<FigureSum[]> => {
      const sums = new Map<string, { figure: string; keys: (string | null)[]; value: number; previous: number }>();
      for (const figure of figures) {
        const grouping = groupingOf(figure, groupBy);
        const stock = figure.kind === 'stock';
        for (const c of byFigure.get(figure.name) ?? []) {
          if (c.period > period.to) continue;
          const keys = grouping.map((d) => c.dims[d] ?? null);
          const key = JSON.stringify([figure.name, keys]);
          const sum = sums.get(key) ?? { figure: figure.name, keys, value: 0, previous: 0 };
          if (stock || c.period >= period.from) sum.value += c.value;
          if (c.period <= previous.to && (stock || c.period >= previous.from)) sum.previous += c.value;
          sums.set(key, sum);
        }
      }
      return [...sums.values()];
    },
  };
}

/** The drill-down question a link asks: figure, year, dims ('' = without that dim). */
export function questionOf(link: string): PlainQuestion {
  const url = new URL(link, 'http://summary');
  const figure = decodeURIComponent(url.pathname.split('/')[2]);
  const dims = Object.fromEntries(
    (url.searchParams.get('dims') ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );
  return { figure, year: Number(url.searchParams.get('year')), stock: catalogue.named(figure).kind === 'stock', dims };
}

/**
 * Drill-down questions beyond the summary's links: every figure of the catalogue for the year, whole and by each
 * of its dims for every value the events give it (and without the dim, where some events lack it).
 */
export function sampleQuestions(events: readonly EventEnvelope[], year: number): PlainQuestion[] {
  const changes = plainChanges(events);
  const questions: PlainQuestion[] = [];
  for (const figure of catalogue.all) {
    const stock = figure.kind === 'stock';
    questions.push({ figure: figure.name, year, stock, dims: {} });
    const mine = changes.filter((c) => c.figure === figure.name);
    for (const dim of figure.dims) {
      for (const value of new Set(mine.map((c) => c.dims[dim] ?? ''))) questions.push({ figure: figure.name, year, stock, dims: { [dim]: value } });
    }
  }
  return questions;
}

/** The value a link names (figure, year, dims), summed from the contributions: what the drill-down would total. */
export function linkedValue(contributions: readonly Contribution[], link: string): number {
  const url = new URL(link, 'http://summary');
  const figure = decodeURIComponent(url.pathname.split('/')[2]);
  const year = url.searchParams.get('year')!;
  const dims = (url.searchParams.get('dims') ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]);
  const stock = catalogue.named(figure).kind === 'stock';
  return contributions
    .filter((c) => c.figure === figure && (stock ? c.period <= `${year}-12` : c.period.startsWith(`${year}-`)))
    .filter((c) => dims.every(([k, v]) => (v === '' ? c.dims[k] === undefined : c.dims[k] === v)))
    .reduce((sum, c) => sum + c.value, 0);
}

// ---- the independent recomputation: a plain fold over the raw events, none of the product's folds ----

/**
 * Every figure of the year (those stated per item aside) recomputed from the events with this test's own code
 * (plain-contributions.ts): the sum of what the events did to it, in the year for a flow, by its end for a stock.
 * Zeros left out.
 */
export function recomputed(events: readonly EventEnvelope[], year: number): Record<string, number> {
  const changes = plainChanges(events);
  const out: Record<string, number> = {};
  for (const figure of catalogue.all.filter((f) => f.per === undefined)) {
    const value = plainValue(changes, { figure: figure.name, year, stock: figure.kind === 'stock', dims: {} });
    if (value !== 0) out[figure.name] = value;
  }
  return out;
}

// ---- the invariants ----

const CONNECTIVES = /^(同时|此外|另外|其中|并且|而且|Also|Moreover|Besides|Of which|And|Meanwhile)[，,\s]/;
const isComparison = (run: NumberRun) => run.unit === 'percent' && catalogue.named(run.figure).unit !== 'percent';

function paragraphsOf(document: SummaryDocument): string[] {
  return document.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])));
}

/** Years printed in the text other than the summary's own, outside a stated late plan. */
function foreignYears(text: string, year: number, zh: boolean): string[] {
  const late = zh ? /原计划\d{4}年\d{1,2}月/g : /planned to (?:be completed|start) in [A-Z][a-z]+ \d{4}/g;
  const rest = text.replace(late, '');
  const found = zh ? [...rest.matchAll(/(\d{4})年/g)] : [...rest.matchAll(/(?<![\d,.])((?:19|20)\d{2})(?![\d,.]|%| mu| ha)/g)];
  return found.filter((m) => Number(m[1]) !== year).map((m) => rest.slice(Math.max(0, m.index - 30), m.index + 10));
}

/**
 * What each point of the summary is about, by its lead, heading or section: the flows it would tell. A point that
 * says "本年度无相关记录" (no records for this year) must have none of them non-zero for the year.
 */
const POINTS: readonly { readonly where: RegExp; readonly figures: readonly string[] }[] = [
  { where: /^overview$/, figures: ['economy.main-business-revenue', 'economy.industrial-added-value', 'economy.taxes'] },
  { where: /扩区调区/, figures: ['land.expansion-plans-listed', 'land.expansion-tasks-completed'] },
  { where: /退城进园/, figures: ['land.relocations-started', 'land.relocation-steps-completed', 'land.relocations-completed'] },
  { where: /闲置土地/, figures: ['land.idle-identified-parcels', 'land.idle-reclaimed-parcels', 'land.idle-commitments', 'land.idle-fees-yuan'] },
  { where: /跑项争资/, figures: ['funding.granted', 'funding.rejected'] },
  { where: /招商引资/, figures: ['projects.signed'] },
  { where: /^clusters$/, figures: ['milestones.recorded'] },
  { where: /环保设施建设/, figures: ['safety.facility-works-completed', 'safety.facilities-commissioned'] },
  { where: /常提醒/, figures: ['safety.reminders'] },
  { where: /勤排查/, figures: ['safety.inspections', 'safety.inspection-findings'] },
  { where: /严整改/, figures: ['safety.hazards', 'safety.rectification-orders', 'safety.stop-production-orders', 'safety.rectifications-verified', 'safety.penalties', 'safety.penalties-yuan'] },
  { where: /快处置/, figures: ['safety.pollution-incidents', 'safety.pollution-incidents-handled', 'safety.pollution-compensation-yuan', 'safety.accidents', 'safety.accidents-handled'] },
];

/** (3) the points the zh summary says have no records, with the figures of theirs that are not zero for the year. */
function recordsDenied(document: SummaryDocument, contributions: readonly Contribution[], year: number): string[] {
  const problems: string[] = [];
  for (const section of document.sections) {
    let heading = '';
    for (const block of section.blocks) {
      if (block.kind === 'heading') heading = block.text;
      if (block.kind !== 'paragraph' || block.runs.map((r) => r.text).join('') !== NO_RECORDS.zh) continue;
      const where = block.lead ?? (heading || section.id);
      for (const point of POINTS.filter((pt) => pt.where.test(where))) {
        for (const figure of point.figures) {
          // rankings are told in the overview, not among the clusters' designations
          const rankings = figure === 'milestones.recorded' ? linkedValue(contributions, `/figures/${figure}/events?year=${year}&dims=kind:ranking`) : 0;
          const value = linkedValue(contributions, `/figures/${figure}/events?year=${year}`) - rankings;
          if (value !== 0) problems.push(`(3) "${where}" says there are no records, ${figure} is ${value}`);
        }
      }
    }
  }
  return problems;
}

/** Every invariant broken by one year's summary, as readable lines (one expect per year: jest's expect is slow). */
export async function problemsOf({ year, events }: GeneratedYear, options: { drillDown?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  const source = inMemorySource(events);
  const facts = await summaryFacts(source, catalogue, year);
  const documents = { zh: writeSummary(facts, 'zh'), en: writeSummary(facts, 'en') };
  const stated = (lang: 'zh' | 'en') => numbersOf(documents[lang]).map((r) => `${r.figure}|${r.link}=${r.value}`).sort();

  for (const lang of ['zh', 'en'] as const) {
    const document = documents[lang];
    const runs = numbersOf(document);
    const text = plainText(document);
    for (const run of runs) {
      // (1) every number is the value of the figure it links to, for that period and breakdown (comparisons aside)
      const linked = isComparison(run) ? run.value : linkedValue(source.contributions, run.link);
      if (run.value !== linked) problems.push(`(1) ${lang} "${run.text}" states ${run.value}, ${run.link} is ${linked}`);
      // (3) no zero stated as a fact
      if (run.value === 0) problems.push(`(3) ${lang} states a zero: ${run.link}`);
    }
    // (3) no paragraph starts with a connective whose subject was dropped, no nameless entry
    for (const paragraph of paragraphsOf(document)) {
      if (CONNECTIVES.test(paragraph)) problems.push(`(3) ${lang} paragraph starts with a connective: ${paragraph}`);
      if (/(^|[。；;]\s*)[，,；;]/.test(paragraph)) problems.push(`(3) ${lang} paragraph has an empty clause: ${paragraph}`);
    }
    // (1) a comparison says what the figures give: a fall of 100% leaves nothing, and the summary tells no zero
    for (const m of text.matchAll(/(?:下降|down )100(?:\.0)?%/g)) problems.push(`(1) ${lang} states a fall of 100% of a figure it tells: …${text.slice(Math.max(0, m.index - 40), m.index + 10)}…`);
    // (4) no date of another year but a plan reported as late
    for (const context of foreignYears(text, year, lang === 'zh')) problems.push(`(4) ${lang} another year's date: …${context}…`);
    // json, md and html carry the same numbers, each as a link to its events
    const md = renderMarkdown(document);
    const html = renderHtml(document);
    for (const run of runs) {
      if (!md.includes(`](${run.link})`)) problems.push(`md lacks ${run.link}`);
      if (!html.includes(`href="${run.link.replace(/&/g, '&amp;')}"`)) problems.push(`html lacks ${run.link}`);
    }
    if (JSON.stringify(JSON.parse(JSON.stringify(document))) !== JSON.stringify(document)) problems.push(`${lang} json does not round-trip`);
  }
  problems.push(...recordsDenied(documents.zh, source.contributions, year));
  // (2) zh and en state the same numbers
  if (stated('en').join('\n') !== stated('zh').join('\n')) problems.push(`(2) zh and en differ: ${stated('zh').join(', ')} / ${stated('en').join(', ')}`);
  // (3) every figure non-zero for the year is stated (in a sentence or the closing table)
  const told = new Set(numbersOf(documents.zh).map((r) => r.figure));
  for (const figure of catalogue.all.filter((f) => f.per === undefined)) {
    const value = linkedValue(source.contributions, `/figures/${figure.name}/events?year=${year}`);
    if (value !== 0 && !told.has(figure.name)) problems.push(`(3) ${figure.name} = ${value} is not told`);
  }
  // (5) the figures equal an independent recomputation from the raw events
  const plain = recomputed(events, year);
  const table = new Map(facts.table.map((row) => [row.quantity.figure, row.quantity.value]));
  for (const figure of new Set([...Object.keys(plain), ...[...table.keys()].filter((f) => catalogue.named(f).per === undefined)])) {
    if ((table.get(figure) ?? 0) !== (plain[figure] ?? 0)) problems.push(`(5) ${figure}: the product says ${table.get(figure)}, the plain fold ${plain[figure]}`);
  }
  // (6) every drill-down (each number's link, every figure whole and by each dim) lists exactly the events that
  // changed it, each with its change, as the plain per-event recomputation says
  if (options.drillDown) {
    const links = [...new Set(numbersOf(documents.zh).filter((r) => !isComparison(r)).map((r) => r.link))];
    problems.push(...drillDownProblems(events, [...links.map(questionOf), ...sampleQuestions(events, year)]));
  }
  return problems;
}

/**
 * (7) for the summary, in memory: as of each record time t, the summary the reporting core's rows recorded by t give
 * (record versions for its lists and names, contributions for its numbers) is word for word, zh and en, the summary of
 * a rebuild stopped at t (the product's folds over only the events recorded by t).
 */
export async function summaryAsOfProblems(events: readonly EventEnvelope[], year: number, cuts: readonly number[]): Promise<string[]> {
  const plan = productPlan(events);
  const problems: string[] = [];
  for (const t of cuts) {
    const asOf = new Date(t).toISOString();
    const { rows, contributions } = asOfRows(plan, t);
    const answered = await summaryFacts(sourceOf(rows, contributions), catalogue, year, asOf);
    const stopped = await summaryFacts(inMemorySource(events.filter((e) => Date.parse(e.recordedAt) <= t)), catalogue, year, asOf);
    for (const lang of ['zh', 'en'] as const) {
      const [a, b] = [plainText(writeSummary(answered, lang)), plainText(writeSummary(stopped, lang))];
      if (a !== b) problems.push(`(7) ${lang} summary as of ${asOf} differs from a rebuild stopped then:\n${a}\n---\n${b}`);
    }
  }
  return problems;
}
