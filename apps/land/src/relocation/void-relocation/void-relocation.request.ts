import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidRelocation } from './void-relocation';

export class VoidRelocationRequest implements Omit<VoidRelocation, 'type' | 'relocationId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
