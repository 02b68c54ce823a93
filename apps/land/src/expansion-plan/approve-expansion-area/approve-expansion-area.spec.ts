import { NotFound } from '@park-ledger/decider';
import { eventOf, ExpansionAreaApproved, ExpansionPreparatoryTaskCompleted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed, taskIds } from '../expansion-plan.examples';
import type { ApproveExpansionArea } from './approve-expansion-area';

const approve: ApproveExpansionArea = {
  type: 'ApproveExpansionArea',
  planId: 'expansion-2014',
  occurredAt: at,
  approvedAreaCentiHectares: 166_100,
};
const completedTasks = taskIds.map((taskId) => eventOf(ExpansionPreparatoryTaskCompleted, { planId: 'expansion-2014', taskId }));
const approved = eventOf(ExpansionAreaApproved, { planId: 'expansion-2014', approvedAreaCentiHectares: 166_100 });

describe('a plan with all 11 preparatory tasks done', () => {
  it('has its area approved: 300 ha become 1661 ha', () =>
    given(expansionPlanDecider, [planListed, ...completedTasks]).when(approve).then([approved]));
});

describe('a plan with one task still open', () => {
  it('refuses approval, naming the open task', () =>
    given(expansionPlanDecider, [planListed, ...completedTasks.slice(1)]).when(approve).thenThrows('preparatory-tasks-incomplete'));
});

describe('an approved plan', () => {
  it('refuses a second approval', () =>
    given(expansionPlanDecider, [planListed, ...completedTasks, approved]).when(approve).thenThrows('expansion-already-approved'));
});

describe('no plan under the id', () => {
  it('is not found', () => given(expansionPlanDecider).when(approve).thenThrows(NotFound));
});
