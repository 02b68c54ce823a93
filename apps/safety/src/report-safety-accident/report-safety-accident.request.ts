import { accidentSeverities, type AccidentSeverity } from '@park-ledger/contracts';
import { Description, OccurredAt, OneOf, RecordId, Text } from '../request-fields';
import type { ReportSafetyAccident, SafetyAccidentDetails } from './report-safety-accident';

export class SafetyAccidentDetailsRequest implements SafetyAccidentDetails {
  @RecordId('chengbei')
  readonly zoneId!: string;

  @Text('某金属家具厂', { required: false })
  readonly enterpriseNameZh?: string;

  @Text('a metal-furniture works', { required: false })
  readonly enterpriseNameEn?: string;

  @OneOf(accidentSeverities, 'ordinary')
  readonly severity!: AccidentSeverity;

  @Description('冲压工手部受伤')
  readonly descriptionZh!: string;
}

export class ReportSafetyAccidentRequest
  extends SafetyAccidentDetailsRequest
  implements Omit<ReportSafetyAccident, 'type'>
{
  @RecordId('A-2014-02')
  readonly accidentId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
