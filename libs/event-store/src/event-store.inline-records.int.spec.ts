import type { DataSource } from 'typeorm';
import type { EventStore, InlineProjection } from './event-store';
import { freshEventStoreDatabase, metadata, settle, tally, tallyStore, type Tally } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_inline');
  store = tallyStore(dataSource);
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

/** The tally's row: its total as details, its version and who counted last. */
const inline: InlineProjection = (state, events) => {
  const last = events[events.length - 1];
  const tallyState = state as Tally;
  return {
    kind: 'tally',
    recordId: last.streamId.replace(/^tally-/, ''),
    details: { total: tallyState.status === 'Open' ? tallyState.total : null },
    state,
    status: tallyState.status,
    zoneId: null,
    platformId: null,
    businessDate: events[0].occurredAt.slice(0, 10),
    searchText: '',
    version: last.streamVersion,
    changedBy: last.actor,
    changedAt: last.recordedAt,
    reason: null,
    corrected: false,
    voided: false,
  };
};
const rowOf = async (streamId: string) =>
  (await dataSource.query(`select details, version, changed_by from event_store.records where stream_id = $1`, [streamId]))[0];

describe('a command handled with an inline projection', () => {
  it('writes the record’s row with its events, and each later command moves it on', async () => {
    await store.handle(tally, 'tally-a', { type: 'Open', name: 'a' }, { metadata, inline });
    expect(await rowOf('tally-a')).toEqual({ details: { total: 0 }, version: 1, changed_by: 'clerk-7' });
    await store.handle(tally, 'tally-a', { type: 'Count', amounts: [2, 3] }, { metadata: { ...metadata, actor: 'clerk-8' }, inline });
    expect(await rowOf('tally-a')).toEqual({ details: { total: 5 }, version: 3, changed_by: 'clerk-8' });
  });

  it('writes no row when the append is refused, and none twice for a retried key', async () => {
    await store.handle(tally, 'tally-b', { type: 'Open', name: 'b' }, { metadata, inline });
    await expect(
      store.handle(tally, 'tally-b', { type: 'Count', amounts: [1] }, { metadata, inline, expectedVersion: 7 }),
    ).rejects.toThrow();
    expect(await rowOf('tally-b')).toMatchObject({ version: 1 });
    const once = { metadata, inline, idempotencyKey: 'count-b' };
    await store.handle(tally, 'tally-b', { type: 'Count', amounts: [4] }, once);
    await store.handle(tally, 'tally-b', { type: 'Count', amounts: [4] }, once);
    expect(await rowOf('tally-b')).toEqual({ details: { total: 4 }, version: 2, changed_by: 'clerk-7' });
  });

  it('writes every row of a group commit, each at its stream’s version', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `tally-g${i}`);
    const { rejected } = await settle(ids.map((id) => store.handle(tally, id, { type: 'Open', name: id }, { metadata, inline })));
    expect(rejected).toEqual([]);
    const [{ rows, events }] = await dataSource.query(`select
      (select count(*) from event_store.records where stream_id like 'tally-g%')::int as rows,
      (select count(*) from event_store.events where stream_id like 'tally-g%')::int as events`);
    expect({ rows, events }).toEqual({ rows: 40, events: 40 });
  });
});
