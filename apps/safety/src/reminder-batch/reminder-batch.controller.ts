import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, commandsOf, RecordController } from '@park-ledger/department';
import { CorrectReminderBatchRequest } from './correct-reminder-batch/correct-reminder-batch.request';
import { reminderBatchDecider, reminderBatchStreamId, type ReminderBatchCommand } from './reminder-batch';
import { SendReminderBatchRequest } from './send-reminder-batch/send-reminder-batch.request';
import { VoidReminderBatchRequest } from './void-reminder-batch/void-reminder-batch.request';

const on = commandsOf<ReminderBatchCommand>();

@ApiTags('safety reminders 常提醒')
@Controller('reminder-batches')
export class ReminderBatchController extends RecordController(
  {
    decider: reminderBatchDecider,
    key: { batchId: null },
    streamId: ({ batchId }) => reminderBatchStreamId(batchId),
    reads: ['The reminder batch as it stands, with its version (ETag)', 'Every event of the reminder batch, oldest first'],
  },
  {
    send: on('', 'SendReminderBatch', SendReminderBatchRequest, 'A batch of safety reminders went out: SMS, visits or banners (常提醒)', { inPark: asPlaced }),
    correct: on(':batchId/correct', 'CorrectReminderBatch', CorrectReminderBatchRequest, 'Correct the reminder batch, with the reason', { inPark: asPlaced }),
    void: on(':batchId/void', 'VoidReminderBatch', VoidReminderBatchRequest, 'Void a reminder batch entered in error, with the reason'),
  },
) {}
