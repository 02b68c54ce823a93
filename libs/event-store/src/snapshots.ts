import type { DomainEvent } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/decider';
import { LRUCache } from 'lru-cache';

export type Folder<State> = Pick<Decider<State, never, DomainEvent>, 'evolve' | 'initialState'>;

export interface Snapshot<State> {
  readonly state: State;
  readonly version: number;
}

/**
 * The last state this process saw of each recently used stream, folded by the decider it was read
 * with. Only ever a guess: another instance may have appended since. A command decided on a
 * snapshot commits only if its stream (and every stream its checks read) is still at the
 * snapshot's version, and a refusal decided on a snapshot is decided again on what is stored.
 * Least recently used streams are dropped beyond `capacity` (lru-cache: a Map kept in recency order
 * by deleting and re-adding each used stream cost 30 µs a command at 20,000 streams, V8 walking the
 * holes the deletes leave; lru-cache keeps the order in its own arrays, under 1 µs).
 */
export class Snapshots {
  private readonly entries: LRUCache<string, Snapshot<unknown> & { readonly folder: object }>;

  constructor(capacity: number) {
    this.entries = new LRUCache({ max: capacity });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The snapshot, or the stream's initial state at version 0 when there is none. */
  guess<State>(folder: Folder<State>, streamId: string): Snapshot<State> {
    const entry = this.entries.get(streamId);
    if (!entry || entry.folder !== folder) return { state: folder.initialState(), version: 0 };
    return { state: entry.state as State, version: entry.version };
  }

  /** Keeps the newer of what is held and what is given; states at one version are equal. */
  remember<State>(folder: Folder<State>, streamId: string, snapshot: Snapshot<State>): void {
    if (snapshot.version === 0) return;
    const held = this.entries.get(streamId);
    if (held && held.folder === folder && held.version > snapshot.version) return;
    this.entries.set(streamId, { ...snapshot, folder });
  }
}
