import { OccurredAt, Reason } from '../request-fields';
import type { VoidHazard } from './void-hazard';

export class VoidHazardRequest implements Omit<VoidHazard, 'type' | 'hazardId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
