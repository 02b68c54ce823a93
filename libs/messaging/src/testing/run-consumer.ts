// An ExactlyOnceConsumer on the probe read model as its own process, for crash tests:
// DATABASE_URL=… KAFKA_BROKERS=… GROUP_ID=… TOPICS=a,b [PARK_FAILPOINTS=consumer-after-db-commit]
import { DataSource } from 'typeorm';
import { ExactlyOnceConsumer } from '../consumer/exactly-once-consumer';
import { createKafka } from '../kafka/create-kafka';
import { probeRegistry } from './probe-events';
import { probeHandler } from './probe-read-model';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main() {
  const dataSource = await new DataSource({ type: 'postgres', url: env('DATABASE_URL'), poolSize: 4 }).initialize();
  const consumer = new ExactlyOnceConsumer({
    kafka: createKafka({ brokers: env('KAFKA_BROKERS').split(','), clientId: 'run-consumer' }),
    groupId: env('GROUP_ID'),
    topics: env('TOPICS').split(','),
    dataSource,
    eventRegistry: probeRegistry,
    handler: probeHandler,
    sessionTimeoutMs: 6000,
    chunkSize: Number(process.env['CHUNK_SIZE'] ?? 50),
  });
  await consumer.start();
  process.once('SIGTERM', () => {
    void consumer
      .stop()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((e) => {
  process.stderr.write(`run-consumer failed: ${e}\n`);
  process.exit(1);
});
