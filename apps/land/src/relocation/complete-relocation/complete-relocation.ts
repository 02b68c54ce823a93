import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, RelocationCompleted, relocationSteps, type RelocationEvent } from '@park-ledger/contracts';
import type { RelocationState } from '../relocation.state';

export type CompleteRelocation = {
  readonly type: 'CompleteRelocation';
  readonly relocationId: string;
  readonly occurredAt: string;
};

export const completeRelocation = (command: CompleteRelocation, state: RelocationState): RelocationEvent[] => {
  const current = liveRecord(state, 'relocation', command.relocationId);
  if (current.status === 'Completed') {
    throw new DomainRuleViolation('relocation-already-completed', `Relocation ${command.relocationId} is completed`);
  }
  const open = relocationSteps.filter((step) => !current.completedSteps.includes(step));
  if (open.length > 0) {
    throw new DomainRuleViolation(
      'relocation-steps-incomplete',
      `Relocation ${command.relocationId} still has steps open: ${open.join(', ')}`,
    );
  }
  return [eventOf(RelocationCompleted, { relocationId: command.relocationId })];
};
