import type { EventEnvelope } from '@park-ledger/contracts';
import { eventsOf, recordingShape, yearShape } from '@park-ledger/figures/testing';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import fc from 'fast-check';
import { Client } from 'pg';
// the summary's writer and the invariants' helpers are the reporting app's own (pure) code
// eslint-disable-next-line @nx/enforce-module-boundaries
import { numbersOf, plainText, type NumberRun } from '../../apps/reporting/src/annual-summary/summary-document';
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { SummaryFacts } from '../../apps/reporting/src/annual-summary/summary-facts';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { writeSummary } from '../../apps/reporting/src/annual-summary/write-summary';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { inMemorySource, problemsOf, recomputed } from '../../apps/reporting/src/testing/generated-summary';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { summaryFacts } from '../../apps/reporting/src/annual-summary/read-summary-facts';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { catalogue, questionOf, sampleQuestions } from '../../apps/reporting/src/testing/generated-summary';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fieldsOf, routeOf } from '../../apps/reporting/src/testing/decided-year';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { plainChanges, plainDrillDown, plainValue, type PlainQuestion } from '../../apps/reporting/src/testing/plain-contributions';
import { spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { readerToken, reportingSetup, startReportingProcess } from './reporting-process';

jest.setTimeout(900_000);

// Generated years recorded through the department services' HTTP APIs (their deciders, stores and outboxes),
// published to this test's own topics and read by its own reporting instance; the summary and the figures it
// answers must equal what the same events give in memory, and hold the invariants. Years far apart (events run from
// the January before to the February after), so no flow counts another year's events; stocks (projects under
// negotiation, pending tasks) carry over from the years before, as they would in the park.
const SEED = Number(process.env['SUMMARY_E2E_SEED'] ?? 20_261_206);
const YEARS = [2005, 2009, 2013];
const DEPARTMENTS = ['projects', 'land', 'safety'] as const;
type Department = (typeof DEPARTMENTS)[number];

/** The HTTP command that records the event (the route table the unit test decides it with). */
function command(event: EventEnvelope): { path: string; body: Record<string, unknown> } {
  const { collection, action, idKey } = routeOf(event);
  const payload = fieldsOf(event);
  if (action === '') return { path: `/${collection}`, body: { ...payload, occurredAt: event.occurredAt } };
  const keys = idKey.split('/');
  const rest = Object.fromEntries(Object.entries(payload).filter(([k]) => !keys.includes(k)));
  return { path: `/${collection}/${keys.map((k) => String(payload[k])).join('/')}/${action}`, body: { ...rest, occurredAt: event.occurredAt } };
}

const stated = (runs: readonly NumberRun[]) => runs.map((r) => `${r.figure}|${r.link}=${r.value}`).sort();

describe('generated years recorded through the department services', () => {
  const services = new Map<Department, RunningService>();
  let reporting: RunningService;
  // the years' shapes as before; their record times drawn apart from the same seed (they decide what is sent before each cut)
  const recordings = fc.sample(recordingShape, { numRuns: YEARS.length, seed: SEED });
  const years = fc.sample(yearShape, { numRuns: YEARS.length, seed: SEED }).map((shape, i) => eventsOf({ ...shape, year: YEARS[i] }, `y${YEARS[i]}`, recordings[i]));
  /** per year, the record time cut after the events the generator records within the year (the rest: late, corrections, voids) */
  const cuts = new Map<number, { asOf: string; sentBefore: Set<EventEnvelope> }>();
  const get = (path: string) => fetch(`${reporting.url}${path}`, { headers: { authorization: `Bearer ${readerToken()}` } });
  const everything = years.flatMap((y) => y.events);
  const changes = plainChanges(everything);
  const named = (e: { streamId: string; streamVersion: number }) => `${e.streamId} v${e.streamVersion}`;

  beforeAll(async () => {
    process.stdout.write(`generated-years e2e: seed ${SEED}, years ${YEARS.join(', ')}\n`);
    for (const { year, events } of years) {
      const late = events.filter((e) => Date.parse(e.recordedAt) >= Date.parse(`${year}-12-31T16:00:00Z`)).length;
      const corrections = events.filter((e) => /Corrected$|Voided$/.test(e.type)).length;
      process.stdout.write(`  ${year}: ${events.length} events, ${corrections} corrections and voids, ${late} sent after the cut\n`);
    }
    const setup = await reportingSetup();
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const database = await stack.createDatabase(`gen_e2e_${department}_${randomSuffix()}`);
        const service = spawnService(department, { ...stack.serviceEnv(department), DATABASE_URL: database, KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'] });
        services.set(department, service);
        await waitForStatus(`${service.url}/health/ready`, 200, 120_000);
      }),
    );
    reporting = await startReportingProcess(setup, [...services.values()]);
    const tokens = Object.fromEntries(DEPARTMENTS.map((d) => [d, stack.token({ roles: ['submitter'], department: d, sub: 'generated-years' })]));
    const sent = new Set<EventEnvelope>();
    const send = async (event: EventEnvelope) => {
      const { path, body } = command(event);
      const department = event.department as Department;
      const res = await fetch(`${services.get(department)!.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[department]}`, 'content-type': 'application/json', 'idempotency-key': event.eventId },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`${event.type} as POST ${department} ${path} answered ${res.status}: ${await res.text()}`);
      sent.add(event);
    };
    /** streams side by side, each stream's events in order */
    const sendStreams = async (events: readonly EventEnvelope[]) => {
      const streams = new Map<string, EventEnvelope[]>();
      for (const e of events) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
      await Promise.all([...streams.values()].map(async (stream) => { for (const e of stream) await send(e); }));
    };
    for (const { year, events } of years) {
      const registry = events.filter((e) => e.streamId.startsWith('zone-'));
      for (const event of registry) await send(event);
      const zoneIds = [...new Set(registry.map((e) => (e.payload as { zoneId: string }).zoneId))];
      for (const department of ['land', 'safety'] as const) {
        await waitFor(async () => {
          const res = await fetch(`${services.get(department)!.url}/park-zones`, { headers: { authorization: `Bearer ${tokens[department]}` } });
          const known = (await res.json()) as { zoneId: string }[];
          return zoneIds.every((id) => known.some((z) => z.zoneId === id));
        }, { timeoutMs: 120_000, what: `${department} to learn the generated zones` });
      }
      // The services stamp recordedAt with their clock, so the generated record times cannot be sent; they order
      // the sending instead: what the generator records within the year first, then a cut (a record time between
      // the two phases), then the rest (recorded late, corrections and voids after the year). Each stream's record
      // times ascend with its versions, so each phase sends whole prefixes of streams.
      const yearEnd = Date.parse(`${year}-12-31T16:00:00Z`);
      const rest = events.filter((e) => !e.streamId.startsWith('zone-'));
      await sendStreams(rest.filter((e) => Date.parse(e.recordedAt) < yearEnd));
      const asOf = new Date().toISOString();
      cuts.set(year, { asOf, sentBefore: new Set(sent) });
      // the next answer stamped is a millisecond after the cut at least (same machine, same clock)
      await waitFor(async () => Date.now() > Date.parse(asOf), { timeoutMs: 1000, intervalMs: 1, what: 'the clock to pass the cut' });
      await sendStreams(rest.filter((e) => Date.parse(e.recordedAt) >= yearEnd));
    }
    const total = everything.length;
    await waitFor(async () => {
      const client = new Client({ connectionString: setup.env['DATABASE_URL'] });
      await client.connect();
      try {
        return Number((await client.query('select count(*) from reporting_v1.events')).rows[0].count) >= total;
      } finally {
        await client.end();
      }
    }, { timeoutMs: 300_000, intervalMs: 1000, what: `all ${total} generated events applied by reporting` });
  });

  afterAll(async () => {
    await Promise.all([...services.values(), reporting].map((s) => s?.stop()));
  });

  /** The drill-down's rows for a question (as of a record time, if given): the events by stream and version, and its value. */
  async function drillDown(question: PlainQuestion, asOf?: string) {
    const dims = Object.entries(question.dims).map(([k, v]) => `${k}:${v}`).join(',');
    const query = new URLSearchParams({ year: String(question.year), pageSize: '500', ...(dims ? { dims } : {}), ...(asOf ? { asOf } : {}) });
    const res = await get(`/figures/${encodeURIComponent(question.figure)}/events?${query}`);
    expect({ question, status: res.status }).toEqual({ question, status: 200 });
    const page = (await res.json()) as { value: number | null; total: number; events: { streamId: string; streamVersion: number; contribution: number }[] };
    expect({ question, listed: page.events.length }).toEqual({ question, listed: page.total });
    return { value: page.value, events: Object.fromEntries(page.events.map((e) => [named(e), e.contribution])) };
  }
  const expectedOf = (question: PlainQuestion, within?: Set<EventEnvelope>) =>
    Object.fromEntries([...plainDrillDown(changes, question)].filter(([e]) => !within || within.has(e)).map(([e, v]) => [named(e), v]));

  it.each(YEARS)('states %i as the same events give in memory, holding the invariants', async (year) => {
    const res = await get(`/reports/annual/${year}?format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-data-as-of')).toMatch(/^\d{4}-/);
    const answered = (await res.json()) as SummaryFacts;
    // stocks carry over from the years recorded before: the in-memory fold takes every event the service has
    const expected = await summaryFacts(inMemorySource(everything), catalogue, year);
    for (const lang of ['zh', 'en'] as const) {
      // the service's facts, written, state exactly the numbers (and links) the in-memory fold gives
      expect(stated(numbersOf(writeSummary(answered, lang)))).toEqual(stated(numbersOf(writeSummary(expected, lang))));
      const md = await (await get(`/reports/annual/${year}?format=md&lang=${lang}`)).text();
      for (const run of numbersOf(writeSummary(answered, lang))) expect(md).toContain(`](${run.link})`);
    }
    // the invariants, on the same events (the drill-downs and as-of in memory too)
    expect(await problemsOf({ year, events: everything }, { drillDown: true })).toEqual([]);
    // (6) every number's drill-down, and every figure's whole and by each dim value, lists exactly the events the
    // plain per-event recomputation says changed it, each with its change; the page's value is the number
    const runs = numbersOf(writeSummary(answered, 'zh')).filter((r) => !(r.unit === 'percent' && catalogue.named(r.figure).unit !== 'percent'));
    const questions = [...runs.map((r) => ({ ...questionOf(r.link), value: r.value })), ...sampleQuestions(everything, year).map((q) => ({ ...q, value: undefined }))];
    for (const { value: stated, ...question } of questions) {
      const drill = await drillDown(question);
      const perItem = catalogue.named(question.figure).per !== undefined && question.dims[catalogue.named(question.figure).per!] === undefined;
      const value = perItem ? null : plainValue(changes, question);
      expect({ question, events: drill.events, value: drill.value }).toEqual({ question, events: expectedOf(question), value });
      if (stated !== undefined) expect({ question, stated }).toEqual({ question, stated: value });
    }
    process.stdout.write(`generated-years e2e ${year}: ${questions.length} drill-downs equal the plain per-event recomputation (${runs.length} of the summary's numbers)\n`);
    // the figures equal the plain fold of the raw events
    const figures = (await (await get(`/figures?year=${year}`)).json()) as { figures: { figure: string; value: number | null }[] };
    const byName = new Map(figures.figures.map((f) => [f.figure, f.value]));
    for (const [figure, value] of Object.entries(recomputed(everything, year))) expect({ figure, value: byName.get(figure) }).toEqual({ figure, value });
    for (const figure of catalogue.all.filter((f) => f.per === undefined)) {
      const value = plainValue(changes, { figure: figure.name, year, stock: figure.kind === 'stock', dims: {} });
      expect({ figure: figure.name, value: byName.get(figure.name) }).toEqual({ figure: figure.name, value });
    }
  });

  // (7) The services stamp record times themselves, so the cut is taken between sending phases: as of the cut after
  // each year's in-year records, /figures (every year) and the drill-downs (every figure of the cut's year) answer
  // what a fresh plain fold of only the events sent before the cut gives: a rebuild stopped then; the summary as of the
  // cut is the summary of the product's folds over only those events.
  it.each(YEARS)('answers as of the cut after %i what a rebuild stopped then gives', async (cutYear) => {
    const { asOf, sentBefore } = cuts.get(cutYear)!;
    const stopped = plainChanges(everything.filter((e) => sentBefore.has(e)));
    // the cut is a real one: later events changed some figure after it
    expect(sentBefore.size).toBeLessThan(everything.length);
    for (const year of YEARS) {
      const res = await get(`/figures?year=${year}&asOf=${encodeURIComponent(asOf)}`);
      expect(res.status).toBe(200);
      const byName = new Map(((await res.json()) as { figures: { figure: string; value: number | null }[] }).figures.map((f) => [f.figure, f.value]));
      for (const figure of catalogue.all.filter((f) => f.per === undefined)) {
        const value = plainValue(stopped, { figure: figure.name, year, stock: figure.kind === 'stock', dims: {} });
        expect({ asOf, year, figure: figure.name, value: byName.get(figure.name) }).toEqual({ asOf, year, figure: figure.name, value });
      }
    }
    // the summary as of the cut, every year, word for word (zh and en) the summary of a rebuild stopped then
    const stoppedEvents = everything.filter((e) => sentBefore.has(e));
    for (const year of YEARS) {
      const res = await get(`/reports/annual/${year}?format=json&asOf=${encodeURIComponent(asOf)}`);
      expect(res.status).toBe(200);
      const answered = (await res.json()) as SummaryFacts;
      const expected = await summaryFacts(inMemorySource(stoppedEvents), catalogue, year, asOf);
      for (const lang of ['zh', 'en'] as const) {
        expect({ asOf, year, lang, text: plainText(writeSummary(answered, lang)) }).toEqual({ asOf, year, lang, text: plainText(writeSummary(expected, lang)) });
        expect(stated(numbersOf(writeSummary(answered, lang)))).toEqual(stated(numbersOf(writeSummary(expected, lang))));
      }
    }
    // and the summary of the year as it stood then holds the invariants
    expect(await problemsOf({ year: cutYear, events: stoppedEvents })).toEqual([]);
    for (const question of sampleQuestions(everything, cutYear).filter((q) => Object.keys(q.dims).length === 0)) {
      const drill = await drillDown(question, asOf);
      expect({ asOf, question, events: drill.events }).toEqual({ asOf, question, events: expectedOf(question, sentBefore) });
    }
  });
});
