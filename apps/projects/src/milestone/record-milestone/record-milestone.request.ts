import { IsRecordId } from '@park-ledger/department';
import { MilestoneFactsRequest } from '../milestone.request';
import type { RecordMilestone } from './record-milestone';

export class RecordMilestoneRequest extends MilestoneFactsRequest implements Omit<RecordMilestone, 'type'> {
  @IsRecordId('salt-chemical-national-base') readonly milestoneId!: string;
}
