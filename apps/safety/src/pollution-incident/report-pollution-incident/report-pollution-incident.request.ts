import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { PollutionIncidentDetails, ReportPollutionIncident } from './report-pollution-incident';

export class PollutionIncidentDetailsRequest implements PollutionIncidentDetails {
  @IsRecordId('salt-chemical-base')
  readonly zoneId!: string;

  @IsText('科海化工', { optional: true })
  readonly enterpriseNameZh?: string;

  @IsText('Kehai Chemical', { optional: true })
  readonly enterpriseNameEn?: string;

  @IsDescription('废水外溢污染农田')
  readonly descriptionZh!: string;
}

export class ReportPollutionIncidentRequest
  extends PollutionIncidentDetailsRequest
  implements Omit<ReportPollutionIncident, 'type'>
{
  @IsRecordId('PI-2014-01')
  readonly incidentId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
