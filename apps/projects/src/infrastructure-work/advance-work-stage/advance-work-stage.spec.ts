import { NotFound } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkStageReached } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, workId } from '../infrastructure-work.examples';
import type { AdvanceWorkStage } from './advance-work-stage';

const advanceTo = (stage: AdvanceWorkStage['stage']): AdvanceWorkStage => ({
  type: 'AdvanceWorkStage',
  workId,
  occurredAt,
  stage,
});

describe('a work being tendered', () => {
  it('moves on to construction', () =>
    given(infrastructureWorkDecider, history.tendering)
      .when(advanceTo('under-construction'))
      .then([eventOf(InfrastructureWorkStageReached, { workId, stage: 'under-construction' })]));

  it('may skip straight to completed', () =>
    given(infrastructureWorkDecider, history.tendering)
      .when(advanceTo('completed'))
      .then([eventOf(InfrastructureWorkStageReached, { workId, stage: 'completed' })]));

  it.each(['design', 'budget', 'tendering'] as const)('refuses going back or staying at %s', (stage) =>
    given(infrastructureWorkDecider, history.tendering).when(advanceTo(stage)).thenThrows('stage-not-forward'));
});

describe('a completed work', () => {
  it('refuses any further stage', () =>
    given(infrastructureWorkDecider, history.completed).when(advanceTo('completed')).thenThrows('stage-not-forward'));
});

describe('no work under that id', () => {
  it('is not found', () => given(infrastructureWorkDecider).when(advanceTo('budget')).thenThrows(NotFound));
});

describe('a voided work', () => {
  it('refuses a new stage', () =>
    given(infrastructureWorkDecider, history.voided).when(advanceTo('completed')).thenThrows('work-voided'));
});
