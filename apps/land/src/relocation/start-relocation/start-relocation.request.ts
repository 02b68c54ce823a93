import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import type { RelocationDetails, StartRelocation } from './start-relocation';

export class RelocationDetailsRequest implements RelocationDetails {
  @IsText('赣中氯碱')
  readonly enterpriseNameZh!: string;

  @IsText('Ganzhong Chlor-Alkali', { optional: true })
  readonly enterpriseNameEn?: string;
}

export class StartRelocationRequest
  extends RelocationDetailsRequest
  implements Omit<StartRelocation, 'type'>
{
  @IsRecordId('ganzhong-chlor-alkali')
  readonly relocationId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
