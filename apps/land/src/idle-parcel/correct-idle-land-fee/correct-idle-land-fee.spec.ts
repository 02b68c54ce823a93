import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleLandFeeCollected, IdleLandFeeCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { CorrectIdleLandFee } from './correct-idle-land-fee';

const correct: CorrectIdleLandFee = {
  type: 'CorrectIdleLandFee',
  parcelId: 'P-2014-02',
  occurredAt: at,
  receiptNo: 'FEE-2014-001',
  amountYuan: 120_000,
  reason: '收据金额为12万元 / the receipt says 120,000',
};
const collected = eventOf(IdleLandFeeCollected, { parcelId: 'P-2014-02', receiptNo: 'FEE-2014-001', amountYuan: 100_000 });

describe('a parcel with a fee receipt', () => {
  it('restates the amount of that receipt', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, collected])
      .when(correct)
      .then([
        eventOf(IdleLandFeeCorrected, {
          parcelId: 'P-2014-02',
          receiptNo: 'FEE-2014-001',
          amountYuan: 120_000,
          reason: '收据金额为12万元 / the receipt says 120,000',
        }),
      ]));

  it('refuses a receipt it does not have', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, collected])
      .when({ ...correct, receiptNo: 'FEE-2014-009' })
      .thenThrows('unknown-receipt'));
});

describe('a parcel never identified', () => {
  it('is not found', () => given(idleParcelDecider).when(correct).thenThrows(NotFound));
});
