import { given } from '@park-ledger/decider/testing';
import { safetyAccidentDecider } from '../safety-accident';
import { accidentReported, at } from '../safety-accident.examples';
import type { ReportSafetyAccident } from './report-safety-accident';

const report: ReportSafetyAccident = { type: 'ReportSafetyAccident', occurredAt: at, ...accidentReported.payload };

describe('no accident under the id', () => {
  it('records the accident with its severity', () => given(safetyAccidentDecider).when(report).then([accidentReported]));
});

describe('a recorded accident', () => {
  it('refuses the same id again', () =>
    given(safetyAccidentDecider, [accidentReported]).when(report).thenThrows('safety-accident-already-recorded'));
});
