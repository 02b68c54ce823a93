import { NotFound } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkCorrected, InfrastructureWorkProgressReported } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, registeredAtTendering, workId } from '../infrastructure-work.examples';
import type { CorrectInfrastructureWork } from './correct-infrastructure-work';

const { expectedStartOn: _start, expectedCompletionOn: _completion, ...details } = registeredAtTendering.payload;
const restated = { ...details, stage: 'under-construction', percentComplete: 60, reason: '监理核实为60%' } as const;
const correct = (overrides: Partial<CorrectInfrastructureWork> = {}): CorrectInfrastructureWork => ({
  type: 'CorrectInfrastructureWork',
  occurredAt,
  ...restated,
  ...overrides,
});

describe('a work under construction, reported 70% done', () => {
  it('records the restated work, lowering the progress', () =>
    given(infrastructureWorkDecider, history.underConstructionAt70)
      .when(correct())
      .then([eventOf(InfrastructureWorkCorrected, restated)]));

  it('takes the corrected progress as the floor for later reports', () =>
    given(infrastructureWorkDecider, [...history.underConstructionAt70, eventOf(InfrastructureWorkCorrected, restated)])
      .when({ type: 'ReportWorkProgress', workId, occurredAt, percentComplete: 65 })
      .then([eventOf(InfrastructureWorkProgressReported, { workId, percentComplete: 65 })]));

  it.each([
    [{ percentComplete: 101 }, 'progress-out-of-range'],
    [{ stage: 'completed', percentComplete: 90 }, 'completed-work-below-100'],
    [{ stage: 'budget', percentComplete: 10 }, 'progress-before-construction'],
  ] as const)('refuses %j with %s', (overrides, code) =>
    given(infrastructureWorkDecider, history.underConstructionAt70).when(correct(overrides)).thenThrows(code));
});

describe('a completed work', () => {
  it('can be corrected back to under construction', () =>
    given(infrastructureWorkDecider, history.completed)
      .when(correct())
      .then([eventOf(InfrastructureWorkCorrected, restated)]));
});

describe('no work under that id', () => {
  it('is not found', () => given(infrastructureWorkDecider).when(correct()).thenThrows(NotFound));
});

describe('a voided work', () => {
  it('refuses corrections', () =>
    given(infrastructureWorkDecider, history.voided).when(correct()).thenThrows('work-voided'));
});
