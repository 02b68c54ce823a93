import { Flag, OccurredAt, OptionalDate } from '../request-fields';
import type { OrderRectification, RectificationOrder } from './order-rectification';

export class RectificationOrderRequest implements RectificationOrder {
  @Flag(true, 'Ordered to stop production while rectifying (停产整改)')
  readonly stopProduction!: boolean;

  @OptionalDate('2014-07-31')
  readonly rectifyBy?: string;
}

export class OrderRectificationRequest
  extends RectificationOrderRequest
  implements Omit<OrderRectification, 'type' | 'hazardId'>
{
  @OccurredAt()
  readonly occurredAt!: string;
}
