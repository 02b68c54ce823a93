import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidSafetyAccident } from './void-safety-accident';

export class VoidSafetyAccidentRequest implements Omit<VoidSafetyAccident, 'type' | 'accidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
