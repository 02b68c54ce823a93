import { accidentSeverities, type AccidentSeverity } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId, IsText } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { ReportSafetyAccident, SafetyAccidentDetails } from './report-safety-accident';

export class SafetyAccidentDetailsRequest implements SafetyAccidentDetails {
  @IsRecordId('chengbei')
  readonly zoneId!: string;

  @IsText('某金属家具厂', { optional: true })
  readonly enterpriseNameZh?: string;

  @IsText('a metal-furniture works', { optional: true })
  readonly enterpriseNameEn?: string;

  @IsOneOf(accidentSeverities, 'ordinary')
  readonly severity!: AccidentSeverity;

  @IsDescription('冲压工手部受伤')
  readonly descriptionZh!: string;
}

export class ReportSafetyAccidentRequest
  extends SafetyAccidentDetailsRequest
  implements Omit<ReportSafetyAccident, 'type'>
{
  @IsRecordId('A-2014-02')
  readonly accidentId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
