import { IsCalendarDate, IsOccurredAt, Label } from '@park-ledger/department';
import { IsFlag } from '../../request-fields';
import type { OrderRectification, RectificationOrder } from './order-rectification';

export class RectificationOrderRequest implements RectificationOrder {
  @IsFlag(true, 'Ordered to stop production while rectifying (停产整改)')
  @Label('停产整改', 'Stop production', { help: '整改期间责令停产', helpEn: 'Ordered to stop production while rectifying' })
  readonly stopProduction!: boolean;

  @IsCalendarDate('2014-07-31', { optional: true })
  @Label('整改期限', 'Rectify by', { help: '须在此日期前完成整改（园区日历）', helpEn: 'The date rectification is due (park calendar)' })
  readonly rectifyBy?: string;
}

export class OrderRectificationRequest
  extends RectificationOrderRequest
  implements Omit<OrderRectification, 'type' | 'hazardId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;
}
