import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { RelocationDetailsRequest } from '../start-relocation/start-relocation.request';
import type { CorrectRelocation } from './correct-relocation';

export class CorrectRelocationRequest
  extends RelocationDetailsRequest
  implements Omit<CorrectRelocation, 'type' | 'relocationId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
