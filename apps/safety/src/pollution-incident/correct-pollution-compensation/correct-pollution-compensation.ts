import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, PollutionCompensationCorrected, type PollutionIncidentEvent } from '@park-ledger/contracts';
import type { PollutionIncidentState } from '../pollution-incident.state';

/** Restates the compensation amount (not a delta). */
export type CorrectPollutionCompensation = {
  readonly type: 'CorrectPollutionCompensation';
  readonly incidentId: string;
  readonly occurredAt: string;
  readonly amountYuan: number;
  readonly reason: string;
};

export const correctPollutionCompensation = (
  command: CorrectPollutionCompensation,
  state: PollutionIncidentState,
): PollutionIncidentEvent[] => {
  const incident = liveRecord(state, 'pollution-incident', command.incidentId);
  if (!incident.compensationPaid) {
    throw new DomainRuleViolation(
      'compensation-not-paid',
      `Pollution incident ${command.incidentId} has no compensation to correct`,
    );
  }
  const { incidentId, amountYuan, reason } = command;
  return [eventOf(PollutionCompensationCorrected, { incidentId, amountYuan, reason })];
};
