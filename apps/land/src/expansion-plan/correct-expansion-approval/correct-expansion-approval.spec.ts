import { NotFound } from '@park-ledger/decider';
import {
  eventOf,
  ExpansionAreaApprovalCorrected,
  ExpansionAreaApproved,
  ExpansionPreparatoryTaskCompleted,
} from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed, taskIds } from '../expansion-plan.examples';
import type { CorrectExpansionApproval } from './correct-expansion-approval';

const correct: CorrectExpansionApproval = {
  type: 'CorrectExpansionApproval',
  planId: 'expansion-2014',
  occurredAt: at,
  approvedAreaCentiHectares: 166_137,
  reason: '批复为1661.37公顷 / the approval says 1661.37 ha',
};
const completedTasks = taskIds.map((taskId) => eventOf(ExpansionPreparatoryTaskCompleted, { planId: 'expansion-2014', taskId }));
const approved = eventOf(ExpansionAreaApproved, { planId: 'expansion-2014', approvedAreaCentiHectares: 166_100 });

describe('an approved plan', () => {
  it('restates the approved area with the reason', () =>
    given(expansionPlanDecider, [planListed, ...completedTasks, approved])
      .when(correct)
      .then([
        eventOf(ExpansionAreaApprovalCorrected, {
          planId: 'expansion-2014',
          approvedAreaCentiHectares: 166_137,
          reason: '批复为1661.37公顷 / the approval says 1661.37 ha',
        }),
      ]));
});

describe('a plan not yet approved', () => {
  it('has no approval to correct', () =>
    given(expansionPlanDecider, [planListed, ...completedTasks]).when(correct).thenThrows('expansion-not-approved'));
  it('is not found when never listed', () => given(expansionPlanDecider).when(correct).thenThrows(NotFound));
});
