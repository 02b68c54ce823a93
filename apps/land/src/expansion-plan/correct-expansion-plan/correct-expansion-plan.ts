import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, ExpansionPlanDetailsCorrected, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';
import { planDetailsOf, type ExpansionPlanDetails } from '../list-expansion-plan/list-expansion-plan';

/** Restates the plan as listed: names, areas and the full list of preparatory tasks. */
export type CorrectExpansionPlan = ExpansionPlanDetails & {
  readonly type: 'CorrectExpansionPlan';
  readonly planId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctExpansionPlan = (command: CorrectExpansionPlan, state: ExpansionPlanState): ExpansionPlanEvent[] => {
  const plan = liveRecord(state, 'expansion-plan', command.planId);
  const details = planDetailsOf(command);
  const kept = new Set(details.preparatoryTasks.map((task) => task.taskId));
  const dropped = plan.completedTaskIds.find((taskId) => !kept.has(taskId));
  if (dropped !== undefined) {
    throw new DomainRuleViolation(
      'completed-task-removed',
      `Preparatory task ${dropped} was already completed and cannot be removed from the plan`,
    );
  }
  return [eventOf(ExpansionPlanDetailsCorrected, { ...details, reason: command.reason })];
};
