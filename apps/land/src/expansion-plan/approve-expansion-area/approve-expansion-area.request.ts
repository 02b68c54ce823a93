import { IsOccurredAt, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { ApproveExpansionArea } from './approve-expansion-area';

export class ApproveExpansionAreaRequest implements Omit<ApproveExpansionArea, 'type' | 'planId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCentiArea(166_100, 'hectares')
  @Label('批准面积', 'Approved area')
  readonly approvedAreaCentiHectares!: number;
}
