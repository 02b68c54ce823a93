import { IsOccurredAt } from '@park-ledger/department';
import type { VerifyRectification } from './verify-rectification';

export class VerifyRectificationRequest implements Omit<VerifyRectification, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;
}
