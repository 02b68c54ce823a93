import type { EventEnvelope } from '@park-ledger/contracts';
import { startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';
import { reported, resetToyStreams, toyCatalogue, toyIncidents, zoneCorrected } from '../testing/toy-projection';

const zones = ['chengbei', 'fucheng', 'salt'];
const at = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-15T02:00:00.000Z`;

/** n incidents spread over 2013 and 2014 and the zones, every fifth one later moved to another zone. */
function incidents(from: number, n: number): EventEnvelope[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const id = `i${i}`;
    const first = reported(id, zones[i % 3], at(2013 + (i % 2), 1 + (i % 12)));
    return i % 5 === 0 ? [first, zoneCorrected(id, zones[(i + 1) % 3], at(2015, 1))] : [first];
  }).flat();
}

/** What the figures must be: each incident counted once, in its last zone, in its year. */
function expected(events: readonly EventEnvelope[], year: number): Record<string, number> {
  const zoneOf = new Map<string, { zone: string; year: number }>();
  for (const e of events) {
    const { incidentId, zoneId } = e.payload as { incidentId: string; zoneId: string };
    const known = zoneOf.get(incidentId);
    zoneOf.set(incidentId, { zone: zoneId, year: known?.year ?? Number(e.occurredAt.slice(0, 4)) });
  }
  const counts: Record<string, number> = {};
  for (const { zone, year: y } of zoneOf.values()) if (y === year) counts[zone] = (counts[zone] ?? 0) + 1;
  return counts;
}

describe('a live read model of 600 incidents, rebuilt while queries run and events keep coming', () => {
  let service: ReportingUnderTest;
  const produced: EventEnvelope[] = [];
  const failures: string[] = [];
  let queries = 0;
  let querying = true;
  let queryLoop: Promise<void>;

  const byZone = async () => {
    const res = await service.get('/figures?year=2014&figure=toy.incidents&groupBy=zoneId');
    if (res.status !== 200) throw new Error(`status ${res.status}: ${JSON.stringify(res.body)}`);
    const [figure] = res.body.figures;
    return Object.fromEntries(figure.breakdown.map((p: { dims: { zoneId: string }; value: number }) => [p.dims.zoneId, p.value]));
  };
  const produce = async (events: EventEnvelope[]) => {
    produced.push(...events);
    await service.produce(events);
  };
  const allApplied = async () => {
    const [{ version }] = await service.sql('select version from reporting.active_version');
    const [{ count }] = await service.sql(`select count(*)::int from reporting_v${version}.events`);
    return count === produced.length;
  };

  beforeAll(async () => {
    resetToyStreams();
    service = await startReporting({ projections: [toyIncidents as never], catalogue: toyCatalogue });
    await produce(incidents(0, 600));
    await service.produceRaw('safety', [{ key: 'poison', value: '{"not": json' }]);
    await waitFor(allApplied, Boolean, { what: 'the history applied' });
    queryLoop = (async () => {
      while (querying) {
        await byZone().then(
          () => queries++,
          (e: Error) => failures.push(e.message),
        );
      }
    })();
  });

  afterAll(async () => {
    querying = false;
    await queryLoop;
    await service?.close();
  });

  it('builds the new version beside the live one, reports progress, switches, and no query fails', async () => {
    const started = await service.post('/admin/rebuild');
    expect(started).toEqual({ status: 202, body: { version: 2, status: 'building' } });
    expect((await service.post('/admin/rebuild')).status).toBe(409);
    await produce(incidents(600, 60));

    const seen = new Set<string>();
    const done = await waitFor(
      async () => (await service.get('/admin/rebuild', 'admin')).body,
      (s) => {
        seen.add(s.rebuild.status);
        return ['active', 'failed'].includes(s.rebuild.status);
      },
      { what: 'the rebuild to finish', intervalMs: 100 },
    );
    expect(done).toMatchObject({ activeVersion: 2, rebuild: { version: 2, status: 'active', percent: 100, etaSeconds: 0 } });
    expect(done.rebuild.total).toBeGreaterThanOrEqual(600);
    expect(seen.has('building') || seen.has('switching')).toBe(true);

    await produce(incidents(660, 30));
    await waitFor(allApplied, Boolean, { what: 'every event applied to version 2' });
    expect(failures).toEqual([]);
    expect(queries).toBeGreaterThan(2); // queries ran throughout; how many depends on the machine's speed
  });

  it('answers from the rebuilt version with the figures the events make', async () => {
    expect(await byZone()).toEqual(expected(produced, 2014));
    const [{ version }] = await service.sql('select version from reporting.active_version');
    expect(version).toBe(2);
  });

  it('has every event the live version had, and totals that are the sums of the current contributions', async () => {
    const [{ missing }] = await service.sql(`
      select count(*)::int as missing from reporting_v1.events a
       where not exists (select 1 from reporting_v2.events b where b.event_id = a.event_id)`);
    expect(missing).toBe(0);
    const mismatched = await service.sql(`
      select figure, period, dims, sum(value) from reporting_v2.contributions where recorded_to is null group by 1, 2, 3
      except select figure, period, dims, value from reporting_v2.figure_totals where value <> 0`);
    expect(mismatched).toEqual([]);
  });

  it('shows what the rebuild parked, beside what the live consumer parked', async () => {
    const { body: status } = await service.get('/admin/rebuild', 'admin');
    expect(status.rebuild.parked).toBe(1);
    const { status: code, body } = await service.get('/admin/parked?rebuild=2', 'admin');
    expect(code).toBe(200);
    expect(body.total).toBe(1);
    expect(body.parked[0]).toMatchObject({ key: 'poison', topic: service.topics.safety, reason: expect.stringMatching(/^invalid-envelope/) });
    expect((await service.get('/admin/parked', 'admin')).body.parked.map((p: { key: string }) => p.key)).toEqual(['poison']);
    expect((await service.get('/admin/parked?rebuild=9', 'admin')).status).toBe(404);
  });

  it('is an admin operation', async () => {
    expect((await service.post('/admin/rebuild', 'reader')).status).toBe(403);
    expect((await service.get('/admin/rebuild', 'reader')).status).toBe(403);
  });
});
