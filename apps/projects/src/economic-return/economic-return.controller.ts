import { Body, Controller, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectEconomicReturnRequest } from './correct-economic-return/correct-economic-return.request';
import { economicReturnDecider as decider, economicReturnStreamId as streamId } from './economic-return';
import { YearMonthPipe } from './economic-return.request';
import { SubmitEconomicReturnRequest } from './submit-economic-return/submit-economic-return.request';
import { SubmitEconomicReturnsInBulkRequest, SubmitEconomicReturnsInBulkResponse } from '../economic-returns-in-bulk.request';
import { SubmitEconomicReturnsInBulk } from '../economic-returns-in-bulk';
import { VoidEconomicReturnRequest } from './void-economic-return/void-economic-return.request';

/** A return is named by its enterprise and month: /economic-returns/jinghao-salt-chemical/2014-03. */
@ApiTags('economic returns 经济指标月报')
@Controller('economic-returns')
export class EconomicReturnController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly bulk: SubmitEconomicReturnsInBulk,
  ) {}

  @CommandEndpoint('', 'Submit an enterprise’s monthly return (主营业务收入、工业增加值、税金)')
  submit(@Body() body: SubmitEconomicReturnRequest, @Command() context: CommandContext) {
    const command = { type: 'SubmitEconomicReturn' as const, ...body };
    return this.commands.handle(decider, streamId(body.enterpriseId, body.month), command, context, body);
  }

  // above CommandEndpoint, so that it replaces the single command's answer in the document
  @ApiOkResponse({ type: SubmitEconomicReturnsInBulkResponse, description: 'One result per item, in order' })
  @CommandEndpoint('bulk', 'Submit up to 1,000 monthly returns (经济指标月报批量报送); each item is recorded or refused on its own')
  submitInBulk(@Body() body: SubmitEconomicReturnsInBulkRequest, @Command() context: CommandContext) {
    return this.bulk.submit(body.returns, context);
  }

  @CommandEndpoint(':enterpriseId/:month/correct', 'Restate all of the month’s figures, with the reason')
  correct(
    @Param('enterpriseId', RecordIdPipe) enterpriseId: string,
    @Param('month', YearMonthPipe) month: string,
    @Body() body: CorrectEconomicReturnRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectEconomicReturn' as const, enterpriseId, month, ...body };
    return this.commands.handle(decider, streamId(enterpriseId, month), command, context, body);
  }

  @CommandEndpoint(':enterpriseId/:month/void', 'Void a return entered in error (wrong enterprise or month), with the reason')
  void(
    @Param('enterpriseId', RecordIdPipe) enterpriseId: string,
    @Param('month', YearMonthPipe) month: string,
    @Body() body: VoidEconomicReturnRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'VoidEconomicReturn' as const, enterpriseId, month, ...body };
    return this.commands.handle(decider, streamId(enterpriseId, month), command, context);
  }

  @RecordEndpoint(':enterpriseId/:month', 'The enterprise’s return for the month as it stands, with its version (ETag)')
  current(@Param('enterpriseId', RecordIdPipe) enterpriseId: string, @Param('month', YearMonthPipe) month: string) {
    return this.commands.current(decider, streamId(enterpriseId, month));
  }

  @RecordEndpoint(':enterpriseId/:month/events', 'Every event of the enterprise’s return for the month, oldest first')
  history(@Param('enterpriseId', RecordIdPipe) enterpriseId: string, @Param('month', YearMonthPipe) month: string) {
    return this.commands.history(streamId(enterpriseId, month));
  }
}
