import { decideBy, type Decider } from '@park-ledger/decider';
import { advanceWorkStage, type AdvanceWorkStage } from './advance-work-stage/advance-work-stage';
import {
  correctInfrastructureWork,
  type CorrectInfrastructureWork,
} from './correct-infrastructure-work/correct-infrastructure-work';
import {
  initialInfrastructureWorkState,
  type InfrastructureWorkEvent,
  type InfrastructureWorkState,
  type WorkStage,
} from './infrastructure-work.state';
import {
  registerInfrastructureWork,
  type RegisterInfrastructureWork,
} from './register-infrastructure-work/register-infrastructure-work';
import { reportWorkProgress, type ReportWorkProgress } from './report-work-progress/report-work-progress';
import { reviseWorkSchedule, type ReviseWorkSchedule } from './revise-work-schedule/revise-work-schedule';
import { voidInfrastructureWork, type VoidInfrastructureWork } from './void-infrastructure-work/void-infrastructure-work';

export {
  infrastructureWorkStreamId,
  type InfrastructureWorkEvent,
  type InfrastructureWorkState,
  type WorkStage,
} from './infrastructure-work.state';

export type InfrastructureWorkCommand =
  | RegisterInfrastructureWork
  | AdvanceWorkStage
  | ReportWorkProgress
  | ReviseWorkSchedule
  | CorrectInfrastructureWork
  | VoidInfrastructureWork;

const atStage = (workId: string, stage: WorkStage, percentComplete: number): InfrastructureWorkState => ({
  status: 'Active',
  workId,
  stage,
  percentComplete: stage === 'completed' ? 100 : percentComplete,
});

const evolve = (state: InfrastructureWorkState, event: InfrastructureWorkEvent): InfrastructureWorkState => {
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

const decide = decideBy<InfrastructureWorkCommand, InfrastructureWorkState, InfrastructureWorkEvent>({
  RegisterInfrastructureWork: registerInfrastructureWork,
  AdvanceWorkStage: advanceWorkStage,
  ReportWorkProgress: reportWorkProgress,
  ReviseWorkSchedule: reviseWorkSchedule,
  CorrectInfrastructureWork: correctInfrastructureWork,
  VoidInfrastructureWork: voidInfrastructureWork,
});

export const infrastructureWorkDecider: Decider<InfrastructureWorkState, InfrastructureWorkCommand, InfrastructureWorkEvent> = {
  decide,
  evolve,
  initialState: initialInfrastructureWorkState,
};
