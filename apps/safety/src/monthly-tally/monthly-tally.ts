// The safety department's monthly tally (月度台账) filed with the committee office: how many reminder
// batches (常提醒) and inspections (勤排查) the month had, as the clerk attests them, handed in on the
// business date `occurredAt`. The office's calendar (rule safety-monthly-tally: by the 5th of the next
// month) judges it on time or late; reporting compares the attested counts with the month's records.
// One stream per month: `safety-monthly-tally-<YYYY-MM>`. A voided tally may be filed again.
import { DomainRuleViolation, liveRecord, decideBy, type Decider } from '@park-ledger/decider';
import {
  eventFrom,
  eventOf,
  SafetyMonthlyTallyCorrected,
  SafetyMonthlyTallyFiled,
  SafetyMonthlyTallyVoided,
  type SafetyMonthlyTallyEvent,
} from '@park-ledger/contracts';

export const safetyMonthlyTallyStreamId = (month: string) => `safety-monthly-tally-${month}`;

export type SafetyMonthlyTallyState = { readonly status: 'None' } | { readonly status: 'Filed' } | { readonly status: 'Voided' };

export interface TallyCounts {
  readonly month: string;
  readonly reminderBatches: number;
  readonly inspections: number;
}

export type FileMonthlyTally = TallyCounts & { readonly type: 'FileMonthlyTally'; readonly occurredAt: string };
export type CorrectMonthlyTally = TallyCounts & { readonly type: 'CorrectMonthlyTally'; readonly occurredAt: string; readonly reason: string };
export type VoidMonthlyTally = { readonly type: 'VoidMonthlyTally'; readonly month: string; readonly occurredAt: string; readonly reason: string };
export type SafetyMonthlyTallyCommand = FileMonthlyTally | CorrectMonthlyTally | VoidMonthlyTally;

/** The park month of a business time given with an offset (YYYY-MM). */
const parkMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

const fileMonthlyTally = (command: FileMonthlyTally, state: SafetyMonthlyTallyState): SafetyMonthlyTallyEvent[] => {
  if (state.status === 'Filed') {
    throw new DomainRuleViolation('safety-monthly-tally-already-recorded', `the tally of ${command.month} is already filed; correct it instead`);
  }
  if (parkMonth(command.occurredAt) <= command.month) {
    throw new DomainRuleViolation('safety-monthly-tally-before-month-end', `the tally of ${command.month} can be filed once the month is over`);
  }
  return [eventFrom(SafetyMonthlyTallyFiled, command)];
};

const correctMonthlyTally = (command: CorrectMonthlyTally, state: SafetyMonthlyTallyState): SafetyMonthlyTallyEvent[] => {
  liveRecord(state, 'safety-monthly-tally', command.month);
  return [eventFrom(SafetyMonthlyTallyCorrected, command)];
};

const voidMonthlyTally = (command: VoidMonthlyTally, state: SafetyMonthlyTallyState): SafetyMonthlyTallyEvent[] => {
  liveRecord(state, 'safety-monthly-tally', command.month);
  return [eventOf(SafetyMonthlyTallyVoided, { month: command.month, reason: command.reason })];
};

const evolve = (state: SafetyMonthlyTallyState, event: SafetyMonthlyTallyEvent): SafetyMonthlyTallyState => {
  switch (event.type) {
    case 'SafetyMonthlyTallyFiled':
      return { status: 'Filed' };
    case 'SafetyMonthlyTallyCorrected':
      return state;
    case 'SafetyMonthlyTallyVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<SafetyMonthlyTallyCommand, SafetyMonthlyTallyState, SafetyMonthlyTallyEvent>({
  FileMonthlyTally: fileMonthlyTally,
  CorrectMonthlyTally: correctMonthlyTally,
  VoidMonthlyTally: voidMonthlyTally,
});

export const safetyMonthlyTallyDecider: Decider<SafetyMonthlyTallyState, SafetyMonthlyTallyCommand, SafetyMonthlyTallyEvent> = {
  decide,
  evolve,
  initialState: () => ({ status: 'None' }),
};
