import { OccurredAt, Reason } from '../request-fields';
import type { VoidPollutionIncident } from './void-pollution-incident';

export class VoidPollutionIncidentRequest implements Omit<VoidPollutionIncident, 'type' | 'incidentId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
