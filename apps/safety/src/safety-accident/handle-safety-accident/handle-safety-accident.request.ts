import { IsOccurredAt, Label } from '@park-ledger/department';
import { IsDescription, IsFlag } from '../../request-fields';
import type { AccidentHandling, HandleSafetyAccident } from './handle-safety-accident';

export class AccidentHandlingRequest implements AccidentHandling {
  @IsFlag(false, 'Whether it caused a major negative impact (重大负面影响)')
  @Label('造成重大负面影响', 'Major negative impact')
  readonly majorNegativeImpact!: boolean;

  @IsDescription('伤者及时送医,企业停机检修', { optional: true })
  @Label('处理结果', 'Outcome (Chinese)')
  readonly outcomeZh?: string;
}

export class HandleSafetyAccidentRequest
  extends AccidentHandlingRequest
  implements Omit<HandleSafetyAccident, 'type' | 'accidentId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;
}
