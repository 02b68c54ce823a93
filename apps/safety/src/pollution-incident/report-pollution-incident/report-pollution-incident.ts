import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, PollutionIncidentReported, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';

/** The enterprise is named when one is known to be responsible. */
export interface PollutionIncidentDetails {
  readonly zoneId: string;
  readonly enterpriseNameZh?: string;
  readonly enterpriseNameEn?: string;
  readonly descriptionZh: string;
}

export type ReportPollutionIncident = PollutionIncidentDetails & {
  readonly type: 'ReportPollutionIncident';
  readonly incidentId: string;
  readonly occurredAt: string;
};

export const reportPollutionIncident = (
  command: ReportPollutionIncident,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  assertNewRecord(state, 'pollution-incident', command.incidentId);
  return [eventFrom(PollutionIncidentReported, command)];
};
