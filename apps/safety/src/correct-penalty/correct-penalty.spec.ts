import { eventOf, HazardPenaltyCorrected } from '@park-ledger/contracts';
import { NotFound } from '@park-ledger/event-store';
import { given } from '@park-ledger/event-store/testing';
import { hazard } from '../hazard';
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
    given(hazard, [hazardFound, penaltyImposed])
      .when(correct)
      .then([
        eventOf(HazardPenaltyCorrected, {
          hazardId: 'H-2014-017',
          amountYuan: 30_000,
          reason: '处罚决定书为3万元 / the decision says 30,000',
        }),
      ]));
});

describe('a hazard never penalised', () => {
  it('has no penalty to correct', () => given(hazard, [hazardFound]).when(correct).thenThrows('penalty-not-imposed'));
  it('is not found when never recorded', () => given(hazard).when(correct).thenThrows(NotFound));
});
