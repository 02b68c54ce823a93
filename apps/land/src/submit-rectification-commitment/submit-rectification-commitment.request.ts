import { OccurredAt, OptionalDate } from '../request-fields';
import type { SubmitRectificationCommitment } from './submit-rectification-commitment';

export class SubmitRectificationCommitmentRequest implements Omit<SubmitRectificationCommitment, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @OptionalDate('2015-06-30')
  readonly rectifyBy?: string;
}
