import { given } from '@park-ledger/decider/testing';
import { expansionPlan } from '../expansion-plan';
import { at, planListed } from '../expansion-plan.examples';
import type { ListExpansionPlan } from './list-expansion-plan';

const list: ListExpansionPlan = { type: 'ListExpansionPlan', occurredAt: at, ...planListed.payload };

describe('no plan under the id', () => {
  it('lists the plan with its areas and its 11 preparatory tasks', () =>
    given(expansionPlan).when(list).then([planListed]));

  it('refuses a task named twice', () =>
    given(expansionPlan)
      .when({ ...list, preparatoryTasks: [...list.preparatoryTasks, { taskId: 'feasibility-report', nameZh: '可研' }] })
      .thenThrows('duplicate-preparatory-task'));
});

describe('a listed plan', () => {
  it('refuses to be listed again', () =>
    given(expansionPlan, [planListed]).when(list).thenThrows('expansion-plan-already-recorded'));
});
