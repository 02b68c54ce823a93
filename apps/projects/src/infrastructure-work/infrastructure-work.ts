import { type Decider } from '@park-ledger/decider';
import {
  InfrastructureWorkCorrected,
  InfrastructureWorkProgressReported,
  InfrastructureWorkRegistered,
  InfrastructureWorkScheduleRevised,
  InfrastructureWorkStageReached,
  InfrastructureWorkVoided,
  type DomainEventOf,
  type infrastructureStages,
} from '@park-ledger/contracts';
import { advanceWorkStage, type AdvanceWorkStage } from './advance-work-stage/advance-work-stage';
import {
  correctInfrastructureWork,
  type CorrectInfrastructureWork,
} from './correct-infrastructure-work/correct-infrastructure-work';
import {
  registerInfrastructureWork,
  type RegisterInfrastructureWork,
} from './register-infrastructure-work/register-infrastructure-work';
import { reportWorkProgress, type ReportWorkProgress } from './report-work-progress/report-work-progress';
import { reviseWorkSchedule, type ReviseWorkSchedule } from './revise-work-schedule/revise-work-schedule';
import { voidInfrastructureWork, type VoidInfrastructureWork } from './void-infrastructure-work/void-infrastructure-work';

export type InfrastructureWorkEvent = DomainEventOf<
  | typeof InfrastructureWorkRegistered
  | typeof InfrastructureWorkStageReached
  | typeof InfrastructureWorkProgressReported
  | typeof InfrastructureWorkScheduleRevised
  | typeof InfrastructureWorkCorrected
  | typeof InfrastructureWorkVoided
>;

export type WorkStage = (typeof infrastructureStages)[number];

export type InfrastructureWorkState =
  | { readonly status: 'None' }
  | { readonly status: 'Active'; readonly workId: string; readonly stage: WorkStage; readonly percentComplete: number }
  | { readonly status: 'Voided'; readonly workId: string };

export type InfrastructureWorkCommand =
  | RegisterInfrastructureWork
  | AdvanceWorkStage
  | ReportWorkProgress
  | ReviseWorkSchedule
  | CorrectInfrastructureWork
  | VoidInfrastructureWork;

export const infrastructureWorkStreamId = (workId: string) => `infrastructure-work-${workId}`;

export const initialState = (): InfrastructureWorkState => ({ status: 'None' });

const atStage = (workId: string, stage: WorkStage, percentComplete: number): InfrastructureWorkState => ({
  status: 'Active',
  workId,
  stage,
  percentComplete: stage === 'completed' ? 100 : percentComplete,
});

export const evolve = (state: InfrastructureWorkState, event: InfrastructureWorkEvent): InfrastructureWorkState => {
  const percentSoFar = state.status === 'Active' ? state.percentComplete : 0;
  switch (event.type) {
    case 'InfrastructureWorkRegistered':
      return atStage(event.payload.workId, event.payload.stage, 0);
    case 'InfrastructureWorkStageReached':
      return atStage(event.payload.workId, event.payload.stage, percentSoFar);
    case 'InfrastructureWorkProgressReported':
      return state.status === 'Active' ? { ...state, percentComplete: event.payload.percentComplete } : state;
    case 'InfrastructureWorkScheduleRevised':
      return state;
    case 'InfrastructureWorkCorrected':
      return atStage(event.payload.workId, event.payload.stage, event.payload.percentComplete);
    case 'InfrastructureWorkVoided':
      return { status: 'Voided', workId: event.payload.workId };
  }
};

export const decide = (command: InfrastructureWorkCommand, state: InfrastructureWorkState): InfrastructureWorkEvent[] => {
  switch (command.type) {
    case 'RegisterInfrastructureWork':
      return registerInfrastructureWork(command, state);
    case 'AdvanceWorkStage':
      return advanceWorkStage(command, state);
    case 'ReportWorkProgress':
      return reportWorkProgress(command, state);
    case 'ReviseWorkSchedule':
      return reviseWorkSchedule(command, state);
    case 'CorrectInfrastructureWork':
      return correctInfrastructureWork(command, state);
    case 'VoidInfrastructureWork':
      return voidInfrastructureWork(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown infrastructure work command ${JSON.stringify(unknown)}`);
    }
  }
};

export const infrastructureWorkDecider: Decider<InfrastructureWorkState, InfrastructureWorkCommand, InfrastructureWorkEvent> =
  { decide, evolve, initialState };
