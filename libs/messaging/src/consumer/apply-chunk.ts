import type { EventEnvelope } from '@park-ledger/contracts';
import type { EntityManager } from 'typeorm';
import { decodeMessage, type ApplyContext } from './apply-in-order';
import type { MessageSource, StreamRef } from './consumer-tables';
import { streamKey } from './consumer-tables';
import { planChunk, type ChunkMessage } from './plan-chunk';

/**
 * Applies many events to the read models at once, in the given order (per stream, in version
 * order), using only the given manager; all or nothing: throwing undoes every write of the call.
 */
export type BatchHandler = (events: readonly EventEnvelope[], manager: EntityManager) => Promise<void>;

/**
 * The fast path for a chunk: the same decisions as applying its messages one by one, made in memory
 * under one lock of all its streams, and the applicable events handed to the batch handler at once.
 * Returns false when the batch handler failed, or when a stream this chunk found new was inserted by
 * another transaction meanwhile: the transaction is then spoilt, and the caller rolls it back and
 * applies the chunk one message at a time (each stream locked first), which retries, parks the poison
 * event and applies the rest. The bookkeeping is written before the handler runs, so the handler's writes (the shared
 * figure totals, say) are the last thing the transaction does and their row locks are held briefly.
 */
export async function applyChunkAtOnce(ctx: ApplyContext, handleBatch: BatchHandler, sources: readonly MessageSource[]): Promise<boolean> {
  const messages: ChunkMessage[] = sources.map((source) => ({ source, decoded: decodeMessage(ctx, source) }));
  const streams = new Map<string, StreamRef>();
  for (const { decoded } of messages) {
    if (decoded.ok) streams.set(streamKey(decoded.event), { department: decoded.event.department, streamId: decoded.event.streamId });
  }
  const states = streams.size > 0 ? await ctx.tables.lockStreamPositions(ctx.tx, [...streams.values()]) : new Map();
  const plan = planChunk(messages, states, ctx.decode);
  const positions = plan.positions.map((p) => ({ ...p, stored: states.get(streamKey(p.stream))?.stored ?? false }));
  // a new stream inserted by another transaction meanwhile: this plan started it from 0
  if (positions.length > 0 && !(await ctx.tables.saveStreamPositions(ctx.tx, positions))) return false;
  if (plan.release.length > 0) await ctx.tables.dropHeldEvents(ctx.tx, plan.release);
  if (plan.hold.length > 0) await ctx.tables.holdEvents(ctx.tx, plan.hold);
  if (plan.park.length > 0) await ctx.tables.parkEvents(ctx.tx, plan.park.map(({ source, code, reason }) => ({ source, reason: `${code}: ${reason}` })));
  if (plan.apply.length > 0) {
    try {
      await handleBatch(plan.apply, ctx.tx);
    } catch {
      return false;
    }
  }
  ctx.tally.applied += plan.apply.length;
  ctx.tally.duplicates += plan.duplicates;
  ctx.tally.held += plan.held;
  ctx.tally.parked.push(...plan.park.map((p) => p.code));
  return true;
}
