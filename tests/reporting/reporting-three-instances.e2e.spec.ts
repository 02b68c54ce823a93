import { Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { publishedAsDepartment } from '@park-ledger/messaging';
import type { EventEnvelope } from '@park-ledger/contracts';
import type { RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { recordEvents } from './generated-events';
import { oracleFigures, readAllEvents, settledFigures } from './oracle';
import { committed, endOffsets, readerToken, reportingSetup, startReportingProcess, type ReportingSetup } from './reporting-process';

// written as the departments' relays would: signed with their keys, which reporting verifies
const published = publishedAsDepartment((department) => stack.eventSigningKey(department));

jest.setTimeout(500_000);

const metrics = (s: RunningService) => fetch(`${s.url}/metrics`).then((r) => r.text(), () => '');
/** consumer_applied_total summed over its labels (0 when the instance does not answer). */
const applied = async (s: RunningService) =>
  [...(await metrics(s)).matchAll(/^consumer_applied_total(?:\{[^}]*\})? (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
/** consumer_lag summed over the partitions the instance owns (it exports only those). */
const lag = async (s: RunningService) =>
  [...(await metrics(s)).matchAll(/^consumer_lag\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

describe('three reporting instances joining and leaving under load', () => {
  let setup: ReportingSetup;
  const running = new Set<RunningService>();
  const tag = `three${randomSuffix()}`;
  const zones = [`${tag}-a`, `${tag}-b`, `${tag}-c`];
  let produced = 0;

  afterAll(async () => {
    await Promise.all([...running].map((s) => s.stop()));
  });

  const start = async () => {
    const s = await startReportingProcess(setup);
    running.add(s);
    return s;
  };
  /** Waits until the instance has applied events beyond `from` (it owns partitions and works them). */
  const working = (s: RunningService, from: number, what: string) =>
    waitFor(async () => (await applied(s)) > from, { timeoutMs: 90_000, intervalMs: 250, what });

  it('one, then three, one killed, one stopped and started again: figures equal the oracle, nothing twice, lag 0', async () => {
    setup = await reportingSetup();
    const first = await start();
    const producer = setup.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
    await producer.connect();
    const topicOf = (e: EventEnvelope) => setup.topics.find((t) => t.includes(`.${e.department}.`))!;
    let producing = true;
    const load = (async () => {
      for (let i = 0; producing; i += 20) {
        const events = Array.from({ length: 20 }, (_, k) => recordEvents(i + k, zones, tag)).flat();
        await producer.sendBatch({
          acks: -1,
          topicMessages: setup.topics.map((topic) => ({ topic, messages: events.filter((e) => topicOf(e) === topic).map(published) })),
        });
        produced += events.length;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await working(first, 0, 'the first instance applying');

    // two more join while events flow: the group spreads the nine partitions over three
    const [second, third] = await Promise.all([start(), start()]);
    await Promise.all([working(second, 0, 'the second instance applying'), working(third, 0, 'the third instance applying')]);

    // kill -9 of one: its partitions move to the others after the session timeout
    second.child.kill('SIGKILL');
    await new Promise((resolve) => second.child.once('exit', resolve));
    running.delete(second);
    const [a, c] = await Promise.all([applied(first), applied(third)]);
    await Promise.all([working(first, a, 'the first instance working on after the kill'), working(third, c, 'the third instance working on after the kill')]);

    // one leaves cleanly, then comes back
    await third.stop();
    running.delete(third);
    const f = await applied(first);
    await working(first, f, 'the first instance alone');
    const back = await start();
    await working(back, 0, 'the restarted instance applying');

    producing = false;
    await load;
    await producer.disconnect();
    process.stdout.write(`three instances: ${produced} events produced\n`);

    // every event consumed and committed; each remaining instance's lag back to 0
    await waitFor(async () => (await committed(setup)) === produced, { timeoutMs: 240_000, intervalMs: 500, what: 'all offsets committed' });
    expect(await endOffsets(setup)).toBe(produced);
    await waitFor(async () => (await lag(first)) + (await lag(back)) === 0, { timeoutMs: 60_000, intervalMs: 500, what: 'consumer_lag 0 on both instances' });

    // the figures equal the oracle's (a double count would exceed it), read from both instances
    const all = await readAllEvents(setup.kafka, setup.topics);
    expect(all).toHaveLength(produced);
    for (const year of [2013, 2014]) {
      const expected = oracleFigures(all, year, zones);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(await settledFigures(first.url, readerToken(), year, zones, expected)).toEqual(expected);
      expect(await settledFigures(back.url, readerToken(), year, zones, expected)).toEqual(expected);
    }
    const db = new Client({ connectionString: setup.env['DATABASE_URL'] });
    await db.connect();
    try {
      expect((await db.query('select count(*)::int as n from consumer.parked_events')).rows).toEqual([{ n: 0 }]);
    } finally {
      await db.end();
    }
  });
});
