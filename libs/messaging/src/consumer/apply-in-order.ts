import type { EventEnvelope } from '@park-ledger/contracts';
import type { EntityManager } from 'typeorm';
import { errorMessage } from '../logger';
import type { Tally } from './consumer-metrics';
import type { ConsumerTables, MessageSource, StreamRef } from './consumer-tables';
import { versionFit, type ConsumerDecodeResult, type Decode } from './version-fit';

/** Applies one event to the read models, using only the given manager (it is the transaction). */
export type EventHandler = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

export interface ApplyContext {
  readonly tx: EntityManager;
  readonly tables: ConsumerTables;
  readonly decode: Decode;
  readonly handler: EventHandler;
  readonly maxRetries: number;
  readonly tally: Tally;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'held' | { readonly failed: string };

/** Decodes and applies one Kafka message; anything that cannot be applied is parked, never thrown. */
export async function applyMessage(ctx: ApplyContext, source: MessageSource): Promise<void> {
  const decoded = decodeMessage(ctx, source);
  if (!decoded.ok) return park(ctx, source, decoded.code ?? 'undecodable', decoded.reason);
  const outcome = await applyInOrder(ctx, decoded.event, source);
  if (typeof outcome === 'object') await park(ctx, source, 'handler-failed', outcome.failed);
}

/** A message as read from Kafka: refused when it is untrusted or empty, else decoded. */
export const decodeMessage = (ctx: ApplyContext, source: MessageSource): ConsumerDecodeResult =>
  source.untrusted !== undefined
    ? { ok: false, code: 'untrusted', reason: source.untrusted }
    : source.raw
      ? ctx.decode(source.raw.toString('utf8'))
      : { ok: false, code: 'invalid-envelope', reason: 'empty message value' };

/**
 * Per stream, only version last+1 is applied; lower versions are redeliveries, higher ones wait in
 * held_events until the gap closes. The handler failing leaves the position where it was, so the
 * stream's later events are held rather than applied out of order.
 */
export async function applyInOrder(ctx: ApplyContext, event: EventEnvelope, source: MessageSource): Promise<ApplyOutcome> {
  const stream = { department: event.department, streamId: event.streamId };
  const fit = versionFit(event.streamVersion, await ctx.tables.lockStreamPosition(ctx.tx, stream));
  if (fit === 'duplicate' || (fit === 'ahead' && !(await ctx.tables.holdEvent(ctx.tx, stream, event.streamVersion, source)))) {
    ctx.tally.duplicates++;
    return 'duplicate';
  }
  if (fit === 'ahead') {
    ctx.tally.held++;
    return 'held';
  }
  const failure = await applyWithRetries(ctx, event);
  if (failure !== undefined) return { failed: failure };
  ctx.tally.applied++;
  await ctx.tables.saveStreamPosition(ctx.tx, stream, await applyHeldSuccessors(ctx, stream, event.streamVersion));
  return 'applied';
}

async function applyHeldSuccessors(ctx: ApplyContext, stream: StreamRef, version: number): Promise<number> {
  for (;;) {
    const held = await ctx.tables.takeHeldEvent(ctx.tx, stream, version + 1);
    if (!held) return version;
    const decoded = ctx.decode(held.raw?.toString('utf8') ?? '');
    const failure = decoded.ok ? await applyWithRetries(ctx, decoded.event) : decoded.reason;
    if (failure !== undefined) {
      await park(ctx, held, decoded.ok ? 'handler-failed' : (decoded.code ?? 'undecodable'), failure);
      return version;
    }
    ctx.tally.applied++;
    version++;
  }
}

/** Each attempt runs inside a savepoint, so a failed attempt leaves no partial writes behind. */
async function applyWithRetries(ctx: ApplyContext, event: EventEnvelope): Promise<string | undefined> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= ctx.maxRetries; attempt++) {
    await ctx.tx.query('savepoint consumer_apply');
    try {
      await ctx.handler(event, ctx.tx);
      await ctx.tx.query('release savepoint consumer_apply');
      return undefined;
    } catch (e) {
      lastError = e;
      await ctx.tx.query('rollback to savepoint consumer_apply');
    }
  }
  return errorMessage(lastError);
}

async function park(ctx: ApplyContext, source: MessageSource, code: string, reason: string): Promise<void> {
  await ctx.tables.parkEvent(ctx.tx, source, `${code}: ${reason}`);
  ctx.tally.parked.push(code);
}
