import { NotFound } from '@park-ledger/decider';
import { eventOf, ExpansionPlanVoided, ExpansionPreparatoryTaskCompleted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed } from '../expansion-plan.examples';
import type { CompletePreparatoryTask } from './complete-preparatory-task';

const complete: CompletePreparatoryTask = {
  type: 'CompletePreparatoryTask',
  planId: 'expansion-2014',
  occurredAt: at,
  taskId: 'feasibility-report',
};
const completed = eventOf(ExpansionPreparatoryTaskCompleted, { planId: 'expansion-2014', taskId: 'feasibility-report' });

describe('a listed plan', () => {
  it('completes one of its tasks', () => given(expansionPlanDecider, [planListed]).when(complete).then([completed]));
  it('refuses a task the plan does not have', () =>
    given(expansionPlanDecider, [planListed]).when({ ...complete, taskId: 'task-99' }).thenThrows('unknown-preparatory-task'));
});

describe('a plan whose feasibility report is done', () => {
  it('refuses completing it twice', () =>
    given(expansionPlanDecider, [planListed, completed]).when(complete).thenThrows('preparatory-task-already-completed'));
});

describe('a plan never listed, or voided', () => {
  it('is not found', () => given(expansionPlanDecider).when(complete).thenThrows(NotFound));
  it('refuses tasks once voided', () =>
    given(expansionPlanDecider, [planListed, eventOf(ExpansionPlanVoided, { planId: 'expansion-2014', reason: 'dup' })])
      .when(complete)
      .thenThrows('expansion-plan-voided'));
});
