import { IsRecordId, Label } from '@park-ledger/department';
import { MilestoneFactsRequest } from '../milestone.request';
import type { RecordMilestone } from './record-milestone';

export class RecordMilestoneRequest extends MilestoneFactsRequest implements Omit<RecordMilestone, 'type'> {
  @Label('大事编号', 'Milestone id')
  @IsRecordId('salt-chemical-national-base') readonly milestoneId!: string;
}
