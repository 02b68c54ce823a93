import { OccurredAt, RecordId } from '../request-fields';
import type { CompletePreparatoryTask } from './complete-preparatory-task';

export class CompletePreparatoryTaskRequest implements Omit<CompletePreparatoryTask, 'type' | 'planId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @RecordId('feasibility-report')
  readonly taskId!: string;
}
