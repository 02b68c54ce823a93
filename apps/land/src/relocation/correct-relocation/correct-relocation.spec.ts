import { NotFound } from '@park-ledger/decider';
import { eventOf, RelocationCompleted, RelocationDetailsCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { relocationDecider } from '../relocation';
import { allStepsCompleted, at, relocationStarted } from '../relocation.examples';
import type { CorrectRelocation } from './correct-relocation';

const correct: CorrectRelocation = {
  type: 'CorrectRelocation',
  relocationId: 'ganzhong-chlor-alkali',
  occurredAt: at,
  enterpriseNameZh: '江西赣中氯碱制造有限公司',
  reason: '用企业全称 / full registered name',
};
const corrected = eventOf(RelocationDetailsCorrected, {
  relocationId: 'ganzhong-chlor-alkali',
  enterpriseNameZh: '江西赣中氯碱制造有限公司',
  reason: '用企业全称 / full registered name',
});

describe('a relocation in progress', () => {
  it('restates the enterprise with the reason', () =>
    given(relocationDecider, [relocationStarted]).when(correct).then([corrected]));
});

describe('a completed relocation', () => {
  it('can still be corrected', () =>
    given(relocationDecider, [
      relocationStarted,
      ...allStepsCompleted,
      eventOf(RelocationCompleted, { relocationId: 'ganzhong-chlor-alkali' }),
    ])
      .when(correct)
      .then([corrected]));
});

describe('no relocation under the id', () => {
  it('is not found', () => given(relocationDecider).when(correct).thenThrows(NotFound));
});
