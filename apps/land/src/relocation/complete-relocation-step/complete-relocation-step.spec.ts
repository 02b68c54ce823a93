import { NotFound } from '@park-ledger/decider';
import { eventOf, RelocationCompleted, RelocationVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { relocationDecider } from '../relocation';
import { allStepsCompleted, at, relocationStarted, stepCompleted } from '../relocation.examples';
import type { CompleteRelocationStep } from './complete-relocation-step';

const complete: CompleteRelocationStep = {
  type: 'CompleteRelocationStep',
  relocationId: 'ganzhong-chlor-alkali',
  occurredAt: at,
  step: 'appraisal',
};

describe('a relocation with its assets inventoried', () => {
  const history = [relocationStarted, stepCompleted('asset-inventory')];
  it('completes the appraisal', () => given(relocationDecider, history).when(complete).then([stepCompleted('appraisal')]));
  it('refuses the inventory a second time', () =>
    given(relocationDecider, history)
      .when({ ...complete, step: 'asset-inventory' })
      .thenThrows('relocation-step-already-completed'));
});

describe('a completed relocation', () => {
  it('takes no more steps', () =>
    given(relocationDecider, [
      relocationStarted,
      ...allStepsCompleted,
      eventOf(RelocationCompleted, { relocationId: 'ganzhong-chlor-alkali' }),
    ])
      .when(complete)
      .thenThrows('relocation-already-completed'));
});

describe('a relocation never started, or voided', () => {
  it('is not found', () => given(relocationDecider).when(complete).thenThrows(NotFound));
  it('refuses steps once voided', () =>
    given(relocationDecider, [relocationStarted, eventOf(RelocationVoided, { relocationId: 'ganzhong-chlor-alkali', reason: 'x' })])
      .when(complete)
      .thenThrows('relocation-voided'));
});
