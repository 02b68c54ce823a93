import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardRectificationOrderCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, stopProductionOrdered } from '../hazard.examples';
import type { CorrectRectificationOrder } from './correct-rectification-order';

const correct: CorrectRectificationOrder = {
  type: 'CorrectRectificationOrder',
  hazardId: 'H-2014-017',
  occurredAt: at,
  stopProduction: false,
  rectifyBy: '2014-08-15',
  reason: '未责令停产 / production was not stopped',
};

describe('a hazard ordered rectified', () => {
  it('restates the order with the reason', () =>
    given(hazardDecider, [hazardFound, stopProductionOrdered])
      .when(correct)
      .then([
        eventOf(HazardRectificationOrderCorrected, {
          hazardId: 'H-2014-017',
          stopProduction: false,
          rectifyBy: '2014-08-15',
          reason: '未责令停产 / production was not stopped',
        }),
      ]));
});

describe('a hazard never ordered rectified', () => {
  it('has no order to correct', () =>
    given(hazardDecider, [hazardFound]).when(correct).thenThrows('rectification-not-ordered'));
  it('is not found when never recorded', () => given(hazardDecider).when(correct).thenThrows(NotFound));
});
