import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { HazardDetailsRequest } from '../report-hazard/report-hazard.request';
import type { CorrectHazard } from './correct-hazard';

export class CorrectHazardRequest extends HazardDetailsRequest implements Omit<CorrectHazard, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
