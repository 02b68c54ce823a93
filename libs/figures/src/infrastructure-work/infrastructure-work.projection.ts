import {
  InfrastructureWorkCorrected,
  infrastructureWorkEvents,
  InfrastructureWorkRegistered,
  type DomainEventOf,
  type infrastructureStages,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, span, withoutReason } from '../contributions';

type InfrastructureWorkEvent = DomainEventOf<(typeof infrastructureWorkEvents)[number]>;
type Stage = (typeof infrastructureStages)[number];

export interface StageEntry {
  readonly stage: Stage;
  readonly since: string;
}
export interface ProgressEntry {
  readonly period: string;
  readonly percent: number;
}

export type InfrastructureWorkRow = PayloadOf<typeof InfrastructureWorkRegistered> & {
  /** Stages in the order reached, each with the business month it was reached. */
  readonly stages: readonly StageEntry[];
  /** Percent complete as last reported in each month, months ascending. */
  readonly progress: readonly ProgressEntry[];
};

const currentStage = (row: InfrastructureWorkRow) => row.stages[row.stages.length - 1];

const reportProgress = (row: InfrastructureWorkRow, period: string, percent: number): InfrastructureWorkRow => {
  const others = row.progress.filter((entry) => entry.period !== period);
  const progress = [...others, { period, percent }].sort((a, b) => a.period.localeCompare(b.period));
  return { ...row, progress };
};

const reachStage = (row: InfrastructureWorkRow, stage: Stage, month: string): InfrastructureWorkRow => {
  const reached = currentStage(row).stage === stage ? row : { ...row, stages: [...row.stages, { stage, since: month }] };
  return stage === 'completed' ? reportProgress(reached, month, 100) : reached;
};

/** A correction restates the current stage and the latest progress figure, keeping the months they were recorded in. */
const correct = (row: InfrastructureWorkRow, corrected: PayloadOf<typeof InfrastructureWorkCorrected>, month: string) => {
  const { percentComplete, ...details } = withoutReason(corrected);
  const earlier = row.stages.slice(0, -1);
  const since = currentStage(row).since;
  const stages =
    earlier.length > 0 && earlier[earlier.length - 1].stage === details.stage
      ? earlier
      : [...earlier, { stage: details.stage, since }];
  const latest = row.progress[row.progress.length - 1];
  // the details are restated whole: an optional one the correction leaves out (the phase of a work moved to a
  // platform without phases, an English name) is gone, not kept from before
  const restated: InfrastructureWorkRow = { ...row, phaseId: undefined, nameEn: undefined, ...details, stages };
  return reportProgress(restated, latest?.period ?? month, percentComplete);
};

const evolve = (row: InfrastructureWorkRow | null, event: InfrastructureWorkEvent, month: string) => {
  if (event.type === 'InfrastructureWorkRegistered') {
    const registered = { ...event.payload, stages: [{ stage: event.payload.stage, since: month }], progress: [] };
    return event.payload.stage === 'completed' ? reportProgress(registered, month, 100) : registered;
  }
  if (row === null) return null;
  switch (event.type) {
    case 'InfrastructureWorkStageReached':
      return reachStage(row, event.payload.stage, month);
    case 'InfrastructureWorkProgressReported':
      return reportProgress(row, month, event.payload.percentComplete);
    case 'InfrastructureWorkScheduleRevised': {
      const { expectedStartOn, expectedCompletionOn } = event.payload;
      return { ...row, expectedStartOn: expectedStartOn ?? undefined, expectedCompletionOn: expectedCompletionOn ?? undefined };
    }
    case 'InfrastructureWorkCorrected':
      return correct(row, event.payload, month);
    case 'InfrastructureWorkVoided':
      return null;
  }
};

const contributions = (row: InfrastructureWorkRow) => {
  const site = { zoneId: row.zoneId, platformId: row.platformId, phaseId: row.phaseId };
  const completed = row.stages.find((entry) => entry.stage === 'completed');
  return netted([
    ...row.stages.flatMap(({ stage, since }, i) =>
      span('infrastructure.works', { ...site, stage }, since, row.stages[i + 1]?.since ?? null),
    ),
    ...(completed ? [fact('infrastructure.works-completed', completed.since, site)] : []),
    ...row.progress.map(({ period, percent }, i) =>
      fact('infrastructure.progress-percent', period, { ...site, workId: row.workId }, percent - (row.progress[i - 1]?.percent ?? 0)),
    ),
  ]);
};

/** A road, pipe network, canal or housing work per platform and phase: its stage and share of work done. */
export const infrastructureWorkProjection = streamProjection<InfrastructureWorkRow, InfrastructureWorkEvent>(
  'infrastructure-work',
  infrastructureWorkEvents,
  evolve,
  contributions,
);
