import type { EventEnvelope } from '@park-ledger/contracts';
import { eventsOf, yearShape } from '@park-ledger/figures/testing';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import fc from 'fast-check';
import { Client } from 'pg';
// the summary's writer and the invariants' helpers are the reporting app's own (pure) code
// eslint-disable-next-line @nx/enforce-module-boundaries
import { numbersOf, type NumberRun } from '../../apps/reporting/src/annual-summary/summary-document';
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { SummaryFacts } from '../../apps/reporting/src/annual-summary/summary-facts';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { writeSummary } from '../../apps/reporting/src/annual-summary/write-summary';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { inMemorySource, problemsOf, recomputed } from '../../apps/reporting/src/testing/generated-summary';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { summaryFacts } from '../../apps/reporting/src/annual-summary/read-summary-facts';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { catalogue } from '../../apps/reporting/src/testing/generated-summary';
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

/** The command that records each event type: collection, action ('' = create), the record's id field. */
const COMMANDS: Record<string, readonly [string, string, string]> = {
  ZoneRegistered: ['zones', '', 'zoneId'],
  PlatformAdded: ['zones', 'add-platform', 'zoneId'],
  PlatformPhaseAdded: ['zones', 'add-phase', 'zoneId'],
  ProjectLeadRegistered: ['projects', '', 'projectId'],
  ProjectSigned: ['projects', 'sign', 'projectId'],
  ProjectConstructionStarted: ['projects', 'start-construction', 'projectId'],
  ProjectToppedOut: ['projects', 'top-out', 'projectId'],
  ProjectProductionStarted: ['projects', 'start-production', 'projectId'],
  ProjectDropped: ['projects', 'drop', 'projectId'],
  ProjectDetailsCorrected: ['projects', 'correct-details', 'projectId'],
  ProjectVoided: ['projects', 'void', 'projectId'],
  InfrastructureWorkRegistered: ['infrastructure-works', '', 'workId'],
  InfrastructureWorkStageReached: ['infrastructure-works', 'advance-stage', 'workId'],
  InfrastructureWorkProgressReported: ['infrastructure-works', 'report-progress', 'workId'],
  FundingApplicationFiled: ['funding-applications', '', 'applicationId'],
  FundingApplicationGranted: ['funding-applications', 'grant', 'applicationId'],
  FundingApplicationRejected: ['funding-applications', 'reject', 'applicationId'],
  FundingApplicationVoided: ['funding-applications', 'void', 'applicationId'],
  IdleParcelIdentified: ['idle-parcels', '', 'parcelId'],
  IdleLandRectificationCommitmentSubmitted: ['idle-parcels', 'submit-commitment', 'parcelId'],
  IdleLandFeeCollected: ['idle-parcels', 'collect-fee', 'parcelId'],
  IdleParcelReclaimed: ['idle-parcels', 'reclaim', 'parcelId'],
  IdleParcelVoided: ['idle-parcels', 'void', 'parcelId'],
  PollutionIncidentReported: ['pollution-incidents', '', 'incidentId'],
  PollutionIncidentHandled: ['pollution-incidents', 'handle', 'incidentId'],
  PollutionCompensationPaid: ['pollution-incidents', 'pay-compensation', 'incidentId'],
  SafetyAccidentReported: ['safety-accidents', '', 'accidentId'],
  SafetyAccidentHandled: ['safety-accidents', 'handle', 'accidentId'],
  ReminderBatchSent: ['reminder-batches', '', 'batchId'],
  ExpansionPlanListed: ['expansion-plans', '', 'planId'],
  ExpansionPreparatoryTaskCompleted: ['expansion-plans', 'complete-task', 'planId'],
};

function command(event: EventEnvelope): { path: string; body: Record<string, unknown> } {
  const entry = COMMANDS[event.type];
  if (!entry) throw new Error(`no command records ${event.type}`);
  const [collection, action, idKey] = entry;
  const payload = event.payload as Record<string, unknown>;
  if (action === '') return { path: `/${collection}`, body: { ...payload, occurredAt: event.occurredAt } };
  const { [idKey]: id, ...rest } = payload;
  return { path: `/${collection}/${String(id)}/${action}`, body: { ...rest, occurredAt: event.occurredAt } };
}

