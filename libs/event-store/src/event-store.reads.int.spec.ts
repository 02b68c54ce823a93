import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventStore } from './event-store';
import { freshEventStoreDatabase, metadata, tally, tallyStore } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_reads');
  store = tallyStore(dataSource);
  await store.handle(tally, 'tally-a', { type: 'Open', name: 'a' }, { metadata });
  await store.handle(tally, 'tally-b', { type: 'Open', name: 'b' }, { metadata: { ...metadata, causationId: 'cmd-9' } });
  await store.handle(tally, 'tally-a', { type: 'Count', amounts: Array.from({ length: 100 }, (_, i) => i + 1) }, { metadata });
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

describe('a store with tally-a (101 events) and tally-b (1 event)', () => {
  it('reads a stream in version order, from a given version', async () => {
    const all = await store.readStream('tally-a');
    expect(all.map((e) => e.streamVersion)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    const tail = await store.readStream('tally-a', { fromVersion: 100 });
    expect(tail.map((e) => [e.streamVersion, e.payload])).toEqual([[100, { amount: 99 }], [101, { amount: 100 }]]);
    expect(await store.readStream('tally-none')).toEqual([]);
  });

  it('reads back the envelope exactly as it was returned on append', async () => {
    const [opened] = await store.readStream('tally-b');
    expect(opened).toEqual({
      eventId: expect.any(String), type: 'TallyOpened', schemaVersion: 1, streamId: 'tally-b', streamVersion: 1,
      occurredAt: '2014-05-01T01:30:00.000Z', recordedAt: expect.any(String), department: 'projects',
      actor: 'clerk-7', correlationId: 'corr-1', causationId: 'cmd-9', payload: { name: 'b' },
    });
    const [outbox] = await dataSource.query(
      `select topic, message_key, envelope from event_store.outbox where event_id = $1`, [opened.eventId]);
    expect(outbox).toEqual({ topic: 'park.projects.events', message_key: 'tally-b', envelope: opened });
  });

  it('folds a stream into state and version', async () => {
    expect(await store.aggregateStream(tally, 'tally-a')).toEqual({ state: { status: 'Open', total: 5050 }, version: 101 });
  });

  it('queues outbox rows in stream order', async () => {
    const rows = await dataSource.query(
      `select (envelope->>'streamVersion')::int as version from event_store.outbox
       where message_key = 'tally-a' order by position`);
    expect(rows.map((r: { version: number }) => r.version)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
  });

  it('pages through everything by global position', async () => {
    const first = await store.readAll({ limit: 2 });
    expect(first.map((p) => [p.event.streamId, p.event.streamVersion])).toEqual([['tally-a', 1], ['tally-b', 1]]);
    const rest = await store.readAll({ fromPosition: first[1].globalPosition + 1, limit: 500 });
    expect(rest).toHaveLength(100);
    expect(rest[0].globalPosition).toBeGreaterThan(first[1].globalPosition);
  });
});

describe('a stream holding an event stored at an older schema version', () => {
  it('reads it lifted to the current shape, and folds it', async () => {
    await store.handle(tally, 'tally-old', { type: 'Open', name: 'old' }, { metadata });
    await dataSource.query(
      `insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, payload)
       values ($1, 'tally-old', 2, 'TallyCounted', 1, now(), now(), 'projects', 'legacy', 'c', '{"n": 42}')`,
      [randomUUID()],
    );
    const [, counted] = await store.readStream('tally-old');
    expect(counted).toMatchObject({ schemaVersion: 2, payload: { amount: 42 } });
    expect((await store.aggregateStream(tally, 'tally-old')).state).toEqual({ status: 'Open', total: 42 });
  });
});

describe('the whole log read while a transaction that took an earlier position is still open', () => {
  it('stops short of that position, and reads past it once it commits: nothing is skipped', async () => {
    const start = (await store.readAll({ fromPosition: 1, limit: 10_000 })).at(-1)!.globalPosition + 1;
    const slow = dataSource.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await slow.query(
        `insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
           recorded_at, department, actor, correlation_id, payload)
         values ($1, 'tally-slow', 1, 'TallyOpened', 1, now(), now(), 'projects', 'clerk-7', 'c', '{"name": "slow"}')`,
        [randomUUID()],
      );
      await store.handle(tally, 'tally-quick', { type: 'Open', name: 'quick' }, { metadata });

      const whileOpen = await store.readAll({ fromPosition: start });
      expect(whileOpen.map((p) => p.event.streamId)).toEqual([]);

      await slow.commitTransaction();
      const afterCommit = await store.readAll({ fromPosition: start });
      expect(afterCommit.map((p) => p.event.streamId)).toEqual(['tally-slow', 'tally-quick']);
    } finally {
      await slow.release();
    }
  });
});
