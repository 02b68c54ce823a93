import { randomUUID } from 'node:crypto';
import { defineEvent, EventRegistry, int, object, type EventEnvelope } from '@park-ledger/contracts';

/** A test-only event type, so the messaging tests need no department's contracts. */
export const ProbeRecorded = defineEvent('MessagingProbeRecorded', 'projects', {
  schemaVersion: 1,
  payload: object({ n: int({ min: 0 }) }),
});

export const probeRegistry = new EventRegistry([ProbeRecorded]);

export function probeEnvelope(streamId: string, streamVersion: number, n = streamVersion): EventEnvelope {
  const now = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type: ProbeRecorded.type,
    schemaVersion: 1,
    streamId,
    streamVersion,
    occurredAt: now,
    recordedAt: now,
    department: 'projects',
    actor: 'messaging-test',
    correlationId: randomUUID(),
    causationId: null,
    payload: { n },
  };
}

/** `streams` streams of `versions` events each, in stream-version order per stream. */
export function probeStreams(prefix: string, streams: number, versions: number): EventEnvelope[][] {
  return Array.from({ length: streams }, (_, s) =>
    Array.from({ length: versions }, (_, v) => probeEnvelope(`${prefix}-${s}`, v + 1)),
  );
}

export const randomName = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
