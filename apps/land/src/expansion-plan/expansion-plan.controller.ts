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
    list: on('', 'ListExpansionPlan', ListExpansionPlanRequest, ['列入扩区调区计划（含前期工作）', 'The province lists an expansion plan with its preparatory tasks (列入扩区调区计划)']),
    correctDetails: on(':planId/correct-details', 'CorrectExpansionPlan', CorrectExpansionPlanRequest, ['更正扩区计划信息（附原因）', 'Correct the expansion plan’s details, with the reason']),
    completeTask: on(':planId/complete-task', 'CompletePreparatoryTask', CompletePreparatoryTaskRequest, ['前期工作完成', 'A preparatory task is completed (前期工作完成)']),
    approveArea: on(':planId/approve-area', 'ApproveExpansionArea', ApproveExpansionAreaRequest, ['扩区面积获批', 'The expanded area is approved (扩区获批)']),
    correctApproval: on(':planId/correct-approval', 'CorrectExpansionApproval', CorrectExpansionApprovalRequest, ['更正获批面积（附原因）', 'Correct the approved area, with the reason']),
    void: on(':planId/void', 'VoidExpansionPlan', VoidExpansionPlanRequest, ['作废误录的扩区计划（附原因）', 'Void an expansion plan entered in error, with the reason']),
  }),
) {}
