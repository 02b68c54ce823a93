import { NotFound } from '@park-ledger/decider';
import { eventOf, RelocationCompleted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { relocationDecider } from '../relocation';
import { allStepsCompleted, at, relocationStarted, stepCompleted } from '../relocation.examples';
import type { CompleteRelocation } from './complete-relocation';

const complete: CompleteRelocation = { type: 'CompleteRelocation', relocationId: 'ganzhong-chlor-alkali', occurredAt: at };
const completed = eventOf(RelocationCompleted, { relocationId: 'ganzhong-chlor-alkali' });

describe('a relocation with every step done', () => {
  it('is completed', () => given(relocationDecider, [relocationStarted, ...allStepsCompleted]).when(complete).then([completed]));
});

describe('a relocation with only inventory and appraisal done, as in the seed', () => {
  it('refuses completion', () =>
    given(relocationDecider, [relocationStarted, stepCompleted('asset-inventory'), stepCompleted('appraisal')])
      .when(complete)
      .thenThrows('relocation-steps-incomplete'));
});

describe('a completed relocation', () => {
  it('refuses completing twice', () =>
    given(relocationDecider, [relocationStarted, ...allStepsCompleted, completed])
      .when(complete)
      .thenThrows('relocation-already-completed'));
});

describe('no relocation under the id', () => {
  it('is not found', () => given(relocationDecider).when(complete).thenThrows(NotFound));
});
