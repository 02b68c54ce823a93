import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import {
  eventOf,
  relocationStepNames,
  RelocationStepCompleted,
  type RelocationEvent,
  type RelocationStep,
} from '@park-ledger/contracts';
import type { RelocationState } from '../relocation.state';

/** E.g. asset inventory (清产核算), appraisal (中介评估); each once. */
export type CompleteRelocationStep = {
  readonly type: 'CompleteRelocationStep';
  readonly relocationId: string;
  readonly occurredAt: string;
  readonly step: RelocationStep;
};

export const completeRelocationStep = (command: CompleteRelocationStep, state: RelocationState): RelocationEvent[] => {
  const current = liveRecord(state, 'relocation', command.relocationId);
  if (current.status === 'Completed') {
    throw new DomainRuleViolation('relocation-already-completed', `Relocation ${command.relocationId} is completed`);
  }
  if (current.completedSteps.includes(command.step)) {
    throw new DomainRuleViolation(
      'relocation-step-already-completed',
      `${relocationStepNames[command.step].en} is already completed for ${command.relocationId}`,
    );
  }
  return [eventOf(RelocationStepCompleted, { relocationId: command.relocationId, step: command.step })];
};
