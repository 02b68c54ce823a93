import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified, unusedParcelIdentified } from '../idle-parcel.examples';
import { idleParcel } from '../idle-parcel';
import type { IdentifyIdleParcel } from './identify-idle-parcel';

const identify: IdentifyIdleParcel = {
  type: 'IdentifyIdleParcel',
  parcelId: 'P-2014-01',
  occurredAt: at,
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
};

describe('a parcel never recorded', () => {
  it('is identified as idle with its category, zone, enterprise and area', () =>
    given(idleParcel).when(identify).then([unusedParcelIdentified]));

  it('keeps the English enterprise name when given', () =>
    given(idleParcel)
      .when({ ...identify, parcelId: 'P-2014-02', category: 'under-built', zoneId: 'fucheng', enterpriseNameZh: '赣通塑胶', enterpriseNameEn: 'Gantong Plastics', idleAreaCentiMu: 3_100 })
      .then([underBuiltParcelIdentified]));
});

describe('a parcel already identified', () => {
  it('refuses to identify it again', () =>
    given(idleParcel, [unusedParcelIdentified]).when(identify).thenThrows('idle-parcel-already-recorded'));
});
