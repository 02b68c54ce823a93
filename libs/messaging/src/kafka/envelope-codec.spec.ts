import type { EventEnvelope } from '@park-ledger/contracts';
import { toKafkaMessage } from './envelope-codec';

const envelope: EventEnvelope = {
  eventId: '6f1c2a4e-9b7d-4e21-8a55-0c3d9e7f1a22',
  type: 'ProjectSigned',
  schemaVersion: 3,
  streamId: 'project-42',
  streamVersion: 7,
  occurredAt: '2014-05-01T08:00:00.000Z',
  recordedAt: '2026-01-02T10:00:00.000Z',
  department: 'projects',
  actor: 'clerk-1',
  correlationId: 'c-1',
  causationId: null,
  payload: { zone: 'A' },
};

describe('an envelope', () => {
  it('becomes a message keyed by its stream with the envelope as JSON value', () => {
    const message = toKafkaMessage(envelope);
    expect(message.key).toBe('project-42');
    expect(JSON.parse(String(message.value))).toEqual(envelope);
  });

  it('carries type, event id and schema version as string headers', () => {
    expect(toKafkaMessage(envelope).headers).toEqual({
      type: 'ProjectSigned',
      eventId: envelope.eventId,
      schemaVersion: '3',
    });
  });
});
