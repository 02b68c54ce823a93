import { IsOccurredAt, IsRecordId, Label } from '@park-ledger/department';
import type { CompletePreparatoryTask } from './complete-preparatory-task';

export class CompletePreparatoryTaskRequest implements Omit<CompletePreparatoryTask, 'type' | 'planId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('feasibility-report')
  @Label('前期工作编号', 'Task id')
  readonly taskId!: string;
}
