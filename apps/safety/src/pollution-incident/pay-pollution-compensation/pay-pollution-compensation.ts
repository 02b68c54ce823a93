import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, PollutionCompensationPaid, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';

/** Compensation (赔偿) paid for the incident, in total. */
export type PayPollutionCompensation = {
  readonly type: 'PayPollutionCompensation';
  readonly incidentId: string;
  readonly occurredAt: string;
  readonly amountYuan: number;
};

export const payPollutionCompensation = (
  command: PayPollutionCompensation,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  const incident = liveRecord(state, 'pollution-incident', command.incidentId);
  if (incident.compensationPaid) {
    throw new DomainRuleViolation(
      'compensation-already-paid',
      `Compensation for pollution incident ${command.incidentId} was already recorded; correct it instead`,
    );
  }
  return [eventOf(PollutionCompensationPaid, { incidentId: command.incidentId, amountYuan: command.amountYuan })];
};
