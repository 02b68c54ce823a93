import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CollectLandTaxArrearsRequest } from './collect-land-tax-arrears/collect-land-tax-arrears.request';
import { CorrectLandTaxArrearsRequest } from './correct-land-tax-arrears/correct-land-tax-arrears.request';
import { landTaxArrearsDecider, landTaxArrearsStreamId } from './land-tax-arrears';
import { VoidLandTaxArrearsRequest } from './void-land-tax-arrears/void-land-tax-arrears.request';

@ApiTags('land-use tax arrears 拖欠土地使用税')
@Controller('land-tax-arrears')
export class LandTaxArrearsController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'Land-use tax arrears are collected (清缴拖欠土地使用税)')
  collect(@Body() body: CollectLandTaxArrearsRequest, @Command() context: CommandContext) {
    const streamId = landTaxArrearsStreamId(body.collectionId);
    return this.commands.handle(landTaxArrearsDecider, streamId, { type: 'CollectLandTaxArrears', ...body }, context);
  }

  @CommandEndpoint(':collectionId/correct', 'Correct the arrears collection, with the reason')
  correct(
    @Param('collectionId', RecordIdPipe) collectionId: string,
    @Body() body: CorrectLandTaxArrearsRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectLandTaxArrears' as const, collectionId, ...body };
    return this.commands.handle(landTaxArrearsDecider, landTaxArrearsStreamId(collectionId), command, context);
  }

  @CommandEndpoint(':collectionId/void', 'Void an arrears collection entered in error, with the reason')
  void(
    @Param('collectionId', RecordIdPipe) collectionId: string,
    @Body() body: VoidLandTaxArrearsRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'VoidLandTaxArrears' as const, collectionId, ...body };
    return this.commands.handle(landTaxArrearsDecider, landTaxArrearsStreamId(collectionId), command, context);
  }

  @RecordEndpoint(':collectionId', 'The arrears collection as it stands, with its version (ETag)')
  current(@Param('collectionId', RecordIdPipe) collectionId: string) {
    return this.commands.current(landTaxArrearsDecider, landTaxArrearsStreamId(collectionId));
  }

  @RecordEndpoint(':collectionId/events', 'Every event of the arrears collection, oldest first')
  history(@Param('collectionId', RecordIdPipe) collectionId: string) {
    return this.commands.history(landTaxArrearsStreamId(collectionId));
  }
}
