import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectReminderBatchRequest } from './correct-reminder-batch/correct-reminder-batch.request';
import { reminderBatch, reminderBatchStreamId } from './reminder-batch';
import { SendReminderBatchRequest } from './send-reminder-batch/send-reminder-batch.request';
import { VoidReminderBatchRequest } from './void-reminder-batch/void-reminder-batch.request';

@ApiTags('safety reminders 常提醒')
@Controller('reminder-batches')
export class ReminderBatchController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'A batch of safety reminders went out: SMS, visits or banners (常提醒)')
  send(@Body() body: SendReminderBatchRequest, @Command() context: CommandContext) {
    return this.commands.handle(reminderBatch, reminderBatchStreamId(body.batchId), { type: 'SendReminderBatch', ...body }, context);
  }

  @CommandEndpoint(':batchId/correct', 'Correct the reminder batch, with the reason')
  correct(@Param('batchId', RecordIdPipe) batchId: string, @Body() body: CorrectReminderBatchRequest, @Command() context: CommandContext) {
    return this.commands.handle(reminderBatch, reminderBatchStreamId(batchId), { type: 'CorrectReminderBatch', batchId, ...body }, context);
  }

  @CommandEndpoint(':batchId/void', 'Void a reminder batch entered in error, with the reason')
  void(@Param('batchId', RecordIdPipe) batchId: string, @Body() body: VoidReminderBatchRequest, @Command() context: CommandContext) {
    return this.commands.handle(reminderBatch, reminderBatchStreamId(batchId), { type: 'VoidReminderBatch', batchId, ...body }, context);
  }

  @RecordEndpoint(':batchId', 'The reminder batch as it stands, with its version (ETag)')
  current(@Param('batchId', RecordIdPipe) batchId: string) {
    return this.commands.current(reminderBatch, reminderBatchStreamId(batchId));
  }

  @RecordEndpoint(':batchId/events', 'Every event of the reminder batch, oldest first')
  history(@Param('batchId', RecordIdPipe) batchId: string) {
    return this.commands.history(reminderBatchStreamId(batchId));
  }
}
