import { liveRecord } from '@park-ledger/decider';
import { eventOf, PollutionIncidentVoided, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';

export type VoidPollutionIncident = {
  readonly type: 'VoidPollutionIncident';
  readonly incidentId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidPollutionIncident = (
  command: VoidPollutionIncident,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  liveRecord(state, 'pollution-incident', command.incidentId);
  return [eventOf(PollutionIncidentVoided, { incidentId: command.incidentId, reason: command.reason })];
};
