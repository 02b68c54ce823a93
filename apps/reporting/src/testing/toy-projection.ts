import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@park-ledger/contracts';
import type { FigureDefinition, RecordProjection } from '@park-ledger/figures';

/** A small read model over real safety events, so the engine can be tested apart from the park's record projections. */
interface ToyIncident {
  readonly zoneId: string;
  readonly month: string;
  readonly compensation?: { readonly month: string; readonly yuan: number };
}

const parkMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);
const payloadOf = (event: EventEnvelope) => event.payload as { incidentId: string; zoneId?: string; amountYuan?: number };

/** Incidents in zone 'unmapped' make the projection throw until the "fix" is deployed (redrive tests). */
export const toyFix = { deployed: false };

export const toyIncidents: RecordProjection<ToyIncident> = {
  kind: 'toy-incident',
  eventTypes: ['PollutionIncidentReported', 'PollutionIncidentDetailsCorrected', 'PollutionCompensationPaid', 'PollutionIncidentVoided'],
  recordIdOf: (event) => payloadOf(event).incidentId,
  evolve(row, event) {
    const payload = payloadOf(event);
    switch (event.type) {
      case 'PollutionIncidentReported':
        if (payload.zoneId === 'unmapped' && !toyFix.deployed) throw new Error('zone unmapped is not on the map');
        return { zoneId: payload.zoneId!, month: parkMonth(event.occurredAt) };
      case 'PollutionIncidentDetailsCorrected':
        return row && { ...row, zoneId: payload.zoneId! };
      case 'PollutionCompensationPaid':
        return row && { ...row, compensation: { month: parkMonth(event.occurredAt), yuan: payload.amountYuan! } };
      case 'PollutionIncidentVoided':
        return null;
      default:
        return row;
    }
  },
  contributions: (row) => [
    { figure: 'toy.incidents', period: row.month, dims: { zoneId: row.zoneId }, value: 1 },
    { figure: 'toy.incidentsToDate', period: row.month, dims: { zoneId: row.zoneId }, value: 1 },
    ...(row.compensation
      ? [{ figure: 'toy.compensation', period: row.compensation.month, dims: { zoneId: row.zoneId }, value: row.compensation.yuan }]
      : []),
  ],
};

export const toyCatalogue: readonly FigureDefinition[] = [
  { name: 'toy.incidents', kind: 'flow', unit: 'count', labels: { zh: '涉污事件', en: 'pollution incidents' }, dims: ['zoneId'] },
  { name: 'toy.incidentsToDate', kind: 'stock', unit: 'count', labels: { zh: '累计涉污事件', en: 'incidents to date' }, dims: ['zoneId'] },
  { name: 'toy.compensation', kind: 'flow', unit: 'yuan', labels: { zh: '赔偿', en: 'compensation' }, dims: ['zoneId'] },
];

let version = new Map<string, number>();
export const resetToyStreams = () => (version = new Map());

/** A valid safety envelope for the incident's stream, with the next stream version. */
export function toyEvent(type: string, payload: Record<string, unknown> & { incidentId: string }, occurredAt: string, recordedAt = new Date().toISOString()): EventEnvelope {
  const streamId = `pollution-incident-${payload.incidentId}`;
  const streamVersion = (version.get(streamId) ?? 0) + 1;
  version.set(streamId, streamVersion);
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId,
    streamVersion,
    occurredAt,
    recordedAt,
    department: 'safety',
    actor: 'reporting-test',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
}

export const reported = (incidentId: string, zoneId: string, occurredAt: string, recordedAt?: string) =>
  toyEvent('PollutionIncidentReported', { incidentId, zoneId, descriptionZh: '排污' }, occurredAt, recordedAt);
export const zoneCorrected = (incidentId: string, zoneId: string, occurredAt: string, recordedAt?: string) =>
  toyEvent('PollutionIncidentDetailsCorrected', { incidentId, zoneId, descriptionZh: '排污', reason: '录错园区' }, occurredAt, recordedAt);
export const compensated = (incidentId: string, amountYuan: number, occurredAt: string, recordedAt?: string) =>
  toyEvent('PollutionCompensationPaid', { incidentId, amountYuan }, occurredAt, recordedAt);
export const voided = (incidentId: string, occurredAt: string, recordedAt?: string) =>
  toyEvent('PollutionIncidentVoided', { incidentId, reason: '重复录入' }, occurredAt, recordedAt);
