import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, IdleLandFeeCollected, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

/** 闲置土地费 collected from the parcel's enterprise, one receipt at a time. */
export type CollectIdleLandFee = {
  readonly type: 'CollectIdleLandFee';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly receiptNo: string;
  readonly amountYuan: number;
};

export const collectIdleLandFee = (command: CollectIdleLandFee, state: IdleParcelState): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (parcel.feeReceipts.includes(command.receiptNo)) {
    throw new DomainRuleViolation(
      'receipt-already-recorded',
      `Receipt ${command.receiptNo} is already recorded on parcel ${command.parcelId}`,
    );
  }
  const { parcelId, receiptNo, amountYuan } = command;
  return [eventOf(IdleLandFeeCollected, { parcelId, receiptNo, amountYuan })];
};
