import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyAccidentVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyAccidentDecider } from '../safety-accident';
import { accidentReported, at } from '../safety-accident.examples';
import type { VoidSafetyAccident } from './void-safety-accident';

const voidIt: VoidSafetyAccident = {
  type: 'VoidSafetyAccident',
  accidentId: 'SA-2014-03',
  occurredAt: at,
  reason: '重复录入 / entered twice',
};
const voided = eventOf(SafetyAccidentVoided, { accidentId: 'SA-2014-03', reason: '重复录入 / entered twice' });

describe('a reported accident', () => {
  it('is voided with the reason', () => given(safetyAccidentDecider, [accidentReported]).when(voidIt).then([voided]));
});

describe('a voided accident', () => {
  it('refuses to be voided twice', () =>
    given(safetyAccidentDecider, [accidentReported, voided]).when(voidIt).thenThrows('safety-accident-voided'));
});

describe('no accident under the id', () => {
  it('is not found', () => given(safetyAccidentDecider).when(voidIt).thenThrows(NotFound));
});
