import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectHazardRequest } from './correct-hazard/correct-hazard.request';
import { CorrectPenaltyRequest } from './correct-penalty/correct-penalty.request';
import { CorrectRectificationOrderRequest } from './correct-rectification-order/correct-rectification-order.request';
import { hazard, hazardStreamId } from './hazard';
import { ImposePenaltyRequest } from './impose-penalty/impose-penalty.request';
import { OrderRectificationRequest } from './order-rectification/order-rectification.request';
import { ReportHazardRequest } from './report-hazard/report-hazard.request';
import { VerifyRectificationRequest } from './verify-rectification/verify-rectification.request';
import { VoidHazardRequest } from './void-hazard/void-hazard.request';

@ApiTags('hazards 安全隐患')
@Controller('hazards')
export class HazardController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'A hazard was found (发现安全隐患)')
  report(@Body() body: ReportHazardRequest, @Command() context: CommandContext) {
    return this.commands.handle(hazard, hazardStreamId(body.hazardId), { type: 'ReportHazard', ...body }, context);
  }

  @CommandEndpoint(':hazardId/correct-details', 'Correct the hazard’s details, with the reason')
  correctDetails(
    @Param('hazardId', RecordIdPipe) hazardId: string,
    @Body() body: CorrectHazardRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'CorrectHazard', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/order-rectification', 'Rectification is ordered, perhaps with production stopped (责令整改, 停产整改)')
  orderRectification(
    @Param('hazardId', RecordIdPipe) hazardId: string,
    @Body() body: OrderRectificationRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'OrderRectification', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/correct-rectification-order', 'Correct the rectification order, with the reason')
  correctRectificationOrder(
    @Param('hazardId', RecordIdPipe) hazardId: string,
    @Body() body: CorrectRectificationOrderRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'CorrectRectificationOrder', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/verify-rectification', 'The rectification is verified (整改验收)')
  verifyRectification(
    @Param('hazardId', RecordIdPipe) hazardId: string,
    @Body() body: VerifyRectificationRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'VerifyRectification', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/impose-penalty', 'A penalty is imposed (处罚)')
  imposePenalty(@Param('hazardId', RecordIdPipe) hazardId: string, @Body() body: ImposePenaltyRequest, @Command() context: CommandContext) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'ImposePenalty', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/correct-penalty', 'Correct the penalty, with the reason')
  correctPenalty(
    @Param('hazardId', RecordIdPipe) hazardId: string,
    @Body() body: CorrectPenaltyRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'CorrectPenalty', hazardId, ...body }, context);
  }

  @CommandEndpoint(':hazardId/void', 'Void a hazard entered in error, with the reason')
  void(@Param('hazardId', RecordIdPipe) hazardId: string, @Body() body: VoidHazardRequest, @Command() context: CommandContext) {
    return this.commands.handle(hazard, hazardStreamId(hazardId), { type: 'VoidHazard', hazardId, ...body }, context);
  }

  @RecordEndpoint(':hazardId', 'The hazard as it stands, with its version (ETag)')
  current(@Param('hazardId', RecordIdPipe) hazardId: string) {
    return this.commands.current(hazard, hazardStreamId(hazardId));
  }

  @RecordEndpoint(':hazardId/events', 'Every event of the hazard, oldest first')
  history(@Param('hazardId', RecordIdPipe) hazardId: string) {
    return this.commands.history(hazardStreamId(hazardId));
  }
}
