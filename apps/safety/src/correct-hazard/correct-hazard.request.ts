import { OccurredAt, Reason } from '../request-fields';
import { HazardDetailsRequest } from '../report-hazard/report-hazard.request';
import type { CorrectHazard } from './correct-hazard';

export class CorrectHazardRequest extends HazardDetailsRequest implements Omit<CorrectHazard, 'type' | 'hazardId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
