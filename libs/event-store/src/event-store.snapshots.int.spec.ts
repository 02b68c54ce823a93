import type { DataSource } from 'typeorm';
import { DomainRuleViolation } from '@park-ledger/decider';
import type { EventStore, Precondition } from './event-store';
import { countRows, freshEventStoreDatabase, metadata, tally, tallyStore } from './int-test-support';

// Two stores on one database stand for two instances of a service: each decides from the last
// state it saw, and neither may commit, or refuse, on a state the other has moved past.
let dataSource: DataSource;
let instanceA: EventStore;
let instanceB: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_snapshots', 6);
  instanceA = tallyStore(dataSource);
  instanceB = tallyStore(dataSource);
});
afterAll(async () => {
  await instanceA?.flushNotifications();
  await instanceB?.flushNotifications();
  await dataSource?.destroy();
});

const stored = async (streamId: string) =>
  (
    await dataSource.query(
      `select stream_version, payload from event_store.events where stream_id = $1 order by stream_version`,
      [streamId],
    )
  ).map((row: { stream_version: number; payload: object }) => [row.stream_version, row.payload]);

describe('an instance whose last sight of a stream is stale', () => {
  it('decides on the stored stream instead, appending after the other instance’s events', async () => {
    const streamId = 'tally-two-instances';
    await instanceA.handle(tally, streamId, { type: 'Open', name: 'shared' }, { metadata });
    await instanceA.handle(tally, streamId, { type: 'Count', amounts: [1] }, { metadata });
    await instanceB.handle(tally, streamId, { type: 'Count', amounts: [10, 20] }, { metadata });

    const result = await instanceA.handle(tally, streamId, { type: 'Count', amounts: [100] }, { metadata });

    expect(result.nextExpectedVersion).toBe(5);
    expect(result.events.map((e) => e.streamVersion)).toEqual([5]);
    expect(await stored(streamId)).toEqual([
      [1, { name: 'shared' }],
      [2, { amount: 1 }],
      [3, { amount: 10 }],
      [4, { amount: 20 }],
      [5, { amount: 100 }],
    ]);
    expect(await instanceA.aggregateStream(tally, streamId)).toEqual({ state: { status: 'Open', total: 131 }, version: 5 });
  });

  it('holds an If-Match to the stored version, not to the version it last saw', async () => {
    const streamId = 'tally-if-match';
    await instanceA.handle(tally, streamId, { type: 'Open', name: 'edited' }, { metadata });
    await instanceB.handle(tally, streamId, { type: 'Count', amounts: [2] }, { metadata });

    await expect(
      instanceA.handle(tally, streamId, { type: 'Count', amounts: [3] }, { expectedVersion: 1, metadata }),
    ).rejects.toMatchObject({ name: 'ConcurrencyConflict', actualVersion: 2 });
    const accepted = await instanceA.handle(tally, streamId, { type: 'Count', amounts: [3] }, { expectedVersion: 2, metadata });
    expect(accepted.nextExpectedVersion).toBe(3);
  });

  it('does not refuse a command on what it has not seen: a stream the other instance opened takes it', async () => {
    const streamId = 'tally-opened-elsewhere';
    await instanceB.handle(tally, streamId, { type: 'Open', name: 'elsewhere' }, { metadata });

    const result = await instanceA.handle(tally, streamId, { type: 'Count', amounts: [4] }, { metadata });

    expect(result.events.map((e) => e.streamVersion)).toEqual([2]);
  });

  it('still refuses for real, with nothing stored', async () => {
    const before = await countRows(dataSource);
    await expect(
      instanceA.handle(tally, 'tally-never-opened', { type: 'Count', amounts: [4] }, { metadata }),
    ).rejects.toMatchObject({ code: 'tally-not-open' });
    expect(await countRows(dataSource)).toEqual(before);
  });
});

// The precondition stands for the park registry: a project may name a zone only while it is registered.
const CAP = 10;
const whileUnderCap =
  (checkedId: string): Precondition =>
  async (read) => {
    const checked = await read(tally, checkedId);
    if (checked.status !== 'Open' || checked.total >= CAP) {
      throw new DomainRuleViolation('checked-tally-closed', `${checkedId} must be open and under ${CAP}`);
    }
  };

