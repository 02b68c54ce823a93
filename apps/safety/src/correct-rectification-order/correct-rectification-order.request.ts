import { RectificationOrderRequest } from '../order-rectification/order-rectification.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectRectificationOrder } from './correct-rectification-order';

export class CorrectRectificationOrderRequest
  extends RectificationOrderRequest
  implements Omit<CorrectRectificationOrder, 'type' | 'hazardId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
