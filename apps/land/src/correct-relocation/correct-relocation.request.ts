import { OccurredAt, Reason } from '../request-fields';
import { RelocationDetailsRequest } from '../start-relocation/start-relocation.request';
import type { CorrectRelocation } from './correct-relocation';

export class CorrectRelocationRequest
  extends RelocationDetailsRequest
  implements Omit<CorrectRelocation, 'type' | 'relocationId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
