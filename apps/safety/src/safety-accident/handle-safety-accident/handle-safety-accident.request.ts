import { IsOccurredAt } from '@park-ledger/department';
import { IsDescription, IsFlag } from '../../request-fields';
import type { AccidentHandling, HandleSafetyAccident } from './handle-safety-accident';

export class AccidentHandlingRequest implements AccidentHandling {
  @IsFlag(false, 'Whether it caused a major negative impact (重大负面影响)')
  readonly majorNegativeImpact!: boolean;

  @IsDescription('伤者及时送医,企业停机检修', { optional: true })
  readonly outcomeZh?: string;
}

export class HandleSafetyAccidentRequest
  extends AccidentHandlingRequest
  implements Omit<HandleSafetyAccident, 'type' | 'accidentId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;
}
