import type { DataSource } from 'typeorm';
import { ConcurrencyConflict } from './errors';
import type { EventStore } from './event-store';
import { freshEventStoreDatabase, metadata, settle, tally, tallyStore } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_concurrency', 25);
  store = tallyStore(dataSource);
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

const versionsOf = async (streamId: string) =>
  (
    await dataSource.query(`select stream_version from event_store.events where stream_id = $1 order by 1`, [streamId])
  ).map((row: { stream_version: number }) => row.stream_version);

describe('a stream at version 3 and 20 writers expecting version 3', () => {
  it('lets exactly one append; the other 19 get ConcurrencyConflict; versions stay 1..5', async () => {
    const streamId = 'tally-race';
    await store.handle(tally, streamId, { type: 'Open', name: 'race' }, { metadata });
    await store.handle(tally, streamId, { type: 'Count', amounts: [1, 2] }, { metadata });

    const { fulfilled, rejected } = await settle(
      Array.from({ length: 20 }, (_, writer) =>
        store.appendToStream(
          streamId,
          [{ type: 'TallyCounted', payload: { amount: writer + 1 } }, { type: 'TallyCounted', payload: { amount: 1 } }],
          { expectedVersion: 3, metadata },
        ),
      ),
    );

    expect(fulfilled).toHaveLength(1);
    expect(fulfilled[0].nextExpectedVersion).toBe(5);
    expect(rejected).toHaveLength(19);
    expect(rejected.every((error) => error instanceof ConcurrencyConflict)).toBe(true);
    expect(await versionsOf(streamId)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('a new stream and 20 concurrent handle() calls opening it', () => {
  it('keeps exactly one TallyOpened; every other call either conflicts or decides nothing', async () => {
    const streamId = 'tally-open-race';
    const { fulfilled, rejected } = await settle(
      Array.from({ length: 20 }, () => store.handle(tally, streamId, { type: 'Open', name: 'x' }, { metadata })),
    );

    expect(fulfilled.filter((result) => result.events.length === 1)).toHaveLength(1);
    expect(rejected.every((error) => error instanceof ConcurrencyConflict)).toBe(true);
    expect(await versionsOf(streamId)).toEqual([1]);
  });
});

describe('a stream at version 2', () => {
  beforeAll(async () => {
    await store.handle(tally, 'tally-2', { type: 'Open', name: 'two' }, { metadata });
    await store.handle(tally, 'tally-2', { type: 'Count', amounts: [5] }, { metadata });
  });

  it('rejects a command whose expected version is stale, saying where the stream is', async () => {
    await expect(
      store.handle(tally, 'tally-2', { type: 'Count', amounts: [1] }, { expectedVersion: 1, metadata }),
    ).rejects.toMatchObject({ name: 'ConcurrencyConflict', httpStatus: 409, actualVersion: 2 });
  });

  it('rejects an append expecting a version the stream has not reached, leaving no gap', async () => {
    await expect(
      store.appendToStream('tally-2', [{ type: 'TallyCounted', payload: { amount: 1 } }], { expectedVersion: 7, metadata }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await versionsOf('tally-2')).toEqual([1, 2]);
  });

  it('appends at the end when no version is expected, keeping versions contiguous under 10 such writers', async () => {
    const { fulfilled, rejected } = await settle(
      Array.from({ length: 10 }, () =>
        store.appendToStream('tally-2', [{ type: 'TallyCounted', payload: { amount: 1 } }], { metadata }),
      ),
    );
    const versions = await versionsOf('tally-2');
    expect(versions).toEqual(Array.from({ length: 2 + fulfilled.length }, (_, i) => i + 1));
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    expect(rejected.every((error) => error instanceof ConcurrencyConflict)).toBe(true);
  });
});
