import { eventOf, IdleParcelIdentified, IdleParcelReclaimed } from '@park-ledger/contracts';

/** The seed's supplied-but-unused parcel: 500 mu, reclaimed in full. */
export const unusedParcelIdentified = eventOf(IdleParcelIdentified, {
  parcelId: 'P-2014-01',
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
});

export const unusedParcelReclaimed = eventOf(IdleParcelReclaimed, { parcelId: 'P-2014-01', reclaimedAreaCentiMu: 50_000 });

export const underBuiltParcelIdentified = eventOf(IdleParcelIdentified, {
  parcelId: 'P-2014-02',
  category: 'under-built',
  zoneId: 'fucheng',
  enterpriseNameZh: '赣通塑胶',
  enterpriseNameEn: 'Gantong Plastics',
  idleAreaCentiMu: 3_100,
});

export const at = '2014-06-30T10:00:00+08:00';
