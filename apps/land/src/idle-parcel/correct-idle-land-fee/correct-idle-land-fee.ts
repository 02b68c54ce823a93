import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, IdleLandFeeCorrected, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

/** Restates a receipt's amount (not a delta); 0 says nothing was collected on it. */
export type CorrectIdleLandFee = {
  readonly type: 'CorrectIdleLandFee';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly receiptNo: string;
  readonly amountYuan: number;
  readonly reason: string;
};

export const correctIdleLandFee = (command: CorrectIdleLandFee, state: IdleParcelState): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (!parcel.feeReceipts.includes(command.receiptNo)) {
    throw new DomainRuleViolation(
      'unknown-receipt',
      `Parcel ${command.parcelId} has no fee receipt ${command.receiptNo}`,
    );
  }
  const { parcelId, receiptNo, amountYuan, reason } = command;
  return [eventOf(IdleLandFeeCorrected, { parcelId, receiptNo, amountYuan, reason })];
};
