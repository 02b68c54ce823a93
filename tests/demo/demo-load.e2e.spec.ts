import type { EventEnvelope } from '@park-ledger/contracts';
// The figures are recomputed with the record projections' pure folds, as tests/reporting/oracle.ts does.
import { EVENT_COLUMNS, storedEnvelope, type StoredEventColumns } from '@park-ledger/event-store';
import { allProjections, figureNamed } from '@park-ledger/figures';
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the demo is loaded by its own tool, as npm start does */
import { expected2013, expected2014, expected2014BeforeCorrections, type ExpectedFigure } from '../../tools/demo/expected-2014';
import { loadDemo, type DemoLoadResult, type DemoTargets } from '../../tools/demo/load';
import { demoWaves } from '../../tools/demo/year-2014';
/* eslint-enable @nx/enforce-module-boundaries */
import { RunningService, spawnService, waitForStatus } from '../support/service-process';
import { randomSuffix, stack } from '@park-ledger/test-support';

const DEPARTMENTS = ['projects', 'land', 'safety'] as const;
type Department = (typeof DEPARTMENTS)[number];

/** The history URL of the record a step writes to, and how many events the step appends to it. */
const streamOf = (department: Department, path: string, body: Readonly<Record<string, unknown>>): [string, number] => {
  if (path === '/economic-returns/bulk') {
    const [first] = body.returns as { enterpriseId: string; month: string }[];
    return [`${department}/economic-returns/${first.enterpriseId}/${first.month}/events`, 1];
  }
  if (path === '/economic-returns') return [`${department}/economic-returns/${String(body.enterpriseId)}/${String(body.month)}/events`, 1];
  // a safety department's monthly tally is named by its month
  if (path === '/monthly-tallies') return [`${department}/monthly-tallies/${String(body.month)}/events`, 1];
  const [collection, id] = path.split('/').slice(1);
  // a creating command names its record by the first `…Id` of its body
  const recordId = id ?? Object.entries(body).find(([field]) => field.endsWith('Id'))?.[1];
  return [`${department}/${collection}/${String(recordId)}/events`, 1];
};

const expectedHistories = () => {
  const histories = new Map<string, number>();
  // the committee office's calendar is loaded only where the office service runs (not here)
  for (const record of demoWaves().flat()) {
    if (record.department === 'office') continue;
    for (const { path, body } of record.steps) {
      const [url, events] = streamOf(record.department, path, body);
      histories.set(url, (histories.get(url) ?? 0) + events);
    }
  }
  return histories;
};

async function query<Row extends object>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Each expected figure recomputed from the events: folded per record, contributions summed. */
function figuresFrom(events: readonly EventEnvelope[], year: number, expected: readonly ExpectedFigure[]): ExpectedFigure[] {
  const rows = new Map<string, { kind: string; row: unknown }>();
  for (const event of [...events].sort((a, b) => a.streamId.localeCompare(b.streamId) || a.streamVersion - b.streamVersion)) {
    for (const projection of allProjections.filter((p) => p.eventTypes.includes(event.type))) {
      const key = `${projection.kind}|${projection.recordIdOf(event)}`;
      rows.set(key, { kind: projection.kind, row: projection.evolve(rows.get(key)?.row ?? null, event) });
    }
  }
  const projectionOf = new Map(allProjections.map((projection) => [projection.kind, projection]));
  const contributions = [...rows.values()].flatMap(({ kind, row }) =>
    row === null ? [] : (projectionOf.get(kind)?.contributions(row) ?? []),
  );
  return expected.map(({ figure, dims = {} }) => {
    const stock = figureNamed(figure)?.kind === 'stock';
    const value = contributions
      .filter((c) => c.figure === figure && Object.entries(dims).every(([k, v]) => c.dims[k] === v))
      .filter((c) => (stock ? Number(c.period.slice(0, 4)) <= year : Number(c.period.slice(0, 4)) === year))
      .reduce((sum, c) => sum + c.value, 0);
    return { figure, ...(Object.keys(dims).length > 0 ? { dims } : {}), value };
  });
}

const withoutNotes = (figures: readonly ExpectedFigure[]) => figures.map(({ note: _note, ...figure }) => figure);

