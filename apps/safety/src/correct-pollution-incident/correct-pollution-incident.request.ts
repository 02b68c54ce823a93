import { PollutionIncidentDetailsRequest } from '../report-pollution-incident/report-pollution-incident.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectPollutionIncident } from './correct-pollution-incident';

export class CorrectPollutionIncidentRequest
  extends PollutionIncidentDetailsRequest
  implements Omit<CorrectPollutionIncident, 'type' | 'incidentId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
