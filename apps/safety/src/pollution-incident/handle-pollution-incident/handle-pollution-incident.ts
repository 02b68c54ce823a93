import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, PollutionIncidentHandled, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';

export type HandlePollutionIncident = {
  readonly type: 'HandlePollutionIncident';
  readonly incidentId: string;
  readonly occurredAt: string;
  readonly measuresZh: string;
};

export const handlePollutionIncident = (
  command: HandlePollutionIncident,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  const incident = liveRecord(state, 'pollution-incident', command.incidentId);
  if (incident.handled) {
    throw new DomainRuleViolation('incident-already-handled', `Pollution incident ${command.incidentId} was already handled`);
  }
  return [eventOf(PollutionIncidentHandled, { incidentId: command.incidentId, measuresZh: command.measuresZh })];
};
