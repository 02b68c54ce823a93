import { AccidentHandlingRequest } from '../handle-safety-accident/handle-safety-accident.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectAccidentHandling } from './correct-accident-handling';

export class CorrectAccidentHandlingRequest
  extends AccidentHandlingRequest
  implements Omit<CorrectAccidentHandling, 'type' | 'accidentId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
