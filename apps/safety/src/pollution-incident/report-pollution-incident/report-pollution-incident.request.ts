import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { PollutionIncidentDetails, ReportPollutionIncident } from './report-pollution-incident';

export class PollutionIncidentDetailsRequest implements PollutionIncidentDetails {
  @IsRecordId('salt-chemical-base')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsText('科海化工', { optional: true })
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh?: string;

  @IsText('Kehai Chemical', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;

  @IsDescription('废水外溢污染农田')
  @Label('情况描述', 'Description (Chinese)')
  readonly descriptionZh!: string;
}

export class ReportPollutionIncidentRequest
  extends PollutionIncidentDetailsRequest
  implements Omit<ReportPollutionIncident, 'type'>
{
  @IsRecordId('PI-2014-01')
  @Label('事件编号', 'Incident id')
  readonly incidentId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
