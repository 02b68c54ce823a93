import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardRectificationOrdered } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, stopProductionOrdered } from '../hazard.examples';
import type { OrderRectification } from './order-rectification';

const order: OrderRectification = {
  type: 'OrderRectification',
  hazardId: 'H-2014-017',
  occurredAt: at,
  stopProduction: true,
  rectifyBy: '2014-07-31',
};

describe('a recorded hazard', () => {
  it('is ordered rectified with production stopped', () =>
    given(hazardDecider, [hazardFound]).when(order).then([stopProductionOrdered]));
  it('is ordered rectified while production goes on', () =>
    given(hazardDecider, [hazardFound])
      .when({ ...order, stopProduction: false, rectifyBy: undefined })
      .then([eventOf(HazardRectificationOrdered, { hazardId: 'H-2014-017', stopProduction: false })]));
});

describe('a hazard already ordered rectified', () => {
  it('refuses a second order', () =>
    given(hazardDecider, [hazardFound, stopProductionOrdered]).when(order).thenThrows('rectification-already-ordered'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazardDecider).when(order).thenThrows(NotFound));
});
