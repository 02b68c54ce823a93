import { CentiArea, OccurredAt, Reason } from '../request-fields';
import type { CorrectExpansionApproval } from './correct-expansion-approval';

export class CorrectExpansionApprovalRequest implements Omit<CorrectExpansionApproval, 'type' | 'planId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @CentiArea(166_137, 'hectares')
  readonly approvedAreaCentiHectares!: number;

  @Reason()
  readonly reason!: string;
}