describe('a command whose precondition reads another stream', () => {
  const checkedId = 'tally-checked';
  beforeAll(async () => {
    await instanceA.handle(tally, checkedId, { type: 'Open', name: 'checked' }, { metadata });
  });

  it('is accepted while the other stream passes the check', async () => {
    await instanceA.handle(tally, 'tally-guarded-1', { type: 'Open', name: 'g1' }, { metadata, precondition: whileUnderCap(checkedId) });
    expect(await stored('tally-guarded-1')).toHaveLength(1);
  });

  it('is refused, with nothing stored, once the other instance has changed that stream so the check fails', async () => {
    await instanceB.handle(tally, checkedId, { type: 'Count', amounts: [CAP] }, { metadata });
    const before = await countRows(dataSource);

    await expect(
      instanceA.handle(tally, 'tally-guarded-2', { type: 'Open', name: 'g2' }, { metadata, precondition: whileUnderCap(checkedId) }),
    ).rejects.toMatchObject({ code: 'checked-tally-closed' });
    expect(await countRows(dataSource)).toEqual(before);
  });

  it('is refused when the checked stream does not exist', async () => {
    await expect(
      instanceA.handle(tally, 'tally-guarded-3', { type: 'Open', name: 'g3' }, { metadata, precondition: whileUnderCap('tally-nowhere') }),
    ).rejects.toMatchObject({ code: 'checked-tally-closed' });
    expect(await stored('tally-guarded-3')).toEqual([]);
  });
});

describe('many commands on one stream through two instances at once', () => {
  it('appends every accepted one exactly once, in gap-free versions, and counts what was answered', async () => {
    const streamId = 'tally-busy';
    await instanceA.handle(tally, streamId, { type: 'Open', name: 'busy' }, { metadata });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? instanceA : instanceB).handle(tally, streamId, { type: 'Count', amounts: [1] }, { metadata }),
      ),
    );
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { name: string }] : []));

    expect(refused.every((error) => error.name === 'ConcurrencyConflict')).toBe(true);
    expect(accepted).toBeGreaterThan(0);
    const versions = (await stored(streamId)).map(([version]: [number]) => version);
    expect(versions).toEqual(Array.from({ length: accepted + 1 }, (_, i) => i + 1));
    expect((await instanceB.aggregateStream(tally, streamId)).state).toEqual({ status: 'Open', total: accepted });
  });
});

describe('a command decided on a snapshot the stored stream confirms', () => {
  const counting = () => {
    // snapshots are kept per decider: the counting one is warmed by handling through it
    const calls = { decide: 0 };
    const decider: typeof tally = { ...tally, decide: (command, state) => (calls.decide++, tally.decide(command, state)) };
    return { calls, decider };
  };

  it('is refused after one decision, not decided again on the stored stream', async () => {
    const { calls, decider } = counting();

    await expect(
      instanceA.handle(decider, 'tally-refused-once', { type: 'Count', amounts: [1] }, { metadata }),
    ).rejects.toMatchObject({ code: 'tally-not-open' });
    expect(calls.decide).toBe(1);
  });

  it('that appends nothing is decided once', async () => {
    const streamId = 'tally-nothing-to-do';
    const { calls, decider } = counting();
    await instanceA.handle(decider, streamId, { type: 'Open', name: 'no-op' }, { metadata });
    calls.decide = 0;

    const result = await instanceA.handle(decider, streamId, { type: 'Open', name: 'no-op' }, { metadata });

    expect(result.events).toEqual([]);
    expect(calls.decide).toBe(1);
  });

  it('is decided again when the other instance has moved the stream past the snapshot', async () => {
    const streamId = 'tally-refused-then-moved';
    const { calls, decider } = counting();
    await instanceA.handle(decider, streamId, { type: 'Open', name: 'moved' }, { metadata });
    await instanceB.handle(tally, streamId, { type: 'Count', amounts: [1] }, { metadata });
    calls.decide = 0;

    const result = await instanceA.handle(decider, streamId, { type: 'Count', amounts: [2] }, { metadata });

    expect(result.events.map((e) => e.streamVersion)).toEqual([3]);
    expect(calls.decide).toBe(2);
  });
});
