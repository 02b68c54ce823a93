import { type infrastructureStages } from '@park-ledger/contracts';

/** An infrastructure work (基础设施工程) in a zone, platform and phase: `infrastructure-work-<workId>`. */
export const infrastructureWorkStreamId = (workId: string) => `infrastructure-work-${workId}`;

export type WorkStage = (typeof infrastructureStages)[number];

export type InfrastructureWorkState =
  | { readonly status: 'None' }
  | { readonly status: 'Active'; readonly workId: string; readonly stage: WorkStage; readonly percentComplete: number }
  | { readonly status: 'Voided'; readonly workId: string };

export const initialInfrastructureWorkState = (): InfrastructureWorkState => ({ status: 'None' });

export type { InfrastructureWorkEvent } from '@park-ledger/contracts';
