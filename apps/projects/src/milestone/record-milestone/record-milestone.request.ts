import { MilestoneRequest } from '../milestone-request';
import type { RecordMilestone } from './record-milestone';

export class RecordMilestoneRequest extends MilestoneRequest implements Omit<RecordMilestone, 'type'> {}