describe('three department services with empty databases', () => {
  const services = new Map<Department, { running: RunningService; databaseUrl: string }>();
  const databaseOf = (department: Department) => services.get(department)?.databaseUrl ?? '';
  let targets: DemoTargets;
  let first: DemoLoadResult;
  let rowsAfterFirst: number[];

  const eventRows = () =>
    Promise.all(DEPARTMENTS.map(async (d) => Number((await query<{ n: string }>(databaseOf(d), 'select count(*) as n from event_store.events'))[0].n)));
  const recordedEvents = async () =>
    (
      await Promise.all(
        DEPARTMENTS.map((d) => query<StoredEventColumns>(databaseOf(d), `select ${EVENT_COLUMNS} from event_store.events order by global_position`)),
      )
    ).flatMap((rows) => rows.map(storedEnvelope));

  beforeAll(async () => {
    const topicPrefix = `e2e-demo-${randomSuffix()}.`; // keeps this run's events off other tests' topics
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const databaseUrl = await stack.createDatabase(`e2e_demo_${department}_${randomSuffix()}`);
        const running = spawnService(department, {
          ...stack.serviceEnv(department),
          DATABASE_URL: databaseUrl,
          KAFKA_TOPIC_PREFIX: topicPrefix,
        });
        services.set(department, { running, databaseUrl });
      }),
    );
    try {
      await Promise.all([...services.values()].map(({ running }) => waitForStatus(`${running.url}/health/ready`, 200, 120_000)));
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${[...services.values()].map(({ running }) => `[${running.name}] ${running.output()}`).join('\n')}`);
    }
    const of = (pick: (department: Department) => string) =>
      Object.fromEntries(DEPARTMENTS.map((department) => [department, pick(department)])) as Record<Department, string>;
    targets = {
      urls: of((department) => services.get(department)?.running.url ?? ''),
      tokens: of((department) => stack.token({ roles: ['submitter'], department, sub: `demo-clerk-${department}` })),
    };
    first = await loadDemo(targets);
    rowsAfterFirst = await eventRows();
  }, 600_000);

  afterAll(async () => {
    await Promise.all([...services.values()].map(({ running }) => running.stop()));
  });

  it('records every record of the demo with its whole history', async () => {
    const readerToken = stack.token({ roles: ['reader'] });
    const histories = expectedHistories();
    for (const [url, expected] of histories) {
      const [department, ...path] = url.split('/');
      const response = await fetch(`${targets.urls[department as Department]}/${path.join('/')}`, {
        headers: { authorization: `Bearer ${readerToken}` },
      });
      const events = response.status === 200 ? ((await response.json()) as unknown[]).length : `status ${response.status}`;
      expect({ url, events }).toEqual({ url, events: expected });
    }
    const returns = demoWaves().flat().flatMap((r) => r.steps).filter((s) => s.path.endsWith('/bulk'));
    const returnCount = returns.reduce((n, s) => n + (s.body.returns as unknown[]).length, 0);
    const total = [...histories.values()].reduce((a, b) => a + b, 0) - returns.length + returnCount;
    expect(rowsAfterFirst.reduce((a, b) => a + b, 0)).toBe(total);
    expect(first.events).toBe(total);
  });

  it('gives, from the events recorded, every figure the seed states for 2014 and 2013', async () => {
    const events = await recordedEvents();
    expect(figuresFrom(events, 2014, expected2014)).toEqual(withoutNotes(expected2014));
    expect(figuresFrom(events, 2013, expected2013)).toEqual(withoutNotes(expected2013));
  });

  it('shows the uncorrected compensation as known before the corrections', async () => {
    const before = (await recordedEvents()).filter((event) => Date.parse(event.recordedAt) < Date.parse(first.correctionsFrom));
    expect(figuresFrom(before, 2014, expected2014BeforeCorrections)).toEqual(withoutNotes(expected2014BeforeCorrections));
  });

  it('appends nothing when loaded a second time, and answers as the first time', async () => {
    const second = await loadDemo(targets);
    expect(await eventRows()).toEqual(rowsAfterFirst);
    expect({ requests: second.requests, events: second.events }).toEqual({ requests: first.requests, events: first.events });
  }, 600_000);
});
