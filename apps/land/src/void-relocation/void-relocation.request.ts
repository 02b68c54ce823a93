import { OccurredAt, Reason } from '../request-fields';
import type { VoidRelocation } from './void-relocation';

export class VoidRelocationRequest implements Omit<VoidRelocation, 'type' | 'relocationId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
