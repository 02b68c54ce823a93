import type { VerifyMessage } from '@park-ledger/messaging';
import type { FigureCatalogue } from './figures/figure-catalogue';
import type { ProjectionIndex } from './projection/projection-index';
import type { DepartmentTopic } from './reporting-config';

export const REPORTING_SETUP = Symbol('REPORTING_SETUP');

/** What the reporting module is built from: the read models, the figures they make, and where events come from. */
export interface ReportingSetup {
  readonly index: ProjectionIndex;
  readonly catalogue: FigureCatalogue;
  readonly topics: readonly DepartmentTopic[];
  readonly groupId: string;
  readonly partitions: number;
  /** PARK_ESTABLISHED_ON: no figures are asked for before its year */
  readonly establishedOn: string;
  /** checks each event came from its department's service (EVENT_VERIFY_KEYS_DIR); unset: trusts every event */
  readonly verify?: VerifyMessage;
  readonly rebuild: RebuildSettings;
}

export interface RebuildSettings {
  /** who drives a rebuild: host name, process id and a random tag of this start */
  readonly instance: string;
  readonly takeoverSeconds: number;
  /** 0: no cap */
  readonly maxEventsPerSecond: number;
  readonly retentionSeconds: number;
}
