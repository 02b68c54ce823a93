import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, ExpansionPreparatoryTaskCompleted, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';

export type CompletePreparatoryTask = {
  readonly type: 'CompletePreparatoryTask';
  readonly planId: string;
  readonly occurredAt: string;
  readonly taskId: string;
};

export const completePreparatoryTask = (
  command: CompletePreparatoryTask,
  state: ExpansionPlanState,
): ExpansionPlanEvent[] => {
  const plan = liveRecord(state, 'expansion-plan', command.planId);
  if (!plan.taskIds.includes(command.taskId)) {
    throw new DomainRuleViolation(
      'unknown-preparatory-task',
      `Plan ${command.planId} has no preparatory task ${command.taskId}`,
    );
  }
  if (plan.completedTaskIds.includes(command.taskId)) {
    throw new DomainRuleViolation(
      'preparatory-task-already-completed',
      `Preparatory task ${command.taskId} is already completed`,
    );
  }
  return [eventOf(ExpansionPreparatoryTaskCompleted, { planId: command.planId, taskId: command.taskId })];
};
