import { IsOccurredAt } from '@park-ledger/department';
import type { TopOutProject } from './top-out-project';

export class TopOutProjectRequest implements Omit<TopOutProject, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
