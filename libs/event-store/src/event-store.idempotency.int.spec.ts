import type { DataSource } from 'typeorm';
import { IdempotencyConflict } from './errors';
import type { AppendResult, EventStore } from './event-store';
import { countRows, freshEventStoreDatabase, metadata, settle, tally, tallyStore } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_idempotency', 12);
  store = tallyStore(dataSource);
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

const count = (streamId: string, key: string, requestHash = 'hash-a') =>
  store.handle(tally, streamId, { type: 'Count', amounts: [3, 4] }, { idempotencyKey: key, requestHash, metadata });

describe('an open tally receiving the same Count command under one idempotency key', () => {
  const streamId = 'tally-idem';
  const results: AppendResult[] = [];

  beforeAll(async () => {
    await store.handle(tally, streamId, { type: 'Open', name: 'idem' }, { metadata });
    for (let i = 0; i < 5; i++) results.push(await count(streamId, 'key-1'));
    const concurrent = await settle(Array.from({ length: 5 }, () => count(streamId, 'key-1')));
    expect(concurrent.rejected).toEqual([]);
    results.push(...concurrent.fulfilled);
  });

  it('appends one set of events and outbox rows', async () => {
    expect(await countRows(dataSource)).toEqual({ events: 3, outbox: 3, keys: 1 });
    const { state, version } = await store.aggregateStream(tally, streamId);
    expect({ state, version }).toEqual({ state: { status: 'Open', total: 7 }, version: 3 });
  });

  it('answers every call with the first result', () => {
    expect(results).toHaveLength(10);
    expect(results[0].events.map((e) => e.streamVersion)).toEqual([2, 3]);
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('refuses the key with a different request, appending nothing', async () => {
    await expect(count(streamId, 'key-1', 'hash-b')).rejects.toBeInstanceOf(IdempotencyConflict);
    expect(await countRows(dataSource)).toEqual({ events: 3, outbox: 3, keys: 1 });
  });
});

describe('a new tally and 5 concurrent first calls under one fresh key', () => {
  it('appends once and answers all 5 alike', async () => {
    const before = await countRows(dataSource);
    const open = () =>
      store.handle(tally, 'tally-idem-2', { type: 'Open', name: 'two' }, { idempotencyKey: 'key-2', metadata });
    const { fulfilled, rejected } = await settle(Array.from({ length: 5 }, open));

    expect(rejected).toEqual([]);
    for (const result of fulfilled) expect(result).toEqual(fulfilled[0]);
    expect(fulfilled[0].events).toHaveLength(1);
    expect(await countRows(dataSource)).toEqual({
      events: before.events + 1,
      outbox: before.outbox + 1,
      keys: before.keys + 1,
    });
  });

  it('hashes the command by default, so the same key on another stream conflicts', async () => {
    await expect(
      store.handle(tally, 'tally-idem-3', { type: 'Open', name: 'two' }, { idempotencyKey: 'key-2', metadata }),
    ).rejects.toBeInstanceOf(IdempotencyConflict);
  });
});

describe('a command that decides nothing under a key', () => {
  it('appends nothing, and a retry returns the same empty result', async () => {
    const before = await countRows(dataSource);
    const reopen = () =>
      store.handle(tally, 'tally-idem', { type: 'Open', name: 'again' }, { idempotencyKey: 'key-3', metadata });
    const first = await reopen();
    expect(first).toEqual({ streamId: 'tally-idem', nextExpectedVersion: 3, events: [] });
    expect(await reopen()).toEqual(first);
    expect(await countRows(dataSource)).toEqual({ ...before, keys: before.keys + 1 });
  });
});

describe('idempotency keys past their time to live', () => {
  const streamId = 'tally-expiry';
  const age = (key: string, seconds: number) =>
    dataSource.query(`update event_store.idempotency_keys set created_at = now() - make_interval(secs => $2) where idempotency_key = $1`, [key, seconds]);
  const keys = async () =>
    (await dataSource.query(`select idempotency_key from event_store.idempotency_keys where idempotency_key like 'exp-%' order by 1`)).map(
      (row: { idempotency_key: string }) => row.idempotency_key,
    );

  beforeAll(async () => {
    await store.handle(tally, streamId, { type: 'Open', name: 'expiry' }, { metadata });
    for (const key of ['exp-old-1', 'exp-old-2', 'exp-old-3', 'exp-young']) await count(streamId, key);
    await Promise.all([age('exp-old-1', 7200), age('exp-old-2', 7200), age('exp-old-3', 3601), age('exp-young', 3599)]);
  });

  it('are forgotten, a batch at a time, and only they', async () => {
    expect(await store.expireIdempotencyKeys(3600, 2)).toBe(3);
    expect(await keys()).toEqual(['exp-young']);
    expect(await store.expireIdempotencyKeys(3600, 2)).toBe(0);
  });

  it('a retry with a forgotten key records anew (the stated trade-off); one still remembered does not', async () => {
    const before = (await store.aggregateStream(tally, streamId)).version;
    await count(streamId, 'exp-old-1');
    await count(streamId, 'exp-young');
    expect((await store.aggregateStream(tally, streamId)).version).toBe(before + 2); // one Count (two events) recorded again
  });
});

describe('outbox rows an older version marked published instead of deleting them', () => {
  const streamId = 'tally-outbox-marked';
  const rowsOf = async (): Promise<[number, boolean][]> =>
    (await dataSource.query(`select position::int as p, published_at is not null as marked from event_store.outbox where message_key = $1 order by position`, [streamId])).map(
      (row: { p: number; marked: boolean }): [number, boolean] => [row.p, row.marked],
    );

  beforeAll(async () => {
    await store.handle(tally, streamId, { type: 'Open', name: 'marked' }, { metadata });
    for (let i = 0; i < 4; i++) await count(streamId, `marked-${i}`); // 1 + 8 rows
    const rows: { position: number }[] = await dataSource.query(`select position::int from event_store.outbox where message_key = $1 order by position`, [streamId]);
    // marked by an older relay: rows 0-3 and 6; rows 4, 5 (a late commit) and 7-8 not yet published
    await dataSource.query(`update event_store.outbox set published_at = now() where position = any($1)`, [[0, 1, 2, 3, 6].map((i) => rows[i].position)]);
  });

  it('are deleted, a batch at a time, the unpublished rows and the events kept', async () => {
    const before = await rowsOf();
    const events = (await store.aggregateStream(tally, streamId)).version;
    expect(await store.deleteMarkedOutboxRows(2)).toBeGreaterThanOrEqual(5);
    expect(await rowsOf()).toEqual(before.filter(([, marked]) => !marked));
    expect((await rowsOf()).length).toBe(4);
    expect((await store.aggregateStream(tally, streamId)).version).toBe(events);
    expect(await store.deleteMarkedOutboxRows(2)).toBe(0);
  });
});
