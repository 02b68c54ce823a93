import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleLandFeeCollected, IdleParcelVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { CollectIdleLandFee } from './collect-idle-land-fee';

const collect: CollectIdleLandFee = {
  type: 'CollectIdleLandFee',
  parcelId: 'P-2014-02',
  occurredAt: at,
  receiptNo: 'FEE-2014-001',
  amountYuan: 100_000,
};
const collected = eventOf(IdleLandFeeCollected, { parcelId: 'P-2014-02', receiptNo: 'FEE-2014-001', amountYuan: 100_000 });

describe('an identified parcel', () => {
  it('records the fee collected on a receipt', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified]).when(collect).then([collected]));
});

describe('a parcel with one receipt', () => {
  it('records a further receipt', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, collected])
      .when({ ...collect, receiptNo: 'FEE-2014-002', amountYuan: 20_000 })
      .then([eventOf(IdleLandFeeCollected, { parcelId: 'P-2014-02', receiptNo: 'FEE-2014-002', amountYuan: 20_000 })]));
  it('refuses the same receipt twice', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, collected]).when(collect).thenThrows('receipt-already-recorded'));
});

describe('a parcel never identified, or voided', () => {
  it('is not found', () => given(idleParcelDecider).when(collect).thenThrows(NotFound));
  it('refuses fees once voided', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, eventOf(IdleParcelVoided, { parcelId: 'P-2014-02', reason: 'dup' })])
      .when(collect)
      .thenThrows('idle-parcel-voided'));
});
