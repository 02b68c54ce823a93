// Valid department events written straight to a test's own topics (load for the crash and scale-out tests).
import { randomUUID } from 'node:crypto';
import type { Department, EventEnvelope } from '@park-ledger/contracts';

const envelope = (department: Department, streamId: string, streamVersion: number, type: string, payload: object, occurredAt: string): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId,
  streamVersion,
  occurredAt,
  recordedAt: new Date().toISOString(),
  department,
  actor: 'reporting-e2e',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});

const dayIn = (i: number) => `${2013 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T03:00:00.000Z`;

/** The i-th record of a mix: a signed project, a pollution incident with compensation, an idle parcel. */
export function recordEvents(i: number, zones: readonly string[], tag: string): EventEnvelope[] {
  const zoneId = zones[i % zones.length];
  const id = `${tag}-${i}`;
  switch (i % 3) {
    case 0:
      return [
        envelope('projects', `project-${id}`, 1, 'ProjectLeadRegistered', {
          projectId: id,
          nameZh: `项目${i}`,
          zoneId,
          platformId: `${zoneId}-park`,
          industry: 'furniture',
          investorNameZh: '投资方',
          plannedInvestmentYuan: 1_000_000 + i,
        }, dayIn(i)),
        envelope('projects', `project-${id}`, 2, 'ProjectSigned', { projectId: id }, dayIn(i + 2)),
      ];
    case 1:
      return [
        envelope('safety', `pollution-incident-${id}`, 1, 'PollutionIncidentReported', { incidentId: id, zoneId, descriptionZh: '废水外溢' }, dayIn(i)),
        envelope('safety', `pollution-incident-${id}`, 2, 'PollutionCompensationPaid', { incidentId: id, amountYuan: 1000 + i }, dayIn(i + 2)),
      ];
    default:
      return [
        envelope('land', `idle-parcel-${id}`, 1, 'IdleParcelIdentified', {
          parcelId: id,
          category: i % 2 ? 'supplied-unused' : 'under-built',
          zoneId,
          enterpriseNameZh: '企业',
          idleAreaCentiMu: 100 + i,
        }, dayIn(i)),
      ];
  }
}
