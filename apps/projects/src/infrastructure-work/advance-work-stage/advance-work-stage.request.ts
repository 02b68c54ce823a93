import { infrastructureStages } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, Label } from '@park-ledger/department';
import type { AdvanceWorkStage } from './advance-work-stage';

export class AdvanceWorkStageRequest implements Omit<AdvanceWorkStage, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('阶段', 'Stage')
  @IsOneOf(infrastructureStages, 'under-construction') readonly stage!: AdvanceWorkStage['stage'];
}
