import { projectStages, type ProjectStageCorrected, type PayloadOf } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsReason, Label } from '@park-ledger/department';
import type { CorrectProjectStage } from './correct-project-stage';

export class CorrectProjectStageRequest implements Omit<CorrectProjectStage, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('阶段', 'Stage')
  @IsOneOf(projectStages, 'ConstructionStarted') readonly stage!: PayloadOf<typeof ProjectStageCorrected>['stage'];
  @IsReason('误报封顶，实际仍在施工') readonly reason!: string;
}
