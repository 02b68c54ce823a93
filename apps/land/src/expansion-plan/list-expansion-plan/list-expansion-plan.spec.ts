import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed } from '../expansion-plan.examples';
import type { ListExpansionPlan } from './list-expansion-plan';

const list: ListExpansionPlan = { type: 'ListExpansionPlan', occurredAt: at, ...planListed.payload };

describe('no plan under the id', () => {
  it('lists the plan with its areas and its 11 preparatory tasks', () =>
    given(expansionPlanDecider).when(list).then([planListed]));

  it('refuses a task named twice', () =>
    given(expansionPlanDecider)
      .when({ ...list, preparatoryTasks: [...list.preparatoryTasks, { taskId: 'feasibility-report', nameZh: '可研' }] })
      .thenThrows('duplicate-preparatory-task'));
});

describe('a listed plan', () => {
  it('refuses to be listed again', () =>
    given(expansionPlanDecider, [planListed]).when(list).thenThrows('expansion-plan-already-recorded'));
});
