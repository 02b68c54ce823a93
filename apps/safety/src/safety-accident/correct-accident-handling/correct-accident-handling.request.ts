import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { AccidentHandlingRequest } from '../handle-safety-accident/handle-safety-accident.request';
import type { CorrectAccidentHandling } from './correct-accident-handling';

export class CorrectAccidentHandlingRequest
  extends AccidentHandlingRequest
  implements Omit<CorrectAccidentHandling, 'type' | 'accidentId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
