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
    register: on('', 'RegisterInfrastructureWork', RegisterInfrastructureWorkRequest, ['登记基础设施工程', 'Register an infrastructure work (基础设施工程) in a zone, platform and phase of the registry'], { inPark: asPlaced }),
    advanceStage: on(':workId/advance-stage', 'AdvanceWorkStage', AdvanceWorkStageRequest, ['工程进入下一阶段（设计、招标、施工、竣工）', 'The work reaches its next stage (设计、招标、施工、竣工)']),
    reportProgress: on(':workId/report-progress', 'ReportWorkProgress', ReportWorkProgressRequest, ['报告形象进度', 'Report the percentage of the work done (形象进度)']),
    reviseSchedule: on(':workId/revise-schedule', 'ReviseWorkSchedule', ReviseWorkScheduleRequest, ['调整预计开工、完工日期', 'Revise the expected start and completion dates']),
    correct: on(':workId/correct', 'CorrectInfrastructureWork', CorrectInfrastructureWorkRequest, ['更正工程信息、阶段或进度（附原因）', 'Correct the work’s details, stage or progress, with the reason'], { inPark: asPlaced }),
    void: on(':workId/void', 'VoidInfrastructureWork', VoidInfrastructureWorkRequest, ['作废误录的工程（附原因）', 'Void a work entered in error, with the reason']),
  }),
) {}
