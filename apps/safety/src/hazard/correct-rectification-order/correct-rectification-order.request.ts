import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { RectificationOrderRequest } from '../order-rectification/order-rectification.request';
import type { CorrectRectificationOrder } from './correct-rectification-order';

export class CorrectRectificationOrderRequest
  extends RectificationOrderRequest
  implements Omit<CorrectRectificationOrder, 'type' | 'hazardId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
