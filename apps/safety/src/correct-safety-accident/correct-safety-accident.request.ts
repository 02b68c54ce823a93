import { SafetyAccidentDetailsRequest } from '../report-safety-accident/report-safety-accident.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectSafetyAccident } from './correct-safety-accident';

export class CorrectSafetyAccidentRequest
  extends SafetyAccidentDetailsRequest
  implements Omit<CorrectSafetyAccident, 'type' | 'accidentId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
