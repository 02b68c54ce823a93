import { assertNewRecord } from '@park-ledger/decider';
import {
  eventFrom,
  SafetyAccidentReported,
  type AccidentSeverity,
  type SafetyAccidentEvent,
} from '@park-ledger/contracts';
import type { SafetyAccidentState } from '../safety-accident.state';

export interface SafetyAccidentDetails {
  readonly zoneId: string;
  readonly enterpriseNameZh?: string;
  readonly enterpriseNameEn?: string;
  readonly severity: AccidentSeverity;
  readonly descriptionZh: string;
}

export type ReportSafetyAccident = SafetyAccidentDetails & {
  readonly type: 'ReportSafetyAccident';
  readonly accidentId: string;
  readonly occurredAt: string;
};

export const reportSafetyAccident = (command: ReportSafetyAccident, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  assertNewRecord(state, 'safety-accident', command.accidentId);
  return [eventFrom(SafetyAccidentReported, command)];
};
