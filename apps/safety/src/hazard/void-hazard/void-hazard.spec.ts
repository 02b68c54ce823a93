import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, stopProductionOrdered } from '../hazard.examples';
import type { VoidHazard } from './void-hazard';

const voidIt: VoidHazard = { type: 'VoidHazard', hazardId: 'H-2014-017', occurredAt: at, reason: '重复录入 / entered twice' };
const voided = eventOf(HazardVoided, { hazardId: 'H-2014-017', reason: '重复录入 / entered twice' });

describe('a hazard ordered rectified', () => {
  it('is voided with the reason', () => given(hazardDecider, [hazardFound, stopProductionOrdered]).when(voidIt).then([voided]));
});

describe('a voided hazard', () => {
  it('refuses to be voided twice', () => given(hazardDecider, [hazardFound, voided]).when(voidIt).thenThrows('hazard-voided'));
  it('refuses any further step', () =>
    given(hazardDecider, [hazardFound, stopProductionOrdered, voided])
      .when({ type: 'VerifyRectification', hazardId: 'H-2014-017', occurredAt: at })
      .thenThrows('hazard-voided'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazardDecider).when(voidIt).thenThrows(NotFound));
});
