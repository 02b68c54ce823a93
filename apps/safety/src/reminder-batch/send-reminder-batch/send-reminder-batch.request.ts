import { reminderChannels, type ReminderChannel } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId, Label } from '@park-ledger/department';
import { IsCount } from '../../request-fields';
import type { ReminderBatchDetails, SendReminderBatch } from './send-reminder-batch';

export class ReminderBatchDetailsRequest implements ReminderBatchDetails {
  @IsOneOf(reminderChannels, 'sms')
  @Label('提醒渠道', 'Channel')
  readonly channel!: ReminderChannel;

  @IsRecordId('salt-chemical-base')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsCount(120, 1)
  @Label('提醒条数', 'Reminders sent', { unit: ['条', 'messages'] })
  readonly count!: number;
}

export class SendReminderBatchRequest
  extends ReminderBatchDetailsRequest
  implements Omit<SendReminderBatch, 'type'>
{
  @IsRecordId('2014-06-sms-salt')
  @Label('批次编号', 'Batch id')
  readonly batchId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
