import { accidentSeverities, type AccidentSeverity } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId, IsText, Label } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { ReportSafetyAccident, SafetyAccidentDetails } from './report-safety-accident';

export class SafetyAccidentDetailsRequest implements SafetyAccidentDetails {
  @IsRecordId('chengbei')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsText('某金属家具厂', { optional: true })
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh?: string;

  @IsText('a metal-furniture works', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;

  @IsOneOf(accidentSeverities, 'ordinary')
  @Label('事故等级', 'Severity')
  readonly severity!: AccidentSeverity;

  @IsDescription('冲压工手部受伤')
  @Label('情况描述', 'Description (Chinese)')
  readonly descriptionZh!: string;
}

export class ReportSafetyAccidentRequest
  extends SafetyAccidentDetailsRequest
  implements Omit<ReportSafetyAccident, 'type'>
{
  @IsRecordId('A-2014-02')
  @Label('事故编号', 'Accident id')
  readonly accidentId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
