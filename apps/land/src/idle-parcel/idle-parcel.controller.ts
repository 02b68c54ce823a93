import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CollectIdleLandFeeRequest } from './collect-idle-land-fee/collect-idle-land-fee.request';
import { CorrectIdleLandFeeRequest } from './correct-idle-land-fee/correct-idle-land-fee.request';
import { CorrectIdleParcelRequest } from './correct-idle-parcel/correct-idle-parcel.request';
import { CorrectParcelReclaimRequest } from './correct-parcel-reclaim/correct-parcel-reclaim.request';
import { IdentifyIdleParcelRequest } from './identify-idle-parcel/identify-idle-parcel.request';
import { idleParcelDecider, idleParcelStreamId } from './idle-parcel';
import { ReclaimIdleParcelRequest } from './reclaim-idle-parcel/reclaim-idle-parcel.request';
import { SubmitRectificationCommitmentRequest } from './submit-rectification-commitment/submit-rectification-commitment.request';
import { VoidIdleParcelRequest } from './void-idle-parcel/void-idle-parcel.request';

@ApiTags('idle land 闲置土地')
@Controller('idle-parcels')
export class IdleParcelController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'Identify an idle parcel (认定闲置土地)')
  identify(@Body() body: IdentifyIdleParcelRequest, @Command() context: CommandContext) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(body.parcelId), { type: 'IdentifyIdleParcel', ...body }, context);
  }

  @CommandEndpoint(':parcelId/correct-details', 'Correct the idle parcel’s details, with the reason')
  correctDetails(
    @Param('parcelId', RecordIdPipe) parcelId: string,
    @Body() body: CorrectIdleParcelRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'CorrectIdleParcel', parcelId, ...body }, context);
  }

  @CommandEndpoint(':parcelId/reclaim', 'The idle parcel is reclaimed (收回闲置土地)')
  reclaim(@Param('parcelId', RecordIdPipe) parcelId: string, @Body() body: ReclaimIdleParcelRequest, @Command() context: CommandContext) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'ReclaimIdleParcel', parcelId, ...body }, context);
  }

  @CommandEndpoint(':parcelId/correct-reclaim', 'Correct the reclaimed area, with the reason')
  correctReclaim(
    @Param('parcelId', RecordIdPipe) parcelId: string,
    @Body() body: CorrectParcelReclaimRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'CorrectParcelReclaim', parcelId, ...body }, context);
  }

  @CommandEndpoint(':parcelId/submit-commitment', 'The enterprise submits its rectification commitment (整改承诺)')
  submitCommitment(
    @Param('parcelId', RecordIdPipe) parcelId: string,
    @Body() body: SubmitRectificationCommitmentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'SubmitRectificationCommitment' as const, parcelId, ...body };
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), command, context);
  }

  @CommandEndpoint(':parcelId/collect-fee', 'An idle land fee is collected (征缴闲置费)')
  collectFee(
    @Param('parcelId', RecordIdPipe) parcelId: string,
    @Body() body: CollectIdleLandFeeRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'CollectIdleLandFee', parcelId, ...body }, context);
  }

  @CommandEndpoint(':parcelId/correct-fee', 'Correct a collected idle land fee, with the reason')
  correctFee(
    @Param('parcelId', RecordIdPipe) parcelId: string,
    @Body() body: CorrectIdleLandFeeRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'CorrectIdleLandFee', parcelId, ...body }, context);
  }

  @CommandEndpoint(':parcelId/void', 'Void an idle parcel entered in error, with the reason')
  void(@Param('parcelId', RecordIdPipe) parcelId: string, @Body() body: VoidIdleParcelRequest, @Command() context: CommandContext) {
    return this.commands.handle(idleParcelDecider, idleParcelStreamId(parcelId), { type: 'VoidIdleParcel', parcelId, ...body }, context);
  }

  @RecordEndpoint(':parcelId', 'The idle parcel as it stands, with its version (ETag)')
  current(@Param('parcelId', RecordIdPipe) parcelId: string) {
    return this.commands.current(idleParcelDecider, idleParcelStreamId(parcelId));
  }

  @RecordEndpoint(':parcelId/events', 'Every event of the idle parcel, oldest first')
  history(@Param('parcelId', RecordIdPipe) parcelId: string) {
    return this.commands.history(idleParcelStreamId(parcelId));
  }
}
