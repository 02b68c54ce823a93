import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyAccidentHandlingCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyAccidentDecider } from '../safety-accident';
import { accidentHandled, accidentReported, at } from '../safety-accident.examples';
import type { CorrectAccidentHandling } from './correct-accident-handling';

const correct: CorrectAccidentHandling = {
  type: 'CorrectAccidentHandling',
  accidentId: 'SA-2014-03',
  occurredAt: at,
  majorNegativeImpact: true,
  reason: '媒体报道后造成负面影响 / press coverage made it a major impact',
};

describe('a handled accident', () => {
  it('restates the handling with the reason', () =>
    given(safetyAccidentDecider, [accidentReported, accidentHandled])
      .when(correct)
      .then([
        eventOf(SafetyAccidentHandlingCorrected, {
          accidentId: 'SA-2014-03',
          majorNegativeImpact: true,
          reason: '媒体报道后造成负面影响 / press coverage made it a major impact',
        }),
      ]));
});

describe('an accident not yet handled', () => {
  it('has no handling to correct', () =>
    given(safetyAccidentDecider, [accidentReported]).when(correct).thenThrows('accident-not-handled'));
  it('is not found when never reported', () => given(safetyAccidentDecider).when(correct).thenThrows(NotFound));
});
