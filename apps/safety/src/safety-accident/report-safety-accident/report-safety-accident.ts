import { assertNewRecord } from '@park-ledger/decider';
import {
  eventOf,
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

export const accidentDetailsOf = (command: SafetyAccidentDetails & { readonly accidentId: string }) => ({
  accidentId: command.accidentId,
  zoneId: command.zoneId,
  enterpriseNameZh: command.enterpriseNameZh,
  enterpriseNameEn: command.enterpriseNameEn,
  severity: command.severity,
  descriptionZh: command.descriptionZh,
});

export const reportSafetyAccident = (command: ReportSafetyAccident, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  assertNewRecord(state, 'safety-accident', command.accidentId);
  return [eventOf(SafetyAccidentReported, accidentDetailsOf(command))];
};
