import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { RelocationDetails, StartRelocation } from './start-relocation';

export class RelocationDetailsRequest implements RelocationDetails {
  @IsText('赣中氯碱')
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh!: string;

  @IsText('Ganzhong Chlor-Alkali', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;
}

export class StartRelocationRequest
  extends RelocationDetailsRequest
  implements Omit<StartRelocation, 'type'>
{
  @IsRecordId('ganzhong-chlor-alkali')
  @Label('搬迁编号', 'Relocation id')
  readonly relocationId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
