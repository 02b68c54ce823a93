import type { EventEnvelope } from '@park-ledger/contracts';
import type { IHeaders, Message } from 'kafkajs';

/** Key = streamId (per-stream order on one partition), value = the envelope as JSON. */
export function toKafkaMessage(envelope: EventEnvelope): Message {
  return {
    key: envelope.streamId,
    value: JSON.stringify(envelope),
    headers: envelopeHeaders(envelope),
  };
}

export function envelopeHeaders(envelope: Pick<EventEnvelope, 'type' | 'eventId' | 'schemaVersion'>): IHeaders {
  return {
    type: envelope.type,
    eventId: envelope.eventId,
    schemaVersion: String(envelope.schemaVersion),
  };
}
