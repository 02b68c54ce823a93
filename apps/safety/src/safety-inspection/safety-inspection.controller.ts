import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { ConductInspectionRequest } from './conduct-inspection/conduct-inspection.request';
import { CorrectInspectionRequest } from './correct-inspection/correct-inspection.request';
import { safetyInspectionDecider, safetyInspectionStreamId } from './safety-inspection';
import { VoidInspectionRequest } from './void-inspection/void-inspection.request';

@ApiTags('safety inspections 勤排查')
@Controller('safety-inspections')
export class SafetyInspectionController extends RecordController(
  {
    decider: safetyInspectionDecider,
    key: 'inspectionId',
    streamId: safetyInspectionStreamId,
    record: 'inspection',
  },
  (on) => ({
    conduct: on('', 'ConductInspection', ConductInspectionRequest, ['开展检查（每周一小查、半月一大查）', 'An inspection round was conducted (每周一小查, 半月一大查)'], { inPark: asPlaced }),
    correct: on(':inspectionId/correct', 'CorrectInspection', CorrectInspectionRequest, ['更正检查记录（附原因）', 'Correct the inspection, with the reason'], { inPark: asPlaced }),
    void: on(':inspectionId/void', 'VoidInspection', VoidInspectionRequest, ['作废误录的检查（附原因）', 'Void an inspection entered in error, with the reason']),
  }),
) {}
