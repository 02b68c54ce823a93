import { OccurredAt } from '../request-fields';
import type { CompleteRelocation } from './complete-relocation';

export class CompleteRelocationRequest implements Omit<CompleteRelocation, 'type' | 'relocationId'> {
  @OccurredAt()
  readonly occurredAt!: string;
}
