import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyMonthlyTallyCorrected, SafetyMonthlyTallyFiled, SafetyMonthlyTallyVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyMonthlyTallyDecider, type CorrectMonthlyTally, type FileMonthlyTally, type VoidMonthlyTally } from './monthly-tally';

const file: FileMonthlyTally = { type: 'FileMonthlyTally', month: '2014-06', occurredAt: '2014-07-04T10:00:00+08:00', reminderBatches: 6, inspections: 9 };
const filed = eventOf(SafetyMonthlyTallyFiled, { month: '2014-06', reminderBatches: 6, inspections: 9 });
const voided = eventOf(SafetyMonthlyTallyVoided, { month: '2014-06', reason: '报错月份 / wrong month' });

describe('no tally for the month', () => {
  it('files it with the attested counts', () => given(safetyMonthlyTallyDecider).when(file).then([filed]));
  it('refuses a tally filed before the month is over (park time)', () =>
    given(safetyMonthlyTallyDecider).when({ ...file, occurredAt: '2014-06-30T23:59:00+08:00' }).thenThrows('safety-monthly-tally-before-month-end'));
  it('takes one filed just after midnight, park time, on the 1st', () =>
    given(safetyMonthlyTallyDecider).when({ ...file, occurredAt: '2014-06-30T16:00:00Z' }).then([filed]));
  it('cannot be corrected', () =>
    given(safetyMonthlyTallyDecider)
      .when({ type: 'CorrectMonthlyTally', month: '2014-06', occurredAt: '2014-07-08T09:00:00+08:00', reminderBatches: 7, inspections: 9, reason: 'x' })
      .thenThrows(NotFound));
});

describe('a filed tally', () => {
  const correct: CorrectMonthlyTally = { type: 'CorrectMonthlyTally', month: '2014-06', occurredAt: '2014-07-08T09:00:00+08:00', reminderBatches: 7, inspections: 9, reason: '漏计一批短信 / a batch was left out' };
  it('refuses to be filed twice', () => given(safetyMonthlyTallyDecider, [filed]).when(file).thenThrows('safety-monthly-tally-already-recorded'));
  it('is corrected with the reason', () =>
    given(safetyMonthlyTallyDecider, [filed])
      .when(correct)
      .then([eventOf(SafetyMonthlyTallyCorrected, { month: '2014-06', reminderBatches: 7, inspections: 9, reason: '漏计一批短信 / a batch was left out' })]));
  it('is voided with the reason', () => {
    const v: VoidMonthlyTally = { type: 'VoidMonthlyTally', month: '2014-06', occurredAt: '2014-07-08T09:00:00+08:00', reason: '报错月份 / wrong month' };
    return given(safetyMonthlyTallyDecider, [filed]).when(v).then([voided]);
  });
});

describe('a voided tally', () => {
  it('may be filed again', () => given(safetyMonthlyTallyDecider, [filed, voided]).when(file).then([filed]));
  it('refuses corrections', () =>
    given(safetyMonthlyTallyDecider, [filed, voided])
      .when({ type: 'CorrectMonthlyTally', month: '2014-06', occurredAt: '2014-07-08T09:00:00+08:00', reminderBatches: 7, inspections: 9, reason: 'x' })
      .thenThrows('safety-monthly-tally-voided'));
});
