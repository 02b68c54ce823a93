// A relay as its own process, for crash tests:
// DATABASE_URL=… KAFKA_BROKERS=… [PARK_FAILPOINTS=relay-after-send] node -r @swc-node/register run-relay.ts
import { Pool } from 'pg';
import { createKafka } from '../kafka/create-kafka';
import { OutboxRelay } from '../relay/outbox-relay';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 4 });
const relay = new OutboxRelay({
  database: pool,
  kafka: createKafka({ brokers: env('KAFKA_BROKERS').split(','), clientId: 'run-relay' }),
  batchSize: Number(process.env['RELAY_BATCH_SIZE'] ?? 100),
  pollIntervalMs: 200,
  leaderRetryMs: 200,
});
relay.start();

process.once('SIGTERM', () => {
  void relay
    .stop()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
