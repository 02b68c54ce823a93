import { IsOccurredAt } from '../../request-fields';
import type { StartProjectConstruction } from './start-project-construction';

export class StartProjectConstructionRequest implements Omit<StartProjectConstruction, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
