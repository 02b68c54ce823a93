import { IsOccurredAt } from '@park-ledger/department';
import type { CompleteRelocation } from './complete-relocation';

export class CompleteRelocationRequest implements Omit<CompleteRelocation, 'type' | 'relocationId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;
}
