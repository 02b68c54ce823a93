import { IsOccurredAt } from '@park-ledger/department';
import type { StartProjectConstruction } from './start-project-construction';

export class StartProjectConstructionRequest implements Omit<StartProjectConstruction, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
