import type { Pool } from 'pg';
import { positionsIn } from './outbox-rows';

/**
 * The fence between a publisher that lost its lock and the one that took over.
 *
 * The advisory lock alone elects one publisher, but a publisher learns that it lost its lock
 * (its session cut by `pg_terminate_backend`, a network partition) only on its next query, so a
 * batch already read could still be sent after another instance took over and read the same
 * unmarked rows: duplicates on the topic. So every batch runs inside a Postgres transaction that
 * holds a *shared* transaction-level advisory lock on a second key, from before it is sent until it
 * is marked; inside it, before sending, the publisher checks that its lock session is still alive
 * (and so still holds the publisher lock). A new leader, once it holds the publisher lock, takes
 * the same key *exclusively* for a moment before reading anything: that waits for every batch of
 * the old leader that passed its check to be marked, and any later batch of the old leader finds
 * its session gone and is not sent. Both orders leave each row on the topic once.
 *
 * (Kafka transactions with one transactional.id per database would fence the old producer on the
 * broker, but they cannot close the window between the old leader's Kafka commit and its Postgres
 * mark — the new leader would send those rows again — and aborted batches stay in the log for
 * any read_uncommitted reader; this fence needs no broker support and costs one round trip a batch.)
 */
export const FENCE_LOCK_NAME = 'event_store.outbox relay fence';

/** Thrown when the check finds the publisher lock lost: the batch was not sent. */
export class PublisherFenced extends Error {
  constructor() {
    super('this instance no longer holds the publisher lock; the batch was not sent');
  }
}

export interface FencedBatch {
  /** Marks the positions published (deletes their rows) and commits, which lets a waiting new leader read on. */
  mark(positions: readonly string[]): Promise<void>;
  /** The send failed: nothing to mark. */
  abandon(): Promise<void>;
}

/**
 * Enters the fence for one batch: takes a pool connection, begins, takes the shared fence lock,
 * then asks `stillLeading` (a round trip on the lock session). Throws PublisherFenced if not.
 */
export async function enterFence(pool: Pool, stillLeading: () => Promise<boolean>): Promise<FencedBatch> {
  const client = await pool.connect();
  let done = false;
  const finish = (error?: unknown) => {
    if (done) return;
    done = true;
    client.release(error instanceof Error ? error : undefined);
  };
  try {
    await client.query(`begin; select pg_advisory_xact_lock_shared(hashtext('${FENCE_LOCK_NAME}'))`);
    if (!(await stillLeading())) throw new PublisherFenced();
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    finish(e instanceof PublisherFenced ? undefined : e);
    throw e;
  }
  return {
    async mark(positions) {
      try {
        // Published rows are deleted (the events stay in event_store.events): far cheaper than
        // rewriting each row with a timestamp. Not waiting for the WAL flush: a mark lost in a
        // crash only means that batch is sent again.
        await client.query(
          `set local synchronous_commit = off;
           delete from event_store.outbox where ${positionsIn(positions)};
           commit`,
        );
        finish();
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        finish(e);
        throw e;
      }
    },
    async abandon() {
      await client.query('rollback').catch(() => undefined);
      finish();
    },
  };
}

/**
 * Run by a new leader on its lock session right after taking the publisher lock: waits until no
 * batch of a former leader is between its check and its mark.
 */
export async function waitForFormerBatches(client: { query(sql: string): Promise<unknown> }): Promise<void> {
  await client.query(`begin; select pg_advisory_xact_lock(hashtext('${FENCE_LOCK_NAME}')); commit`);
}
