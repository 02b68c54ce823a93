import { Description, Flag, OccurredAt } from '../request-fields';
import type { AccidentHandling, HandleSafetyAccident } from './handle-safety-accident';

export class AccidentHandlingRequest implements AccidentHandling {
  @Flag(false, 'Whether it caused a major negative impact (重大负面影响)')
  readonly majorNegativeImpact!: boolean;

  @Description('伤者及时送医,企业停机检修', false)
  readonly outcomeZh?: string;
}

export class HandleSafetyAccidentRequest
  extends AccidentHandlingRequest
  implements Omit<HandleSafetyAccident, 'type' | 'accidentId'>
{
  @OccurredAt()
  readonly occurredAt!: string;
}
