import { OccurredAt, Reason } from '../request-fields';
import type { VoidInspection } from './void-inspection';

export class VoidInspectionRequest implements Omit<VoidInspection, 'type' | 'inspectionId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
