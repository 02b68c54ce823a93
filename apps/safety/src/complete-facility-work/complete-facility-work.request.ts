import { OccurredAt, RecordId } from '../request-fields';
import type { CompleteFacilityWork } from './complete-facility-work';

export class CompleteFacilityWorkRequest implements Omit<CompleteFacilityWork, 'type' | 'facilityId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @RecordId('emergency-pool')
  readonly workId!: string;
}
