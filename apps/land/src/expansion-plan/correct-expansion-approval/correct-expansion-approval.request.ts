import { IsOccurredAt, IsReason, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { CorrectExpansionApproval } from './correct-expansion-approval';

export class CorrectExpansionApprovalRequest implements Omit<CorrectExpansionApproval, 'type' | 'planId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCentiArea(166_137, 'hectares')
  @Label('批准面积', 'Approved area')
  readonly approvedAreaCentiHectares!: number;

  @IsReason()
  readonly reason!: string;
}
