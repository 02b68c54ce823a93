import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified, unusedParcelIdentified } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
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
    given(idleParcelDecider).when(identify).then([unusedParcelIdentified]));

  it('keeps the English enterprise name when given', () =>
    given(idleParcelDecider)
      .when({ ...identify, parcelId: 'P-2014-02', category: 'under-built', zoneId: 'fucheng', enterpriseNameZh: '赣通塑胶', enterpriseNameEn: 'Gantong Plastics', idleAreaCentiMu: 3_100 })
      .then([underBuiltParcelIdentified]));
});

describe('a parcel already identified', () => {
  it('refuses to identify it again', () =>
    given(idleParcelDecider, [unusedParcelIdentified]).when(identify).thenThrows('idle-parcel-already-recorded'));
});
