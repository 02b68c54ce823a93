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

jest.setTimeout(300_000);

describe('a reporting instance killed with SIGKILL in the middle of its batches', () => {
  let setup: ReportingSetup;
  let running: RunningService | undefined;
  const tag = `crash${randomSuffix()}`;
  const zones = [`${tag}-a`, `${tag}-b`, `${tag}-c`];
  const events: EventEnvelope[] = Array.from({ length: 1500 }, (_, i) => recordEvents(i, zones, tag)).flat();

  beforeAll(async () => {
    setup = await reportingSetup();
    const producer = setup.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
    await producer.connect();
    const topicOf = (e: EventEnvelope) => setup.topics.find((t) => t.includes(`.${e.department}.`))!;
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500);
      await producer.sendBatch({
        acks: -1,
        topicMessages: setup.topics.map((topic) => ({ topic, messages: chunk.filter((e) => topicOf(e) === topic).map(published) })),
      });
    }
    await producer.disconnect();
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('is restarted and ends with the figures the oracle computes from all events', async () => {
    running = await startReportingProcess(setup);
    await waitFor(async () => {
      const n = await committed(setup);
      return n > 200 && n < events.length;
    }, { timeoutMs: 120_000, intervalMs: 20, what: 'the consumer partway through the topics' });
    running.child.kill('SIGKILL');
    await running.stop();

    running = await startReportingProcess(setup);
    await waitFor(async () => (await committed(setup)) === events.length, { timeoutMs: 240_000, intervalMs: 500, what: 'all offsets committed' });

    const all = await readAllEvents(setup.kafka, setup.topics);
    for (const year of [2013, 2014]) {
      const expected = oracleFigures(all, year, zones);
      expect(Object.keys(expected).length).toBeGreaterThan(3);
      expect(await settledFigures(running!.url, readerToken(), year, zones, expected)).toEqual(expected);
    }
  });
});
