import { NotFound } from '@park-ledger/decider';
import { eventOf, ExpansionPlanDetailsCorrected, ExpansionPreparatoryTaskCompleted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed } from '../expansion-plan.examples';
import type { CorrectExpansionPlan } from './correct-expansion-plan';

const withoutFeasibility = planListed.payload.preparatoryTasks.filter((task) => task.taskId !== 'feasibility-report');
const correct: CorrectExpansionPlan = {
  type: 'CorrectExpansionPlan',
  occurredAt: at,
  ...planListed.payload,
  plannedAreaCentiHectares: 166_150,
  preparatoryTasks: withoutFeasibility,
  reason: '按省厅批复更正 / as the province replied',
};
const feasibilityDone = eventOf(ExpansionPreparatoryTaskCompleted, {
  planId: 'expansion-2014',
  taskId: 'feasibility-report',
});

describe('a listed plan', () => {
  it('restates its areas and tasks with the reason', () =>
    given(expansionPlanDecider, [planListed])
      .when(correct)
      .then([
        eventOf(ExpansionPlanDetailsCorrected, {
          ...planListed.payload,
          plannedAreaCentiHectares: 166_150,
          preparatoryTasks: withoutFeasibility,
          reason: '按省厅批复更正 / as the province replied',
        }),
      ]));

  it('refuses a task named twice', () =>
    given(expansionPlanDecider, [planListed])
      .when({ ...correct, preparatoryTasks: [...withoutFeasibility, withoutFeasibility[0]] })
      .thenThrows('duplicate-preparatory-task'));
});

describe('a plan whose feasibility report is done', () => {
  it('refuses to drop that completed task', () =>
    given(expansionPlanDecider, [planListed, feasibilityDone]).when(correct).thenThrows('completed-task-removed'));
});

describe('no plan under the id', () => {
  it('is not found', () => given(expansionPlanDecider).when(correct).thenThrows(NotFound));
});
