import type { EventEnvelope } from '@park-ledger/contracts';
import type { BatchHandler, EventHandler } from '@park-ledger/messaging';
import type { EntityManager } from 'typeorm';
import { lockActiveVersionShared } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import { applyEvents } from './apply-events';
import type { ProjectionIndex } from './projection-index';

/**
 * The consumer falls back to a per-event handler when a chunk fails (to retry and park the poison
 * event): that handler is the batch path with a batch of one.
 */
const withBatchOfOne = (handleBatch: BatchHandler): { handler: EventHandler; handleBatch: BatchHandler } => ({
  handler: (event, tx) => handleBatch([event], tx),
  handleBatch,
});

/**
 * The live consumer's handlers: events go to the active version, looked up (and locked shared) once
 * per consumer transaction. A failed attempt is rolled back to its savepoint,
 * which may drop the lock, so the version is looked up again after any failure.
 */
export function liveHandlers(index: ProjectionIndex, onApplied: (event: EventEnvelope) => void): { handler: EventHandler; handleBatch: BatchHandler } {
  const versions = new WeakMap<EntityManager, number>();
  const inActiveVersion = async <T>(tx: EntityManager, apply: (schema: string) => Promise<T>): Promise<T> => {
    try {
      let version = versions.get(tx);
      if (version === undefined) {
        version = await lockActiveVersionShared(tx);
        versions.set(tx, version);
      }
      return await apply(schemaOf(version));
    } catch (e) {
      versions.delete(tx);
      throw e;
    }
  };
  return withBatchOfOne(async (events, tx) => {
    const applied = await inActiveVersion(tx, (schema) => applyEvents(tx, schema, index, events));
    applied.forEach(onApplied);
  });
}

/** A rebuild's handlers: everything goes to the version being built. */
export const fixedVersionHandlers = (
  index: ProjectionIndex,
  version: number,
): { handler: EventHandler; handleBatch: BatchHandler } =>
  withBatchOfOne(async (events, tx) => {
    await applyEvents(tx, schemaOf(version), index, events);
  });
