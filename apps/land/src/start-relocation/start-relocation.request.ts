import { OccurredAt, RecordId, Text } from '../request-fields';
import type { RelocationDetails, StartRelocation } from './start-relocation';

export class RelocationDetailsRequest implements RelocationDetails {
  @Text('赣中氯碱')
  readonly enterpriseNameZh!: string;

  @Text('Ganzhong Chlor-Alkali', { required: false })
  readonly enterpriseNameEn?: string;
}

export class StartRelocationRequest
  extends RelocationDetailsRequest
  implements Omit<StartRelocation, 'type'>
{
  @RecordId('ganzhong-chlor-alkali')
  readonly relocationId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
