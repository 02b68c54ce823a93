import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { PollutionIncidentDetailsRequest } from '../report-pollution-incident/report-pollution-incident.request';
import type { CorrectPollutionIncident } from './correct-pollution-incident';

export class CorrectPollutionIncidentRequest
  extends PollutionIncidentDetailsRequest
  implements Omit<CorrectPollutionIncident, 'type' | 'incidentId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
