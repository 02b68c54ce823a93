import { Partitioners } from 'kafkajs';
import { publishedAsDepartment } from '@park-ledger/messaging';
import type { EventEnvelope } from '@park-ledger/contracts';
import type { RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { recordEvents } from './generated-events';
import { oracleFigures, readAllEvents, settledFigures } from './oracle';
import { committed, readerToken, reportingSetup, startReportingProcess, type ReportingSetup } from './reporting-process';

// written as the departments' relays would: signed with their keys, which reporting verifies
const published = publishedAsDepartment((department) => stack.eventSigningKey(department));

jest.setTimeout(400_000);

describe('one reporting instance, and a second one started and stopped again and again under load', () => {
  let setup: ReportingSetup;
  let first: RunningService | undefined;
  let second: RunningService | undefined;
  const tag = `scale${randomSuffix()}`;
  const zones = [`${tag}-a`, `${tag}-b`];
  let produced = 0;

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('shares the partitions, loses nothing and counts nothing twice: figures equal the oracle', async () => {
    setup = await reportingSetup();
    first = await startReportingProcess(setup);
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

    for (let round = 0; round < 3; round++) {
      second = await startReportingProcess(setup);
      const url = second.url;
      await waitFor(async () => /consumer_applied_total\{[^}]*\} [1-9]/.test(await fetch(`${url}/metrics`).then((r) => r.text())), {
        timeoutMs: 60_000,
        intervalMs: 200,
        what: 'the second instance applying events of its partitions',
      });
      await second.stop();
      second = undefined;
    }
    producing = false;
    await load;
    await producer.disconnect();

    await waitFor(async () => (await committed(setup)) === produced, { timeoutMs: 240_000, intervalMs: 500, what: 'all offsets committed' });
    const all = await readAllEvents(setup.kafka, setup.topics);
    expect(all).toHaveLength(produced);
    for (const year of [2013, 2014]) {
      const expected = oracleFigures(all, year, zones);
      expect(await settledFigures(first!.url, readerToken(), year, zones, expected)).toEqual(expected);
    }
  });
});
