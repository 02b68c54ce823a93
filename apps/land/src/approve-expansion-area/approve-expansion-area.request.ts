import { CentiArea, OccurredAt } from '../request-fields';
import type { ApproveExpansionArea } from './approve-expansion-area';

export class ApproveExpansionAreaRequest implements Omit<ApproveExpansionArea, 'type' | 'planId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @CentiArea(166_100, 'hectares')
  readonly approvedAreaCentiHectares!: number;
}
