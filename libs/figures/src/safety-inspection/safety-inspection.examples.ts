import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const largeInspection = { inspectionId: 'I-1', kind: 'fortnightly-large', zoneId: 'chengbei', findingsCount: 4 };

/** A fortnightly large inspection in Chengbei, Jul 2014, with 4 findings. */
export const inspectionConducted = (): EventEnvelope[] => [
  streamOf('safety-inspection-I-1', 'safety')('SafetyInspectionConducted', largeInspection, '2014-07-15T09:00:00+08:00'),
];

export const safetyInspectionHistories = [inspectionConducted()];
