import { projectStages, type ProjectStageCorrected, type PayloadOf } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsReason } from '@park-ledger/department';
import type { CorrectProjectStage } from './correct-project-stage';

export class CorrectProjectStageRequest implements Omit<CorrectProjectStage, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsOneOf(projectStages, 'ConstructionStarted') readonly stage!: PayloadOf<typeof ProjectStageCorrected>['stage'];
  @IsReason('误报封顶，实际仍在施工') readonly reason!: string;
}
