import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardPenaltyCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, penaltyImposed } from '../hazard.examples';
import type { CorrectPenalty } from './correct-penalty';

const correct: CorrectPenalty = {
  type: 'CorrectPenalty',
  hazardId: 'H-2014-017',
  occurredAt: at,
  amountYuan: 30_000,
  reason: '处罚决定书为3万元 / the decision says 30,000',
};

describe('a penalised hazard', () => {
  it('restates the amount with the reason', () =>
    given(hazardDecider, [hazardFound, penaltyImposed])
      .when(correct)
      .then([
        eventOf(HazardPenaltyCorrected, {
          hazardId: 'H-2014-017',
          amount: { value: 30_000, currency: 'CNY' },
          reason: '处罚决定书为3万元 / the decision says 30,000',
        }),
      ]));
});

describe('a hazard never penalised', () => {
  it('has no penalty to correct', () => given(hazardDecider, [hazardFound]).when(correct).thenThrows('penalty-not-imposed'));
  it('is not found when never recorded', () => given(hazardDecider).when(correct).thenThrows(NotFound));
});
