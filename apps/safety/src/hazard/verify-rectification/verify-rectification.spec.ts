import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardRectificationVerified } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, stopProductionOrdered } from '../hazard.examples';
import type { VerifyRectification } from './verify-rectification';

const verify: VerifyRectification = { type: 'VerifyRectification', hazardId: 'H-2014-017', occurredAt: at };
const verified = eventOf(HazardRectificationVerified, { hazardId: 'H-2014-017' });

describe('a hazard ordered rectified', () => {
  it('has its rectification verified', () =>
    given(hazardDecider, [hazardFound, stopProductionOrdered]).when(verify).then([verified]));
});

describe('a hazard never ordered rectified', () => {
  it('refuses verification', () => given(hazardDecider, [hazardFound]).when(verify).thenThrows('rectification-not-ordered'));
});

describe('a verified rectification', () => {
  it('refuses verifying twice', () =>
    given(hazardDecider, [hazardFound, stopProductionOrdered, verified]).when(verify).thenThrows('rectification-already-verified'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazardDecider).when(verify).thenThrows(NotFound));
});
