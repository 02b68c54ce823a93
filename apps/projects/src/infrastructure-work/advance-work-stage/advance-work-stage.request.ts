import { infrastructureStages } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId } from '../../request-fields';
import type { AdvanceWorkStage } from './advance-work-stage';

export class AdvanceWorkStageRequest implements Omit<AdvanceWorkStage, 'type'> {
  @IsRecordId('logistics-p2-roads') readonly workId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsOneOf(infrastructureStages, 'under-construction') readonly stage!: AdvanceWorkStage['stage'];
}
