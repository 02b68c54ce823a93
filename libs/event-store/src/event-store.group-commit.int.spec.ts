import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventStore } from './event-store';
import { countRows, freshEventStoreDatabase, metadata, settle, tally, tallyStore } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_group_commit', 12);
  store = tallyStore(dataSource);
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

/** Rows written by one statement share its transaction id. */
const transactionsWriting = async (prefix: string): Promise<number> => {
  const [{ transactions }] = await dataSource.query(
    `select count(distinct xmin::text)::int as transactions from event_store.events where stream_id like $1`,
    [`${prefix}%`],
  );
  return transactions;
};

describe('40 commands on 40 new streams at once', () => {
  it('records each once, in fewer transactions than commands, each event with its outbox row', async () => {
    const before = await countRows(dataSource);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => store.handle(tally, `burst-${n}`, { type: 'Open', name: `b${n}` }, { metadata })),
    );

    expect(results.map((r) => r.events.map((e) => e.streamVersion))).toEqual(Array.from({ length: 40 }, () => [1]));
    expect(await countRows(dataSource)).toEqual({ events: before.events + 40, outbox: before.outbox + 40, keys: before.keys });
    expect(await transactionsWriting('burst-')).toBeLessThan(40);
    const [{ unmatched }] = await dataSource.query(
      `select count(*)::int as unmatched from event_store.events e
       full join event_store.outbox o using (event_id) where e.stream_id like 'burst-%' and o.event_id is null`,
    );
    expect(unmatched).toBe(0);
  });
});

describe('a burst mixing one busy stream, retries under one key and new streams', () => {
  it('keeps the busy stream gap-free, appends the keyed command once, and answers its retries alike', async () => {
    await store.handle(tally, 'mixed-busy', { type: 'Open', name: 'busy' }, { metadata });
    const before = await countRows(dataSource);
    const busy = Array.from({ length: 10 }, () => store.handle(tally, 'mixed-busy', { type: 'Count', amounts: [1] }, { metadata }));
    const keyed = Array.from({ length: 5 }, () =>
      store.handle(tally, 'mixed-keyed', { type: 'Open', name: 'keyed' }, { idempotencyKey: 'burst-key', metadata }),
    );
    const fresh = Array.from({ length: 10 }, (_, n) => store.handle(tally, `mixed-new-${n}`, { type: 'Open', name: 'n' }, { metadata }));

    const [busyResults, keyedResults, freshResults] = await Promise.all([settle(busy), settle(keyed), settle(fresh)]);

    expect(busyResults.rejected.every((e) => (e as Error).name === 'ConcurrencyConflict')).toBe(true);
    const busyAccepted = busyResults.fulfilled.length;
    const versions = await dataSource.query(
      `select stream_version from event_store.events where stream_id = 'mixed-busy' order by 1`,
    );
    expect(versions.map((v: { stream_version: number }) => v.stream_version)).toEqual(
      Array.from({ length: 1 + busyAccepted }, (_, i) => i + 1),
    );
    expect(keyedResults.rejected).toEqual([]);
    for (const result of keyedResults.fulfilled) expect(result).toEqual(keyedResults.fulfilled[0]);
    expect(freshResults.rejected).toEqual([]);
    expect(await countRows(dataSource)).toEqual({
      events: before.events + busyAccepted + 1 + 10,
      outbox: before.outbox + busyAccepted + 1 + 10,
      keys: before.keys + 1,
    });
  });
});

describe('a batch that collides with another transaction', () => {
  it('is sent again item by item: the colliding command is decided on what the other wrote, the rest are recorded', async () => {
    // Another writer has TallyOpened at version 1 of collide-x, not yet committed.
    const other = dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(
      `insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, causation_id, payload)
       values ($1, 'collide-x', 1, 'TallyOpened', 1, now(), now(), 'projects', 'other', 'other', null, '{"name":"other"}')`,
      [randomUUID()],
    );

    // The first two go out alone and return; the rest, collide-x among them, wait and go out as one batch.
    const ids = ['collide-a', 'collide-b', 'collide-c', 'collide-d', 'collide-x', 'collide-e', 'collide-f'];
    const handled = ids.map((id) => store.handle(tally, id, { type: 'Open', name: 'mine' }, { metadata }));
    await untilSomeoneWaitsOnALock();
    await other.commitTransaction();
    await other.release();

    const results = await Promise.all(handled);
    const byId = Object.fromEntries(ids.map((id, i) => [id, results[i]]));
    expect(byId['collide-x'].events).toEqual([]); // it was already open: nothing to decide
    for (const id of ids.filter((i) => i !== 'collide-x')) expect(byId[id].events.map((e) => e.streamVersion)).toEqual([1]);
    const rows = await dataSource.query(
      `select stream_id, actor from event_store.events where stream_id like 'collide-%' order by stream_id`,
    );
    expect(rows).toEqual(ids.sort().map((id) => ({ stream_id: id, actor: id === 'collide-x' ? 'other' : metadata.actor })));
  });
});

const untilSomeoneWaitsOnALock = async () => {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const [{ waiting }] = await dataSource.query(
      `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no append waited on the uncommitted row');
};
