import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { CorrectMilestoneRequest } from './correct-milestone/correct-milestone.request';
import { milestoneDecider, milestoneStreamId } from './milestone';
import { RecordMilestoneRequest } from './record-milestone/record-milestone.request';
import { VoidMilestoneRequest } from './void-milestone/void-milestone.request';

@ApiTags('milestones 荣誉与里程碑')
@Controller('milestones')
export class MilestoneController extends RecordController(
  { decider: milestoneDecider, key: 'milestoneId', streamId: milestoneStreamId, record: 'milestone' },
  (on) => ({
    record: on('', 'RecordMilestone', RecordMilestoneRequest, ['记录园区荣誉或里程碑', 'Record a designation or milestone of the park (荣誉、里程碑)']),
    correct: on(':milestoneId/correct', 'CorrectMilestone', CorrectMilestoneRequest, ['更正大事记（附原因）', 'Restate the milestone’s facts as they should have been recorded, with the reason']),
    void: on(':milestoneId/void', 'VoidMilestone', VoidMilestoneRequest, ['作废误录的大事记（附原因）', 'Void a milestone entered in error, with the reason']),
  }),
) {}
