import { NotFound } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkScheduleRevised } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, workId } from '../infrastructure-work.examples';
import type { ReviseWorkSchedule } from './revise-work-schedule';

const revise = (expectedStartOn: string | null, expectedCompletionOn: string | null): ReviseWorkSchedule => ({
  type: 'ReviseWorkSchedule',
  workId,
  occurredAt,
  expectedStartOn,
  expectedCompletionOn,
});

describe('a work being tendered, expected to start in November', () => {
  it('records the revised dates', () =>
    given(infrastructureWorkDecider, history.tendering)
      .when(revise('2014-12-01', '2015-10-31'))
      .then([
        eventOf(InfrastructureWorkScheduleRevised, {
          workId,
          expectedStartOn: '2014-12-01',
          expectedCompletionOn: '2015-10-31',
        }),
      ]));

  it('records that no start date is expected any more', () =>
    given(infrastructureWorkDecider, history.tendering)
      .when(revise(null, null))
      .then([eventOf(InfrastructureWorkScheduleRevised, { workId, expectedStartOn: null, expectedCompletionOn: null })]));

  it('refuses a completion before the start', () =>
    given(infrastructureWorkDecider, history.tendering)
      .when(revise('2014-12-01', '2014-11-30'))
      .thenThrows('completion-before-start'));
});

describe('a completed work', () => {
  it('refuses a new schedule', () =>
    given(infrastructureWorkDecider, history.completed).when(revise(null, '2015-01-01')).thenThrows('work-completed'));
});

describe('no work under that id', () => {
  it('is not found', () => given(infrastructureWorkDecider).when(revise(null, null)).thenThrows(NotFound));
});

describe('a voided work', () => {
  it('refuses a new schedule', () =>
    given(infrastructureWorkDecider, history.voided).when(revise(null, null)).thenThrows('work-voided'));
});
