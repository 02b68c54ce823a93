import { eventOf, InfrastructureWorkScheduleRevised, type PayloadOf } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState } from '../infrastructure-work.state';
import { activeWork, refuseCompletionBeforeStart, refuseIfCompleted } from '../infrastructure-work.rules';

/** Restates the expected start and completion dates; null means no date is expected yet. */
export type ReviseWorkSchedule = PayloadOf<typeof InfrastructureWorkScheduleRevised> & {
  readonly type: 'ReviseWorkSchedule';
  readonly occurredAt: string;
};

export const reviseWorkSchedule = (
  { workId, expectedStartOn, expectedCompletionOn }: ReviseWorkSchedule,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  refuseIfCompleted(activeWork(state, workId));
  refuseCompletionBeforeStart({ expectedStartOn, expectedCompletionOn });
  return [eventOf(InfrastructureWorkScheduleRevised, { workId, expectedStartOn, expectedCompletionOn })];
};
