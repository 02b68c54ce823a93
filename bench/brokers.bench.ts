// Produce latency with acks=all on the single local broker vs the 3-broker KRaft cluster
// (RF 3, min.insync.replicas 2), in one run: the stack is switched to the cluster and back.
// Each side: a fresh topic of 6 partitions, 50 warm-up sends, then ROUNDS sequential sends of one
// 1 KB message (idempotent producer, as the relay), latency per send; then a throughput round of
// 200 batches of 100 messages.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { stack } from '@park-ledger/test-support';

const ROUNDS = Number(process.env['ROUNDS'] ?? 500);
const value = 'x'.repeat(1024);
const cluster = (stack as unknown as { up(o: { brokers: number }): Promise<unknown> });

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(label: string) {
  const kafka = new Kafka({ clientId: 'bench-brokers', brokers: stack.connection().kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `bench-brokers-${randomUUID().slice(0, 8)}`;
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] });
  // a broker just started may not know the topic for a moment
  let meta: Awaited<ReturnType<typeof admin.fetchTopicMetadata>> | undefined;
  for (let attempt = 0; !meta; attempt++) {
    meta = await admin.fetchTopicMetadata({ topics: [topic] }).catch((e) => {
      if (attempt > 60) throw e;
      return new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 500));
    });
    if (meta && meta.topics[0].partitions.some((p) => p.leader < 0)) meta = undefined;
  }
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const send = (i: number) => producer.send({ topic, acks: -1, messages: [{ key: `k${i}`, value }] });
  for (let i = 0; i < 50; i++) await send(i);
  const latencies: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.hrtime.bigint();
    await send(i);
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const t0 = Date.now();
  for (let b = 0; b < 200; b++) {
    await producer.send({ topic, acks: -1, messages: Array.from({ length: 100 }, (_, i) => ({ key: `b${b}-${i}`, value })) });
  }
  const rate = 20_000 / ((Date.now() - t0) / 1000);
  await producer.disconnect();
  latencies.sort((a, b) => a - b);
  return { label, rf: meta.topics[0].partitions[0].replicas.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), rate };
}

async function main() {
  const rows = [];
  await cluster.up({ brokers: 1 });
  rows.push(await measure('1 broker'));
  await cluster.up({ brokers: 3 });
  rows.push(await measure('3 brokers (min ISR 2)'));
  await cluster.up({ brokers: 1 });
  console.log(`\nproduce, acks=all, idempotent, 1 KB messages (${ROUNDS} sequential sends; 200 batches of 100)`);
  console.log('| Kafka | RF | p50 ms | p99 ms | batched msgs/s |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.label} | ${r.rf} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${Math.round(r.rate)} |`);
  console.log(`| ratio 3/1 | | ${(rows[1].p50 / rows[0].p50).toFixed(2)} | ${(rows[1].p99 / rows[0].p99).toFixed(2)} | ${(rows[1].rate / rows[0].rate).toFixed(2)} |`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
