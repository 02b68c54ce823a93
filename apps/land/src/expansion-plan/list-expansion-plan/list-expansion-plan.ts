import { DomainRuleViolation, assertNewRecord } from '@park-ledger/decider';
import { eventOf, ExpansionPlanListed, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';

export interface PreparatoryTask {
  readonly taskId: string;
  readonly nameZh: string;
  readonly nameEn?: string;
}

export interface ExpansionPlanDetails {
  readonly nameZh: string;
  readonly nameEn?: string;
  readonly listedByZh: string;
  readonly listedByEn?: string;
  readonly approvedAreaBeforeCentiHectares: number;
  readonly plannedAreaCentiHectares: number;
  readonly preparatoryTasks: readonly PreparatoryTask[];
}

export type ListExpansionPlan = ExpansionPlanDetails & {
  readonly type: 'ListExpansionPlan';
  readonly planId: string;
  readonly occurredAt: string;
};

export const planDetailsOf = (command: ExpansionPlanDetails & { readonly planId: string }) => {
  const taskIds = command.preparatoryTasks.map((task) => task.taskId);
  const repeated = taskIds.find((taskId, i) => taskIds.indexOf(taskId) !== i);
  if (repeated !== undefined) {
    throw new DomainRuleViolation('duplicate-preparatory-task', `Preparatory task ${repeated} is listed twice`);
  }
  return {
    planId: command.planId,
    nameZh: command.nameZh,
    nameEn: command.nameEn,
    listedByZh: command.listedByZh,
    listedByEn: command.listedByEn,
    approvedAreaBeforeCentiHectares: command.approvedAreaBeforeCentiHectares,
    plannedAreaCentiHectares: command.plannedAreaCentiHectares,
    preparatoryTasks: command.preparatoryTasks.map(({ taskId, nameZh, nameEn }) => ({ taskId, nameZh, nameEn })),
  };
};

export const listExpansionPlan = (command: ListExpansionPlan, state: ExpansionPlanState): ExpansionPlanEvent[] => {
  assertNewRecord(state, 'expansion-plan', command.planId);
  return [eventOf(ExpansionPlanListed, planDetailsOf(command))];
};
