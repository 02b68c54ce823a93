import { InspectionDetailsRequest } from '../conduct-inspection/conduct-inspection.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectInspection } from './correct-inspection';

export class CorrectInspectionRequest
  extends InspectionDetailsRequest
  implements Omit<CorrectInspection, 'type' | 'inspectionId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
