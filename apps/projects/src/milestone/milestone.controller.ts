import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { commandsOf, RecordController } from '@park-ledger/department';
import { CorrectMilestoneRequest } from './correct-milestone/correct-milestone.request';
import { milestoneDecider, milestoneStreamId, type MilestoneCommand } from './milestone';
import { RecordMilestoneRequest } from './record-milestone/record-milestone.request';
import { VoidMilestoneRequest } from './void-milestone/void-milestone.request';

const on = commandsOf<MilestoneCommand>();

@ApiTags('milestones 荣誉与里程碑')
@Controller('milestones')
export class MilestoneController extends RecordController(
  {
    decider: milestoneDecider,
    key: { milestoneId: null },
    streamId: ({ milestoneId }) => milestoneStreamId(milestoneId),
    reads: ['The milestone as it stands, with its version (ETag)', 'Every event of the milestone, oldest first'],
  },
  {
    record: on('', 'RecordMilestone', RecordMilestoneRequest, 'Record a designation or milestone of the park (荣誉、里程碑)'),
    correct: on(':milestoneId/correct', 'CorrectMilestone', CorrectMilestoneRequest, 'Restate the milestone’s facts as they should have been recorded, with the reason'),
    void: on(':milestoneId/void', 'VoidMilestone', VoidMilestoneRequest, 'Void a milestone entered in error, with the reason'),
  },
) {}
