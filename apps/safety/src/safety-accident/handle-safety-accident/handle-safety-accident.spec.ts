import { NotFound } from '@park-ledger/decider';
import { given } from '@park-ledger/decider/testing';
import { safetyAccidentDecider } from '../safety-accident';
import { accidentHandled, accidentReported, at } from '../safety-accident.examples';
import type { HandleSafetyAccident } from './handle-safety-accident';

const handle: HandleSafetyAccident = {
  type: 'HandleSafetyAccident',
  accidentId: 'SA-2014-03',
  occurredAt: at,
  majorNegativeImpact: false,
  outcomeZh: '伤者及时送医,企业停机检修',
};

describe('a reported accident', () => {
  it('is handled, without major negative impact', () =>
    given(safetyAccidentDecider, [accidentReported]).when(handle).then([accidentHandled]));
});

describe('a handled accident', () => {
  it('refuses handling twice', () =>
    given(safetyAccidentDecider, [accidentReported, accidentHandled]).when(handle).thenThrows('accident-already-handled'));
});

describe('no accident under the id', () => {
  it('is not found', () => given(safetyAccidentDecider).when(handle).thenThrows(NotFound));
});
