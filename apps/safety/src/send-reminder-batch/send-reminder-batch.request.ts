import { reminderChannels, type ReminderChannel } from '@park-ledger/contracts';
import { Count, OccurredAt, OneOf, RecordId } from '../request-fields';
import type { ReminderBatchDetails, SendReminderBatch } from './send-reminder-batch';

export class ReminderBatchDetailsRequest implements ReminderBatchDetails {
  @OneOf(reminderChannels, 'sms')
  readonly channel!: ReminderChannel;

  @RecordId('salt-chemical-base')
  readonly zoneId!: string;

  @Count(120, 1)
  readonly count!: number;
}

export class SendReminderBatchRequest
  extends ReminderBatchDetailsRequest
  implements Omit<SendReminderBatch, 'type'>
{
  @RecordId('2014-06-sms-salt')
  readonly batchId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
