import { Description, OccurredAt, RecordId, Text } from '../request-fields';
import type { PollutionIncidentDetails, ReportPollutionIncident } from './report-pollution-incident';

export class PollutionIncidentDetailsRequest implements PollutionIncidentDetails {
  @RecordId('salt-chemical-base')
  readonly zoneId!: string;

  @Text('科海化工', { required: false })
  readonly enterpriseNameZh?: string;

  @Text('Kehai Chemical', { required: false })
  readonly enterpriseNameEn?: string;

  @Description('废水外溢污染农田')
  readonly descriptionZh!: string;
}

export class ReportPollutionIncidentRequest
  extends PollutionIncidentDetailsRequest
  implements Omit<ReportPollutionIncident, 'type'>
{
  @RecordId('PI-2014-01')
  readonly incidentId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
