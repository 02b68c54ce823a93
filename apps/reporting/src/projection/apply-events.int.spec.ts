import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@park-ledger/contracts';
import { createConsumerTables, createKafka, ensureTopics, ExactlyOnceConsumer, toKafkaMessage } from '@park-ledger/messaging';
import { Partitioners, type Kafka } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { eventRegistry } from '../consumer/event-registry';
import { createReadModelTables } from '../read-model/read-model-tables';
import { reportingMigrations } from '../read-model/reporting-migrations';
import { compensated, reported, resetToyStreams, toyIncidents, voided, zoneCorrected } from '../testing/toy-projection';
import { stack, waitFor } from '../testing/reporting-harness';
import { applyEvents } from './apply-events';
import { ProjectionIndex } from './projection-index';

const index = new ProjectionIndex([toyIncidents as never]);
const quiet = { warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };
const recorded = (day: number) => `2015-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;

/** Every row of a read-model version, without surrogate ids and application times. */
const readModel = async (db: DataSource, schema: string) => ({
  events: await db.query(`select event_id, type, stream_id, stream_version, recorded_at, payload from ${schema}.events order by event_id`),
  versions: await db.query(`select kind, record_id, row, recorded_from, recorded_to from ${schema}.record_versions order by kind, record_id, recorded_from`),
  links: await db.query(`select kind, record_id, event_id from ${schema}.record_events order by 1, 2, 3`),
  contributions: await db.query(
    `select kind, record_id, figure, period, dims, value, recorded_from, recorded_to from ${schema}.contributions
      order by kind, record_id, recorded_from, figure, period, dims::text`,
  ),
  totals: await db.query(`select figure, period, dims, value from ${schema}.figure_totals order by 1, 2, dims::text`),
});

describe('incidents reported, corrected, compensated and voided, delivered with a duplicate and out of order', () => {
  let db: DataSource;
  let kafka: Kafka;
  let topic: string;
  const consumers: ExactlyOnceConsumer[] = [];
  const dbName = `rep_batch_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const applied = { perEvent: 0, batch: 0 };

  beforeAll(async () => {
    resetToyStreams();
    db = await new DataSource({ type: 'postgres', url: await stack.createDatabase(dbName), migrations: reportingMigrations, migrationsRun: true }).initialize();
    await createReadModelTables(db.manager, 2);
    await createConsumerTables(db.manager, 'batch_consumer');
    kafka = createKafka({ brokers: stack.connection().kafkaBrokers, clientId: 'apply-events-test', logger: quiet });
    topic = `rep-batch-${randomUUID()}`;
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic], { partitions: 1 }).finally(() => admin.disconnect());

    const a1 = reported('a', 'chengbei', '2014-03-10T02:00:00Z', recorded(1));
    const b1 = reported('b', 'chengbei', '2014-04-10T02:00:00Z', recorded(2));
    const a2 = zoneCorrected('a', 'fucheng', '2014-03-10T02:00:00Z', recorded(3));
    const b2 = compensated('b', 8000, '2014-05-01T02:00:00Z', recorded(4));
    const a3 = compensated('a', 5000, '2014-06-01T02:00:00Z', recorded(5));
    const b3 = voided('b', '2014-07-01T02:00:00Z', recorded(6));
    const c1 = reported('c', 'salt', '2014-03-20T02:00:00Z', recorded(7));
    const c2 = voided('c', '2014-03-21T02:00:00Z', recorded(8));
    const delivered: EventEnvelope[] = [a1, b1, a1, a3, a2, b2, b3, c1, c2, b2];
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: delivered.map(toKafkaMessage) });
    await producer.disconnect();

    const common = { kafka, topics: [topic], dataSource: db, eventRegistry, createTopics: false as const, logger: quiet };
    consumers.push(
      new ExactlyOnceConsumer({
        ...common,
        groupId: `per-event-${randomUUID()}`,
        // one event at a time: the batch path with batches of one
        handler: async (event, tx) => {
          applied.perEvent += (await applyEvents(tx, 'reporting_v1', index, [event])).length;
        },
      }),
      new ExactlyOnceConsumer({
        ...common,
        groupId: `batch-${randomUUID()}`,
        schema: 'batch_consumer',
        chunkSize: 4,
        // the per-event fallback refuses, so an event that did not go through the batch path shows up parked
        handler: async () => {
          throw new Error('the batch path was not taken');
        },
        handleBatch: async (events, tx) => {
          applied.batch += (await applyEvents(tx, 'reporting_v2', index, events)).length;
        },
      }),
    );
    for (const consumer of consumers) await consumer.start();
    await waitFor(async () => applied, (n) => n.perEvent === 8 && n.batch === 8, { what: 'both paths to apply the 8 events' });
  });

  afterAll(async () => {
    for (const consumer of consumers) await consumer.stop();
    await db?.destroy();
    const client = new Client({ connectionString: stack.connection().databaseUrl });
    await client.connect();
    await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end());
  });

  it('leaves chunks of 4 with the same read model as one event at a time', async () => {
    const [perEvent, batch] = [await readModel(db, 'reporting_v1'), await readModel(db, 'reporting_v2')];
    expect(batch).toEqual(perEvent);
    expect(perEvent.events).toHaveLength(8);
    expect(perEvent.versions.length).toBeGreaterThan(4);
  });

  it('parks nothing on either path', async () => {
    expect(await db.query('select count(*)::int as n from consumer.parked_events')).toEqual([{ n: 0 }]);
    expect(await db.query('select count(*)::int as n from batch_consumer.parked_events')).toEqual([{ n: 0 }]);
  });

  it('nets the voided and the moved incidents out of the totals', async () => {
    const totals = await db.query(`select figure, dims->>'zoneId' as zone, period, value::int from reporting_v2.figure_totals where value <> 0 order by 1, 2, 3`);
    expect(totals).toEqual([
      { figure: 'toy.compensation', zone: 'fucheng', period: '2014-06', value: 5000 },
      { figure: 'toy.incidents', zone: 'fucheng', period: '2014-03', value: 1 },
      { figure: 'toy.incidentsToDate', zone: 'fucheng', period: '2014-03', value: 1 },
    ]);
  });
});
