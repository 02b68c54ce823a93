import { IsOccurredAt } from '../../request-fields';
import type { StartProjectProduction } from './start-project-production';

export class StartProjectProductionRequest implements Omit<StartProjectProduction, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
