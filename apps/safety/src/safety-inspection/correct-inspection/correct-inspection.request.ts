import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { InspectionDetailsRequest } from '../conduct-inspection/conduct-inspection.request';
import type { CorrectInspection } from './correct-inspection';

export class CorrectInspectionRequest
  extends InspectionDetailsRequest
  implements Omit<CorrectInspection, 'type' | 'inspectionId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
