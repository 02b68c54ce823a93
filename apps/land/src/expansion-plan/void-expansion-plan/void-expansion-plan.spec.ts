import { NotFound } from '@park-ledger/decider';
import { eventOf, ExpansionPlanVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { expansionPlanDecider } from '../expansion-plan';
import { at, planListed } from '../expansion-plan.examples';
import type { VoidExpansionPlan } from './void-expansion-plan';

const voidPlan: VoidExpansionPlan = {
  type: 'VoidExpansionPlan',
  planId: 'expansion-2014',
  occurredAt: at,
  reason: '录入了错误的园区 / wrong park',
};
const voided = eventOf(ExpansionPlanVoided, { planId: 'expansion-2014', reason: '录入了错误的园区 / wrong park' });

describe('a listed plan', () => {
  it('is voided with the reason', () => given(expansionPlanDecider, [planListed]).when(voidPlan).then([voided]));
});

describe('a voided plan', () => {
  it('refuses to be voided twice', () =>
    given(expansionPlanDecider, [planListed, voided]).when(voidPlan).thenThrows('expansion-plan-voided'));
});

describe('no plan under the id', () => {
  it('is not found', () => given(expansionPlanDecider).when(voidPlan).thenThrows(NotFound));
});
