import { randomUUID } from 'node:crypto';
import { ERASED } from '@park-ledger/contracts';
import type { DataSource } from 'typeorm';
import { EventStore } from './event-store';
import { freshEventStoreDatabase, metadata, tally, tallyRegistry } from './int-test-support';
import { SubjectKeys } from './subject-keys';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_subject_keys');
});
afterAll(async () => {
  await dataSource?.destroy();
});

describe('subject keys in the event store', () => {
  it('a new subject writing on many instances at once gets one key, and every append is sealed with it', async () => {
    const actor = `clerk-${randomUUID()}`;
    // four instances, each with its own (empty) cache, ten appends each, all for the same new subject at once
    const stores = Array.from({ length: 4 }, () => new EventStore(dataSource, 'projects', tallyRegistry, { subjectKeys: new SubjectKeys(dataSource, { cacheSeconds: 60 }) }));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => stores[i % 4].handle(tally, `tally-race-${actor}-${i}`, { type: 'Open', name: 'x' }, { metadata: { ...metadata, actor } })),
    );
    const keys = await dataSource.query(`select key_id from event_store.subject_keys where subject_id = $1`, [actor]);
    expect(keys).toHaveLength(1);
    const rows: { actor: string }[] = await dataSource.query(`select actor from event_store.events where stream_id like $1`, [`tally-race-${actor}-%`]);
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(row.actor.startsWith(`sealed.${keys[0].key_id}.`)).toBe(true);
    const read = await stores[3].readStream(`tally-race-${actor}-5`);
    expect(read[0].actor).toBe(actor);
  });

  it('sixteen instances sealing for the same new subject at the same moment all get its one key (twenty rounds)', async () => {
    for (let round = 0; round < 20; round++) {
      const actor = `clerk-${randomUUID()}`;
      const envelope = {
        eventId: randomUUID(), type: 'TallyOpened', schemaVersion: 1, streamId: 't', streamVersion: 1, occurredAt: metadata.occurredAt,
        recordedAt: metadata.occurredAt, department: 'projects' as const, actor, correlationId: 'c', causationId: null, payload: { name: 'x' },
      };
      const sealed = await Promise.all(Array.from({ length: 16 }, () => new SubjectKeys(dataSource, { cacheSeconds: 60 }).seal([envelope])));
      const [{ key_id }] = await dataSource.query(`select key_id from event_store.subject_keys where subject_id = $1`, [actor]);
      for (const [e] of sealed) expect(e.actor.startsWith(`sealed.${key_id}.`)).toBe(true);
    }
  });

  it('forgets: the key is gone, the forget recorded, reads answer "[erased]", again is already-forgotten, unknown is unknown', async () => {
    const actor = `clerk-${randomUUID()}`;
    const keys = new SubjectKeys(dataSource, { cacheSeconds: 60 });
    const store = new EventStore(dataSource, 'projects', tallyRegistry, { subjectKeys: keys });
    await store.handle(tally, `tally-forget-${actor}`, { type: 'Open', name: 'x' }, { metadata: { ...metadata, actor } });
    expect((await store.readStream(`tally-forget-${actor}`))[0].actor).toBe(actor);
    const forgotten = await keys.forget(actor, { by: 'admin-1', reason: '离职' });
    expect(forgotten.outcome).toBe('forgotten');
    expect(await keys.streamsSealedWith((forgotten as { keyId: string }).keyId)).toEqual([`tally-forget-${actor}`]);
    expect((await store.readStream(`tally-forget-${actor}`))[0].actor).toBe(ERASED);
    expect(await dataSource.query(`select forgotten_by, reason from event_store.forgotten_subjects where subject_id = $1`, [actor])).toEqual([
      { forgotten_by: 'admin-1', reason: '离职' },
    ]);
    expect(await keys.forget(actor, { by: 'admin-1', reason: '离职' })).toEqual({ outcome: 'already-forgotten' });
    expect(await keys.forget(`nobody-${randomUUID()}`, { by: 'admin-1', reason: 'x' })).toEqual({ outcome: 'unknown' });
  });

  it('another instance keeps a forgotten key no longer than its cache bound', async () => {
    const actor = `clerk-${randomUUID()}`;
    const writer = new SubjectKeys(dataSource, { cacheSeconds: 60 });
    const reader = new SubjectKeys(dataSource, { cacheSeconds: 1 });
    const store = new EventStore(dataSource, 'projects', tallyRegistry, { subjectKeys: writer });
    const other = new EventStore(dataSource, 'projects', tallyRegistry, { subjectKeys: reader });
    await store.handle(tally, `tally-bound-${actor}`, { type: 'Open', name: 'x' }, { metadata: { ...metadata, actor } });
    expect((await other.readStream(`tally-bound-${actor}`))[0].actor).toBe(actor); // cached now
    await writer.forget(actor, { by: 'admin-1', reason: 'x' });
    const forgottenAt = Date.now();
    let actorNow = actor;
    while (actorNow !== ERASED) {
      actorNow = (await other.readStream(`tally-bound-${actor}`))[0].actor;
      if (actorNow !== ERASED) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(Date.now() - forgottenAt).toBeLessThanOrEqual(1000 + 500);
  });
});
