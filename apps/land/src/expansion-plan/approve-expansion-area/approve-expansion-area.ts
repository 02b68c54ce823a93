import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, ExpansionAreaApproved, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';

/** The park's approved (核准) area after the plan, once every preparatory task is done. */
export type ApproveExpansionArea = {
  readonly type: 'ApproveExpansionArea';
  readonly planId: string;
  readonly occurredAt: string;
  readonly approvedAreaCentiHectares: number;
};

export const approveExpansionArea = (command: ApproveExpansionArea, state: ExpansionPlanState): ExpansionPlanEvent[] => {
  const plan = liveRecord(state, 'expansion-plan', command.planId);
  if (plan.approvedAreaCentiHectares !== null) {
    throw new DomainRuleViolation('expansion-already-approved', `Plan ${command.planId} was already approved`);
  }
  const open = plan.taskIds.filter((taskId) => !plan.completedTaskIds.includes(taskId));
  if (open.length > 0) {
    throw new DomainRuleViolation(
      'preparatory-tasks-incomplete',
      `Plan ${command.planId} still has preparatory tasks open: ${open.join(', ')}`,
    );
  }
  const { planId, approvedAreaCentiHectares } = command;
  return [eventOf(ExpansionAreaApproved, { planId, approvedAreaCentiHectares })];
};
