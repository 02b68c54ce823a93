import { IsOccurredAt } from '@park-ledger/department';
import type { StartProjectProduction } from './start-project-production';

export class StartProjectProductionRequest implements Omit<StartProjectProduction, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
