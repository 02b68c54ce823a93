import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { ApproveExpansionAreaRequest } from './approve-expansion-area/approve-expansion-area.request';
import { CompletePreparatoryTaskRequest } from './complete-preparatory-task/complete-preparatory-task.request';
import { CorrectExpansionApprovalRequest } from './correct-expansion-approval/correct-expansion-approval.request';
import { CorrectExpansionPlanRequest } from './correct-expansion-plan/correct-expansion-plan.request';
import { expansionPlanDecider, expansionPlanStreamId } from './expansion-plan';
import { ListExpansionPlanRequest } from './list-expansion-plan/list-expansion-plan.request';
import { VoidExpansionPlanRequest } from './void-expansion-plan/void-expansion-plan.request';

@ApiTags('park expansion 扩区调区')
@Controller('expansion-plans')
export class ExpansionPlanController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'The province lists an expansion plan with its preparatory tasks (列入扩区调区计划)')
  list(@Body() body: ListExpansionPlanRequest, @Command() context: CommandContext) {
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(body.planId), { type: 'ListExpansionPlan', ...body }, context);
  }

  @CommandEndpoint(':planId/correct-details', 'Correct the expansion plan’s details, with the reason')
  correctDetails(
    @Param('planId', RecordIdPipe) planId: string,
    @Body() body: CorrectExpansionPlanRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(planId), { type: 'CorrectExpansionPlan', planId, ...body }, context);
  }

  @CommandEndpoint(':planId/complete-task', 'A preparatory task is completed (前期工作完成)')
  completeTask(
    @Param('planId', RecordIdPipe) planId: string,
    @Body() body: CompletePreparatoryTaskRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CompletePreparatoryTask' as const, planId, ...body };
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(planId), command, context);
  }

  @CommandEndpoint(':planId/approve-area', 'The expanded area is approved (扩区获批)')
  approveArea(
    @Param('planId', RecordIdPipe) planId: string,
    @Body() body: ApproveExpansionAreaRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(planId), { type: 'ApproveExpansionArea', planId, ...body }, context);
  }

  @CommandEndpoint(':planId/correct-approval', 'Correct the approved area, with the reason')
  correctApproval(
    @Param('planId', RecordIdPipe) planId: string,
    @Body() body: CorrectExpansionApprovalRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectExpansionApproval' as const, planId, ...body };
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(planId), command, context);
  }

  @CommandEndpoint(':planId/void', 'Void an expansion plan entered in error, with the reason')
  void(@Param('planId', RecordIdPipe) planId: string, @Body() body: VoidExpansionPlanRequest, @Command() context: CommandContext) {
    return this.commands.handle(expansionPlanDecider, expansionPlanStreamId(planId), { type: 'VoidExpansionPlan', planId, ...body }, context);
  }

  @RecordEndpoint(':planId', 'The expansion plan as it stands, with its version (ETag)')
  current(@Param('planId', RecordIdPipe) planId: string) {
    return this.commands.current(expansionPlanDecider, expansionPlanStreamId(planId));
  }

  @RecordEndpoint(':planId/events', 'Every event of the expansion plan, oldest first')
  history(@Param('planId', RecordIdPipe) planId: string) {
    return this.commands.history(expansionPlanStreamId(planId));
  }
}
