import { assertNewRecord } from '@park-ledger/decider';
import { eventOf, RelocationStarted, type RelocationEvent } from '@park-ledger/contracts';
import type { RelocationState } from '../relocation.state';

export interface RelocationDetails {
  readonly enterpriseNameZh: string;
  readonly enterpriseNameEn?: string;
}

export type StartRelocation = RelocationDetails & {
  readonly type: 'StartRelocation';
  readonly relocationId: string;
  readonly occurredAt: string;
};

export const startRelocation = (command: StartRelocation, state: RelocationState): RelocationEvent[] => {
  assertNewRecord(state, 'relocation', command.relocationId);
  const { relocationId, enterpriseNameZh, enterpriseNameEn } = command;
  return [eventOf(RelocationStarted, { relocationId, enterpriseNameZh, enterpriseNameEn })];
};
