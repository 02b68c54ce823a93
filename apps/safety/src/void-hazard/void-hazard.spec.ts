import { eventOf, HazardVoided } from '@park-ledger/contracts';
import { NotFound } from '@park-ledger/event-store';
import { given } from '@park-ledger/event-store/testing';
import { hazard } from '../hazard';
import { at, hazardFound, stopProductionOrdered } from '../hazard.examples';
import type { VoidHazard } from './void-hazard';

const voidIt: VoidHazard = { type: 'VoidHazard', hazardId: 'H-2014-017', occurredAt: at, reason: '重复录入 / entered twice' };
const voided = eventOf(HazardVoided, { hazardId: 'H-2014-017', reason: '重复录入 / entered twice' });

describe('a hazard ordered rectified', () => {
  it('is voided with the reason', () => given(hazard, [hazardFound, stopProductionOrdered]).when(voidIt).then([voided]));
});

describe('a voided hazard', () => {
  it('refuses to be voided twice', () => given(hazard, [hazardFound, voided]).when(voidIt).thenThrows('hazard-voided'));
  it('refuses any further step', () =>
    given(hazard, [hazardFound, stopProductionOrdered, voided])
      .when({ type: 'VerifyRectification', hazardId: 'H-2014-017', occurredAt: at })
      .thenThrows('hazard-voided'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazard).when(voidIt).thenThrows(NotFound));
});
