import { IsReason } from '@park-ledger/department';
import { MilestoneFactsRequest } from '../milestone.request';
import type { CorrectMilestone } from './correct-milestone';

export class CorrectMilestoneRequest extends MilestoneFactsRequest implements Omit<CorrectMilestone, 'type' | 'milestoneId'> {
  @IsReason('列入日期应为3月20日') readonly reason!: string;
}
