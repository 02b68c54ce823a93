import { Description, OccurredAt } from '../request-fields';
import type { HandlePollutionIncident } from './handle-pollution-incident';

export class HandlePollutionIncidentRequest implements Omit<HandlePollutionIncident, 'type' | 'incidentId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Description('封堵排口,清运污水,复垦农田')
  readonly measuresZh!: string;
}
