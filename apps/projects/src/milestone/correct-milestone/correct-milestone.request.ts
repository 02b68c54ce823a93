import { IsReason } from '../../request-fields';
import { MilestoneRequest } from '../milestone-request';
import type { CorrectMilestone } from './correct-milestone';

export class CorrectMilestoneRequest extends MilestoneRequest implements Omit<CorrectMilestone, 'type'> {
  @IsReason('列入日期应为3月20日') readonly reason!: string;
}
