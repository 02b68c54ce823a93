import { Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { publishedAsDepartment } from '@park-ledger/messaging';
import type { EventEnvelope } from '@park-ledger/contracts';
import type { RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { recordEvents } from './generated-events';
import { oracleFigures, readAllEvents, settledFigures } from './oracle';
import { committed, readerToken, reportingSetup, startReportingProcess, type ReportingSetup } from './reporting-process';

const published = publishedAsDepartment((department) => stack.eventSigningKey(department));

jest.setTimeout(600_000);

/**
 * A rebuild outlives the instance driving it: two reporting processes, the rebuild paced so it takes
 * a while; the driver is killed (-9) at 30 %, 60 % and 90 % and a new process started each time; the
 * survivor takes the rebuild over from its applied positions, and the rebuilt version equals the
 * oracle, every event applied once.
 */
describe('a rebuild whose driving instance is killed at 30, 60 and 90 percent', () => {
  let setup: ReportingSetup;
  const instances: RunningService[] = [];
  const tag = `takeover${randomSuffix()}`;
  const zones = [`${tag}-a`, `${tag}-b`];
  const admin = () => ({ authorization: `Bearer ${stack.token({ roles: ['admin'], sub: 'ops-admin' })}` });
  const live = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
  const status = async () => {
    for (const instance of live()) {
      const res = await fetch(`${instance.url}/admin/rebuild`, { headers: admin() }).catch(() => undefined);
      if (res?.status === 200) return (await res.json()) as { activeVersion: number; rebuild: { status: string; percent: number; driver: string | null; takeovers: number; applied: number; total: number } };
    }
    throw new Error('no reporting instance answers');
  };

  afterAll(async () => {
    if (process.env.TAKEOVER_DEBUG) {
      console.log(JSON.stringify(await status().catch((e) => String(e))));
      for (const i of instances) console.log(`---- ${i.child.pid}\n${i.output().slice(-6000)}`);
    }
    await Promise.all(instances.map((i) => i.stop()));
  });

  it('is taken over each time and switches to a version equal to the oracle, each event applied once', async () => {
    setup = await reportingSetup();
    setup.env.REBUILD_TAKEOVER_SECONDS = '5';
    setup.env.REBUILD_MAX_EVENTS_PER_SECOND = '150';
    const producer = setup.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
    await producer.connect();
    const topicOf = (e: EventEnvelope) => setup.topics.find((t) => t.includes(`.${e.department}.`))!;
    const events = Array.from({ length: 3000 }, (_, i) => recordEvents(i, zones, tag)).flat();
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500);
      await producer.sendBatch({
        acks: -1,
        topicMessages: setup.topics.map((topic) => ({ topic, messages: chunk.filter((e) => topicOf(e) === topic).map(published) })),
      });
    }
    await producer.disconnect();

    instances.push(await startReportingProcess(setup), await startReportingProcess(setup));
    await waitFor(async () => (await committed(setup)) === events.length, { timeoutMs: 240_000, intervalMs: 500, what: 'the live version applied' });

    const started = await fetch(`${instances[0].url}/admin/rebuild`, { method: 'POST', headers: admin() });
    expect(started.status).toBe(202);
    const drivers: string[] = [];
    for (const percent of [30, 60, 90]) {
      const at = await waitFor(
        async () => {
          const s = await status();
          return s.rebuild.status === 'building' && s.rebuild.percent >= percent && s.rebuild.driver ? s : undefined;
        },
        { timeoutMs: 180_000, intervalMs: 200, what: `the rebuild at ${percent} %, driven` },
      );
      const pid = Number(at.rebuild.driver!.split(':')[1]); // host:pid:tag
      const driver = live().find((i) => i.child.pid === pid);
      expect(driver).toBeDefined();
      drivers.push(at.rebuild.driver!);
      driver!.child.kill('SIGKILL');
      instances.push(await startReportingProcess(setup));
    }

    const done = await waitFor(
      async () => {
        const s = await status();
        return ['active', 'failed'].includes(s.rebuild.status) ? s : undefined;
      },
      { timeoutMs: 300_000, intervalMs: 500, what: 'the rebuild to finish' },
    );
    expect(done).toMatchObject({ activeVersion: 2, rebuild: { status: 'active' } });
    // three kills, three takeovers at least (a driver slower than 5 s to report on a loaded machine is taken over too)
    expect(done.rebuild.takeovers).toBeGreaterThanOrEqual(3);
    expect(new Set(drivers).size).toBe(3);
    expect(drivers).not.toContain(done.rebuild.driver);

    const db = new Client({ connectionString: setup.env.DATABASE_URL });
    await db.connect();
    try {
      const [{ applied }] = (await db.query('select count(*)::int as applied from reporting_v2.events')).rows;
      expect(applied).toBe(events.length);
      // each event's contribution counted once: the totals are the sums of the current contributions
      const mismatched = await db.query(`
        select figure, period, dims, sum(value) from reporting_v2.contributions where recorded_to is null group by 1, 2, 3
        except select figure, period, dims, value from reporting_v2.figure_totals where value <> 0`);
      expect(mismatched.rows).toEqual([]);
    } finally {
      await db.end();
    }
    const all = await readAllEvents(setup.kafka, setup.topics);
    expect(all).toHaveLength(events.length);
    for (const year of [2013, 2014]) {
      const expected = oracleFigures(all, year, zones);
      expect(await settledFigures(live()[0].url, readerToken(), year, zones, expected)).toEqual(expected);
    }
  });
});
