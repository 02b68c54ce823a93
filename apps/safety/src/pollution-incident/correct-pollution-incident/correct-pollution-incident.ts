import { liveRecord } from '@park-ledger/decider';
import { eventFrom, PollutionIncidentDetailsCorrected, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';
import type { PollutionIncidentDetails } from '../report-pollution-incident/report-pollution-incident';

export type CorrectPollutionIncident = PollutionIncidentDetails & {
  readonly type: 'CorrectPollutionIncident';
  readonly incidentId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctPollutionIncident = (
  command: CorrectPollutionIncident,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  liveRecord(state, 'pollution-incident', command.incidentId);
  return [eventFrom(PollutionIncidentDetailsCorrected, command)];
};
