import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CorrectAccidentHandlingRequest } from './correct-accident-handling/correct-accident-handling.request';
import { CorrectSafetyAccidentRequest } from './correct-safety-accident/correct-safety-accident.request';
import { HandleSafetyAccidentRequest } from './handle-safety-accident/handle-safety-accident.request';
import { ReportSafetyAccidentRequest } from './report-safety-accident/report-safety-accident.request';
import { safetyAccidentDecider, safetyAccidentStreamId } from './safety-accident';
import { VoidSafetyAccidentRequest } from './void-safety-accident/void-safety-accident.request';

@ApiTags('safety accidents 安全生产事故')
@Controller('safety-accidents')
export class SafetyAccidentController extends RecordController(
  {
    decider: safetyAccidentDecider,
    key: 'accidentId',
    streamId: safetyAccidentStreamId,
    record: 'safety accident',
  },
  (on) => ({
    report: on('', 'ReportSafetyAccident', ReportSafetyAccidentRequest, ['报告安全生产事故', 'A safety accident is reported (安全生产事故)'], { inPark: asPlaced }),
    correctDetails: on(':accidentId/correct-details', 'CorrectSafetyAccident', CorrectSafetyAccidentRequest, ['更正事故信息（附原因）', 'Correct the safety accident’s details, with the reason'], { inPark: asPlaced }),
    handle: on(':accidentId/handle', 'HandleSafetyAccident', HandleSafetyAccidentRequest, ['事故处理', 'The safety accident is dealt with (事故处理)']),
    correctHandling: on(':accidentId/correct-handling', 'CorrectAccidentHandling', CorrectAccidentHandlingRequest, ['更正事故处理情况（附原因）', 'Correct how the accident was handled, with the reason']),
    void: on(':accidentId/void', 'VoidSafetyAccident', VoidSafetyAccidentRequest, ['作废误录的事故（附原因）', 'Void a safety accident entered in error, with the reason']),
  }),
) {}
