import { IsOccurredAt } from '../../request-fields';
import type { TopOutProject } from './top-out-project';

export class TopOutProjectRequest implements Omit<TopOutProject, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
