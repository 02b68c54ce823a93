import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { SafetyAccidentDetailsRequest } from '../report-safety-accident/report-safety-accident.request';
import type { CorrectSafetyAccident } from './correct-safety-accident';

export class CorrectSafetyAccidentRequest
  extends SafetyAccidentDetailsRequest
  implements Omit<CorrectSafetyAccident, 'type' | 'accidentId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
