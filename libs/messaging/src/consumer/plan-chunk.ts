import type { EventEnvelope } from '@park-ledger/contracts';
import { versionFit, type ConsumerDecodeResult, type Decode } from './version-fit';
import { streamKey, type MessageSource, type StreamRef, type StreamState, type StreamVersion } from './consumer-tables';

export interface ChunkMessage {
  readonly source: MessageSource;
  readonly decoded: ConsumerDecodeResult;
}

/** What the per-event path would do with a chunk, decided at once. */
export interface ChunkPlan {
  /** in the order the per-event path would apply them (a released successor right after its predecessor) */
  readonly apply: readonly EventEnvelope[];
  /** the new last applied version of every stream that moved */
  readonly positions: readonly StreamVersion[];
  /** events still ahead of a gap at the end of the chunk, to be held */
  readonly hold: readonly (StreamVersion & { readonly source: MessageSource })[];
  /** held events taken out of held_events (applied or parked) */
  readonly release: readonly StreamVersion[];
  /** in the order the per-event path would park them */
  readonly park: readonly { readonly source: MessageSource; readonly code: string; readonly reason: string }[];
  readonly duplicates: number;
  readonly held: number;
}

type Parking = ChunkPlan['park'][number];

interface Draft {
  readonly apply: EventEnvelope[];
  readonly release: StreamVersion[];
  readonly park: Parking[];
  duplicates: number;
  held: number;
}

interface Progress {
  readonly stream: StreamRef;
  readonly from: number;
  version: number;
  readonly stored: ReadonlyMap<number, MessageSource>;
  readonly pending: Map<number, { event: EventEnvelope; source: MessageSource }>;
}

/**
 * Per stream, applies version last+1 and then every successor it finds, held back earlier in this
 * chunk or in held_events; lower versions are redeliveries, higher ones are held. A held event that
 * no longer decodes is parked and its stream stops there, as on the per-event path.
 */
export function planChunk(messages: readonly ChunkMessage[], states: ReadonlyMap<string, StreamState>, decode: Decode): ChunkPlan {
  const streams = new Map<string, Progress>();
  const plan: Draft = { apply: [], release: [], park: [], duplicates: 0, held: 0 };
  const progressOf = (event: EventEnvelope): Progress => {
    const stream = { department: event.department, streamId: event.streamId };
    const key = streamKey(stream);
    let progress = streams.get(key);
    if (!progress) {
      const state = states.get(key) ?? { version: 0, held: new Map() };
      progress = { stream, from: state.version, version: state.version, stored: state.held, pending: new Map() };
      streams.set(key, progress);
    }
    return progress;
  };

  for (const { source, decoded } of messages) {
    if (!decoded.ok) {
      plan.park.push({ source, code: decoded.code ?? 'undecodable', reason: decoded.reason });
      continue;
    }
    const event = decoded.event;
    const progress = progressOf(event);
    const fit = versionFit(event.streamVersion, progress.version);
    if (fit === 'duplicate' || (fit === 'ahead' && (progress.stored.has(event.streamVersion) || progress.pending.has(event.streamVersion)))) {
      plan.duplicates++;
    } else if (fit === 'ahead') {
      progress.pending.set(event.streamVersion, { event, source });
      plan.held++;
    } else {
      plan.apply.push(event);
      progress.version++;
      applySuccessors(progress, plan, decode);
    }
  }

  const all = [...streams.values()];
  return {
    ...plan,
    positions: all.filter((p) => p.version > p.from).map(({ stream, version }) => ({ stream, version })),
    hold: all.flatMap((p) => [...p.pending].map(([version, { source }]) => ({ stream: p.stream, version, source }))),
  };
}

function applySuccessors(progress: Progress, plan: Draft, decode: Decode): void {
  for (;;) {
    const next = progress.version + 1;
    const pending = progress.pending.get(next);
    const stored = progress.stored.get(next);
    if (pending) {
      progress.pending.delete(next);
      plan.apply.push(pending.event);
    } else if (stored) {
      plan.release.push({ stream: progress.stream, version: next });
      const decoded = decode(stored.raw?.toString('utf8') ?? '');
      if (!decoded.ok) {
        plan.park.push({ source: stored, code: decoded.code ?? 'undecodable', reason: decoded.reason });
        return;
      }
      plan.apply.push(decoded.event);
    } else {
      return;
    }
    progress.version = next;
  }
}
