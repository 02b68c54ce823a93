import { IsCalendarDate, IsOccurredAt } from '@park-ledger/department';
import { IsFlag } from '../../request-fields';
import type { OrderRectification, RectificationOrder } from './order-rectification';

export class RectificationOrderRequest implements RectificationOrder {
  @IsFlag(true, 'Ordered to stop production while rectifying (停产整改)')
  readonly stopProduction!: boolean;

  @IsCalendarDate('2014-07-31', { optional: true })
  readonly rectifyBy?: string;
}

export class OrderRectificationRequest
  extends RectificationOrderRequest
  implements Omit<OrderRectification, 'type' | 'hazardId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;
}
