import { reminderChannels, type ReminderChannel } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId } from '@park-ledger/department';
import { IsCount } from '../../request-fields';
import type { ReminderBatchDetails, SendReminderBatch } from './send-reminder-batch';

export class ReminderBatchDetailsRequest implements ReminderBatchDetails {
  @IsOneOf(reminderChannels, 'sms')
  readonly channel!: ReminderChannel;

  @IsRecordId('salt-chemical-base')
  readonly zoneId!: string;

  @IsCount(120, 1)
  readonly count!: number;
}

export class SendReminderBatchRequest
  extends ReminderBatchDetailsRequest
  implements Omit<SendReminderBatch, 'type'>
{
  @IsRecordId('2014-06-sms-salt')
  readonly batchId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
