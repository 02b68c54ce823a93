import { IsOccurredAt, Label } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { HandlePollutionIncident } from './handle-pollution-incident';

export class HandlePollutionIncidentRequest implements Omit<HandlePollutionIncident, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsDescription('封堵排口,清运污水,复垦农田')
  @Label('处置措施', 'Measures taken (Chinese)')
  readonly measuresZh!: string;
}
