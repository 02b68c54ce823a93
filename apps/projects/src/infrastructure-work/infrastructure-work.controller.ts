import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { AdvanceWorkStageRequest } from './advance-work-stage/advance-work-stage.request';
import { CorrectInfrastructureWorkRequest } from './correct-infrastructure-work/correct-infrastructure-work.request';
import { infrastructureWorkDecider, infrastructureWorkStreamId } from './infrastructure-work';
import { RegisterInfrastructureWorkRequest } from './register-infrastructure-work/register-infrastructure-work.request';
import { ReportWorkProgressRequest } from './report-work-progress/report-work-progress.request';
import { ReviseWorkScheduleRequest } from './revise-work-schedule/revise-work-schedule.request';
import { VoidInfrastructureWorkRequest } from './void-infrastructure-work/void-infrastructure-work.request';

@ApiTags('infrastructure works 基础设施工程')
@Controller('infrastructure-works')
export class InfrastructureWorkController extends RecordController(
  {
    decider: infrastructureWorkDecider,
    key: 'workId',
    streamId: infrastructureWorkStreamId,
    record: 'infrastructure work',
  },
  (on) => ({
    register: on('', 'RegisterInfrastructureWork', RegisterInfrastructureWorkRequest, 'Register an infrastructure work (基础设施工程) in a zone, platform and phase of the registry', { inPark: asPlaced }),
    advanceStage: on(':workId/advance-stage', 'AdvanceWorkStage', AdvanceWorkStageRequest, 'The work reaches its next stage (设计、招标、施工、竣工)'),
    reportProgress: on(':workId/report-progress', 'ReportWorkProgress', ReportWorkProgressRequest, 'Report the percentage of the work done (形象进度)'),
    reviseSchedule: on(':workId/revise-schedule', 'ReviseWorkSchedule', ReviseWorkScheduleRequest, 'Revise the expected start and completion dates'),
    correct: on(':workId/correct', 'CorrectInfrastructureWork', CorrectInfrastructureWorkRequest, 'Correct the work’s details, stage or progress, with the reason', { inPark: asPlaced }),
    void: on(':workId/void', 'VoidInfrastructureWork', VoidInfrastructureWorkRequest, 'Void a work entered in error, with the reason'),
  }),
) {}
