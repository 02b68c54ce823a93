import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { ApproveExpansionAreaRequest } from './approve-expansion-area/approve-expansion-area.request';
import { CompletePreparatoryTaskRequest } from './complete-preparatory-task/complete-preparatory-task.request';
import { CorrectExpansionApprovalRequest } from './correct-expansion-approval/correct-expansion-approval.request';
import { CorrectExpansionPlanRequest } from './correct-expansion-plan/correct-expansion-plan.request';
import { expansionPlanDecider, expansionPlanStreamId } from './expansion-plan';
import { ListExpansionPlanRequest } from './list-expansion-plan/list-expansion-plan.request';
import { VoidExpansionPlanRequest } from './void-expansion-plan/void-expansion-plan.request';

@ApiTags('park expansion 扩区调区')
@Controller('expansion-plans')
export class ExpansionPlanController extends RecordController(
  { decider: expansionPlanDecider, key: 'planId', streamId: expansionPlanStreamId, record: 'expansion plan' },
  (on) => ({
    list: on('', 'ListExpansionPlan', ListExpansionPlanRequest, 'The province lists an expansion plan with its preparatory tasks (列入扩区调区计划)'),
    correctDetails: on(':planId/correct-details', 'CorrectExpansionPlan', CorrectExpansionPlanRequest, 'Correct the expansion plan’s details, with the reason'),
    completeTask: on(':planId/complete-task', 'CompletePreparatoryTask', CompletePreparatoryTaskRequest, 'A preparatory task is completed (前期工作完成)'),
    approveArea: on(':planId/approve-area', 'ApproveExpansionArea', ApproveExpansionAreaRequest, 'The expanded area is approved (扩区获批)'),
    correctApproval: on(':planId/correct-approval', 'CorrectExpansionApproval', CorrectExpansionApprovalRequest, 'Correct the approved area, with the reason'),
    void: on(':planId/void', 'VoidExpansionPlan', VoidExpansionPlanRequest, 'Void an expansion plan entered in error, with the reason'),
  }),
) {}
