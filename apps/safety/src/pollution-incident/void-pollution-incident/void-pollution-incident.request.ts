import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidPollutionIncident } from './void-pollution-incident';

export class VoidPollutionIncidentRequest implements Omit<VoidPollutionIncident, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
