import type { EventEnvelope } from '@park-ledger/contracts';
import type { EventHandler } from '@park-ledger/messaging';
import type { EntityManager } from 'typeorm';
import { lockActiveVersionShared } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import { applyEvent } from './apply-event';
import type { ProjectionIndex } from './projection-index';

/**
 * The live consumer's handler: events go to the active version, looked up (and locked shared)
 * once per consumer transaction. A failed attempt is rolled back to its savepoint, which may drop
 * the lock, so the version is looked up again after any failure.
 */
export function liveHandler(index: ProjectionIndex, onApplied: (event: EventEnvelope) => void): EventHandler {
  const versions = new WeakMap<EntityManager, number>();
  return async (event, tx) => {
    try {
      let version = versions.get(tx);
      if (version === undefined) {
        version = await lockActiveVersionShared(tx);
        versions.set(tx, version);
      }
      if (await applyEvent(tx, schemaOf(version), index, event)) onApplied(event);
    } catch (e) {
      versions.delete(tx);
      throw e;
    }
  };
}

/** A rebuild's handler: everything goes to the version being built. */
export const fixedVersionHandler =
  (index: ProjectionIndex, version: number): EventHandler =>
  async (event, tx) => {
    await applyEvent(tx, schemaOf(version), index, event);
  };
