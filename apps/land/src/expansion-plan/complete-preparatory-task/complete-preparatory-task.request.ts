import { IsOccurredAt, IsRecordId } from '@park-ledger/department';
import type { CompletePreparatoryTask } from './complete-preparatory-task';

export class CompletePreparatoryTaskRequest implements Omit<CompletePreparatoryTask, 'type' | 'planId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('feasibility-report')
  readonly taskId!: string;
}
