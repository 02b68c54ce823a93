import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CorrectReminderBatchRequest } from './correct-reminder-batch/correct-reminder-batch.request';
import { reminderBatchDecider, reminderBatchStreamId } from './reminder-batch';
import { SendReminderBatchRequest } from './send-reminder-batch/send-reminder-batch.request';
import { VoidReminderBatchRequest } from './void-reminder-batch/void-reminder-batch.request';

@ApiTags('safety reminders 常提醒')
@Controller('reminder-batches')
export class ReminderBatchController extends RecordController(
  { decider: reminderBatchDecider, key: 'batchId', streamId: reminderBatchStreamId, record: 'reminder batch' },
  (on) => ({
    send: on('', 'SendReminderBatch', SendReminderBatchRequest, ['发出一批安全提醒：短信、上门或横幅（常提醒）', 'A batch of safety reminders went out: SMS, visits or banners (常提醒)'], { inPark: asPlaced }),
    correct: on(':batchId/correct', 'CorrectReminderBatch', CorrectReminderBatchRequest, ['更正提醒批次（附原因）', 'Correct the reminder batch, with the reason'], { inPark: asPlaced }),
    void: on(':batchId/void', 'VoidReminderBatch', VoidReminderBatchRequest, ['作废误录的提醒批次（附原因）', 'Void a reminder batch entered in error, with the reason']),
  }),
) {}
