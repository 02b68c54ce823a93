import { OccurredAt } from '../request-fields';
import type { VerifyRectification } from './verify-rectification';

export class VerifyRectificationRequest implements Omit<VerifyRectification, 'type' | 'hazardId'> {
  @OccurredAt()
  readonly occurredAt!: string;
}
