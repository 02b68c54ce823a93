import type { EntityManager } from 'typeorm';
import { ConsumerTables } from './consumer-tables';
import { randomName } from '../testing/probe-events';
import { freshDatabase, type TestDatabase } from '../testing/test-stack';

/**
 * A chunk's new streams get their row only when the chunk saves the version it reached (one write,
 * not an insert at 0 to lock and an update after). Two transactions that both found a stream new —
 * a consumer that lost its partition in a rebalance and the one that got it — must not both count
 * it from 0: the second to save is told, and applies its chunk again with each stream locked.
 */
describe('stream positions of streams a chunk found new', () => {
  let db: TestDatabase;
  const tables = new ConsumerTables('consumer');
  const stream = () => ({ department: 'safety', streamId: randomName('new') });
  const inTransaction = async <T>(work: (tx: EntityManager) => Promise<T>): Promise<T> => db.dataSource.transaction(work);
  const versionOf = async ({ department, streamId }: { department: string; streamId: string }) =>
    (await db.pool.query('select version from consumer.stream_positions where department = $1 and stream_id = $2', [department, streamId])).rows[0]?.version;

  beforeAll(async () => {
    db = await freshDatabase('msg_new_streams');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('are inserted at the version reached, and stored ones updated, in one save', async () => {
    const [fresh, stored] = [stream(), stream()];
    await inTransaction(async (tx) => {
      await tables.lockStreamPosition(tx, stored);
      await tables.saveStreamPosition(tx, stored, 4);
    });
    const saved = await inTransaction(async (tx) => {
      const states = await tables.lockStreamPositions(tx, [fresh, stored]);
      expect([...states.values()].map(({ version, stored: s }) => [version, s])).toEqual([
        [0, false],
        [4, true],
      ]);
      return tables.saveStreamPositions(tx, [
        { stream: fresh, version: 2, stored: false },
        { stream: stored, version: 6, stored: true },
      ]);
    });
    expect(saved).toBe(true);
    expect([await versionOf(fresh), await versionOf(stored)]).toEqual([2, 6]);
  });

  it('are not counted twice when another transaction inserted one meanwhile, committed before or while this one saves', async () => {
    for (const otherCommits of ['before the save', 'during the save'] as const) {
      const raced = stream();
      const saved = await inTransaction(async (tx) => {
        const states = await tables.lockStreamPositions(tx, [raced]);
        expect(states.get(`${raced.department}\u0000${raced.streamId}`)?.stored).toBe(false);
        // the other consumer applies version 1 of the same stream, through the locked one-by-one path
        const other = db.dataSource.createQueryRunner();
        await other.startTransaction();
        await tables.lockStreamPosition(other.manager, raced);
        await tables.saveStreamPosition(other.manager, raced, 1);
        if (otherCommits === 'before the save') {
          await other.commitTransaction();
          await other.release();
          return tables.saveStreamPositions(tx, [{ stream: raced, version: 1, stored: false }]);
        }
        // the save waits on the other's uncommitted row, then finds it there
        const saving = tables.saveStreamPositions(tx, [{ stream: raced, version: 1, stored: false }]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await other.commitTransaction();
        await other.release();
        return saving;
      });
      expect({ otherCommits, saved }).toEqual({ otherCommits, saved: false });
      expect(await versionOf(raced)).toBe(1);
    }
  });

  it('keep the events held back for a stream that has no row yet', async () => {
    const early = stream();
    await inTransaction(async (tx) => {
      await tables.holdEvents(tx, [{ stream: early, version: 2, source: { topic: 't', partition: 0, offset: '7', key: early.streamId, raw: Buffer.from('{}') } }]);
    });
    const states = await inTransaction((tx) => tables.lockStreamPositions(tx, [early]));
    const state = states.get(`${early.department}\u0000${early.streamId}`);
    expect({ version: state?.version, stored: state?.stored, held: [...(state?.held.keys() ?? [])] }).toEqual({ version: 0, stored: false, held: [2] });
  });
});
