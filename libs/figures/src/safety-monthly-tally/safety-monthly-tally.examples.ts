import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

/** June 2014's tally filed on 4 July, then corrected. */
export const juneTally = (): EventEnvelope[] => {
  const at = streamOf('safety-monthly-tally-2014-06', 'safety');
  return [
    at('SafetyMonthlyTallyFiled', { month: '2014-06', reminderBatches: 6, inspections: 9 }, '2014-07-04T10:00:00+08:00'),
    at('SafetyMonthlyTallyCorrected', { month: '2014-06', reminderBatches: 7, inspections: 9, reason: '漏计一批' }, '2014-07-08T10:00:00+08:00'),
  ];
};

export const safetyMonthlyTallyHistories = [juneTally()];