const stated = (runs: readonly NumberRun[]) => runs.map((r) => `${r.figure}|${r.link}=${r.value}`).sort();

describe('generated years recorded through the department services', () => {
  const services = new Map<Department, RunningService>();
  let reporting: RunningService;
  const years = fc.sample(yearShape, { numRuns: YEARS.length, seed: SEED }).map((shape, i) => eventsOf({ ...shape, year: YEARS[i] }, `y${YEARS[i]}`));
  const get = (path: string) => fetch(`${reporting.url}${path}`, { headers: { authorization: `Bearer ${readerToken()}` } });

  beforeAll(async () => {
    process.stdout.write(`generated-years e2e: seed ${SEED}, years ${YEARS.join(', ')}\n`);
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
    const send = async (event: EventEnvelope) => {
      const { path, body } = command(event);
      const department = event.department as Department;
      const res = await fetch(`${services.get(department)!.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[department]}`, 'content-type': 'application/json', 'idempotency-key': event.eventId },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`${event.type} as POST ${department} ${path} answered ${res.status}: ${await res.text()}`);
    };
    for (const { events } of years) {
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
      // streams side by side, each stream's events in order
      const streams = new Map<string, EventEnvelope[]>();
      for (const e of events.filter((e) => !e.streamId.startsWith('zone-'))) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
      await Promise.all([...streams.values()].map(async (stream) => { for (const e of stream) await send(e); }));
    }
    const total = years.reduce((n, y) => n + y.events.length, 0);
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

  it.each(YEARS)('states %i as the same events give in memory, holding the invariants', async (year) => {
    const res = await get(`/reports/annual/${year}?format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-data-as-of')).toMatch(/^\d{4}-/);
    const answered = (await res.json()) as SummaryFacts;
    // stocks carry over from the years recorded before: the in-memory fold takes every event the service has
    const everything = years.flatMap((y) => y.events);
    const expected = await summaryFacts(inMemorySource(everything), catalogue, year);
    for (const lang of ['zh', 'en'] as const) {
      // the service's facts, written, state exactly the numbers (and links) the in-memory fold gives
      expect(stated(numbersOf(writeSummary(answered, lang)))).toEqual(stated(numbersOf(writeSummary(expected, lang))));
      const md = await (await get(`/reports/annual/${year}?format=md&lang=${lang}`)).text();
      for (const run of numbersOf(writeSummary(answered, lang))) expect(md).toContain(`](${run.link})`);
    }
    // the invariants, on the same events
    expect(await problemsOf({ year, events: everything })).toEqual([]);
    // every number's drill-down lists the events that make it, their contributions summing to it
    const runs = numbersOf(writeSummary(answered, 'zh')).filter((r) => !(r.unit === 'percent' && catalogue.named(r.figure).unit !== 'percent'));
    for (const link of [...new Set(runs.map((r) => r.link))]) {
      const drill = (await (await get(link)).json()) as { value: number; total: number; events: { contribution: number }[] };
      const value = runs.find((r) => r.link === link)!.value;
      const sum = drill.events.length === drill.total ? drill.events.reduce((s, e) => s + e.contribution, 0) : value;
      expect({ link, value: drill.value, sum }).toEqual({ link, value, sum: value });
      expect(drill.events.every((e) => e.contribution !== 0)).toBe(true);
    }
    // the figures equal the plain fold of the raw events
    const figures = (await (await get(`/figures?year=${year}`)).json()) as { figures: { figure: string; value: number | null }[] };
    const byName = new Map(figures.figures.map((f) => [f.figure, f.value]));
    for (const [figure, value] of Object.entries(recomputed(everything, year))) expect({ figure, value: byName.get(figure) }).toEqual({ figure, value });
  });
});
