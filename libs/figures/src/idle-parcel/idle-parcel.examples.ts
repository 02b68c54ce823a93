import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const unusedParcel = {
  parcelId: 'P-1',
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
};

/** Identified Mar 2014 (500 mu), commitment Apr, fee 100,000 yuan in May, reclaimed in full in Jun. */
export const parcelReclaimed = (): EventEnvelope[] => {
  const parcel = streamOf('idle-parcel-P-1', 'land');
  return [
    parcel('IdleParcelIdentified', unusedParcel, '2014-03-03T09:00:00+08:00'),
    parcel('IdleLandRectificationCommitmentSubmitted', { parcelId: 'P-1', rectifyBy: '2014-12-31' }, '2014-04-01T09:00:00+08:00'),
    parcel('IdleLandFeeCollected', { parcelId: 'P-1', receiptNo: 'R-1', amountYuan: 100_000 }, '2014-05-06T09:00:00+08:00'),
    parcel('IdleParcelReclaimed', { parcelId: 'P-1', reclaimedAreaCentiMu: 50_000 }, '2014-06-09T09:00:00+08:00'),
  ];
};

export const idleParcelHistories = [parcelReclaimed()];
