import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const hazardFound = { hazardId: 'H-1', zoneId: 'salt-chemical-base', enterpriseNameZh: '科海化工', descriptionZh: '废水直排' };

/** Found Apr 2014, stop-production ordered Apr, penalty 50,000 yuan May, verified Aug. */
export const hazardRectified = (): EventEnvelope[] => {
  const hazard = streamOf('hazard-H-1', 'safety');
  return [
    hazard('HazardFound', hazardFound, '2014-04-02T09:00:00+08:00'),
    hazard('HazardRectificationOrdered', { hazardId: 'H-1', stopProduction: true, rectifyBy: '2014-07-31' }, '2014-04-03T09:00:00+08:00'),
    hazard('HazardPenaltyImposed', { hazardId: 'H-1', amount: { value: 50_000, currency: 'CNY' } }, '2014-05-03T09:00:00+08:00'),
    hazard('HazardRectificationVerified', { hazardId: 'H-1' }, '2014-08-03T09:00:00+08:00'),
  ];
};

export const hazardHistories = [hazardRectified()];
