import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyAccidentDetailsCorrected, SafetyAccidentVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyAccidentDecider } from '../safety-accident';
import { accidentReported, at } from '../safety-accident.examples';
import type { CorrectSafetyAccident } from './correct-safety-accident';

const correct: CorrectSafetyAccident = {
  type: 'CorrectSafetyAccident',
  occurredAt: at,
  ...accidentReported.payload,
  severity: 'serious',
  reason: '经调查定为较大事故 / classified serious after investigation',
};

describe('a recorded accident', () => {
  it('restates its facts with the reason', () =>
    given(safetyAccidentDecider, [accidentReported])
      .when(correct)
      .then([
        eventOf(SafetyAccidentDetailsCorrected, {
          ...accidentReported.payload,
          severity: 'serious',
          reason: '经调查定为较大事故 / classified serious after investigation',
        }),
      ]));
});

describe('a voided accident', () => {
  it('refuses corrections', () =>
    given(safetyAccidentDecider, [accidentReported, eventOf(SafetyAccidentVoided, { accidentId: 'SA-2014-03', reason: 'x' })])
      .when(correct)
      .thenThrows('safety-accident-voided'));
});

describe('no accident under the id', () => {
  it('is not found', () => given(safetyAccidentDecider).when(correct).thenThrows(NotFound));
});
