import { OccurredAt, Reason } from '../request-fields';
import type { VoidSafetyAccident } from './void-safety-accident';

export class VoidSafetyAccidentRequest implements Omit<VoidSafetyAccident, 'type' | 'accidentId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
