import { IsOccurredAt, IsRecordId } from '@park-ledger/department';
import type { CompleteFacilityWork } from './complete-facility-work';

export class CompleteFacilityWorkRequest implements Omit<CompleteFacilityWork, 'type' | 'facilityId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('emergency-pool')
  readonly workId!: string;
}
