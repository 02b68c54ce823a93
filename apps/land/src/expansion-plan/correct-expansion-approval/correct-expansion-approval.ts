import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, ExpansionAreaApprovalCorrected, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';

/** Restates the approved area (not a delta). */
export type CorrectExpansionApproval = {
  readonly type: 'CorrectExpansionApproval';
  readonly planId: string;
  readonly occurredAt: string;
  readonly approvedAreaCentiHectares: number;
  readonly reason: string;
};

export const correctExpansionApproval = (
  command: CorrectExpansionApproval,
  state: ExpansionPlanState,
): ExpansionPlanEvent[] => {
  const plan = liveRecord(state, 'expansion-plan', command.planId);
  if (plan.approvedAreaCentiHectares === null) {
    throw new DomainRuleViolation('expansion-not-approved', `Plan ${command.planId} has no approval to correct`);
  }
  const { planId, approvedAreaCentiHectares, reason } = command;
  return [eventOf(ExpansionAreaApprovalCorrected, { planId, approvedAreaCentiHectares, reason })];
};
