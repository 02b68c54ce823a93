import { NotFound } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkProgressReported } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, workId } from '../infrastructure-work.examples';
import type { ReportWorkProgress } from './report-work-progress';

const report = (percentComplete: number): ReportWorkProgress => ({
  type: 'ReportWorkProgress',
  workId,
  occurredAt,
  percentComplete,
});

describe('a work under construction, reported 70% done', () => {
  it.each([70, 90, 100])('records %i%%', (percent) =>
    given(infrastructureWorkDecider, history.underConstructionAt70)
      .when(report(percent))
      .then([eventOf(InfrastructureWorkProgressReported, { workId, percentComplete: percent })]));

  it('refuses a lower figure', () =>
    given(infrastructureWorkDecider, history.underConstructionAt70).when(report(60)).thenThrows('progress-decreased'));

  it.each([101, -1, 70.5])('refuses %d as out of range', (percent) =>
    given(infrastructureWorkDecider, history.underConstructionAt70).when(report(percent)).thenThrows('progress-out-of-range'));
});

describe('a work still being tendered', () => {
  it('refuses progress', () =>
    given(infrastructureWorkDecider, history.tendering).when(report(10)).thenThrows('work-not-under-construction'));
});

describe('a completed work', () => {
  it('refuses progress', () =>
    given(infrastructureWorkDecider, history.completed).when(report(100)).thenThrows('work-completed'));
});

describe('no work under that id', () => {
  it('is not found', () => given(infrastructureWorkDecider).when(report(10)).thenThrows(NotFound));
});

describe('a voided work', () => {
  it('refuses progress', () =>
    given(infrastructureWorkDecider, history.voided).when(report(10)).thenThrows('work-voided'));
});
