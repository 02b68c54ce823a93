import { IsOccurredAt, IsRecordId, Label } from '@park-ledger/department';
import type { CompleteFacilityWork } from './complete-facility-work';

export class CompleteFacilityWorkRequest implements Omit<CompleteFacilityWork, 'type' | 'facilityId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('emergency-pool')
  @Label('工程编号', 'Work id')
  readonly workId!: string;
}
