import { Body, Controller } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { YEAR_MONTH } from '@park-ledger/contracts';
import { asPlaced, Command, CommandEndpoint, CommandGateway, RecordController, RecordReads, type CommandContext } from '@park-ledger/department';
import { SubmitEconomicReturnsInBulk } from '../economic-returns-in-bulk';
import { SubmitEconomicReturnsInBulkRequest, SubmitEconomicReturnsInBulkResponse } from '../economic-returns-in-bulk.request';
import { CorrectEconomicReturnRequest } from './correct-economic-return/correct-economic-return.request';
import { economicReturnDecider, economicReturnStreamId } from './economic-return';
import { YearMonthPipe } from './economic-return.request';
import { SubmitEconomicReturnRequest } from './submit-economic-return/submit-economic-return.request';
import { VoidEconomicReturnRequest } from './void-economic-return/void-economic-return.request';

/** A return is named by its enterprise and month: /economic-returns/jinghao-salt-chemical/2014-03. */
@ApiTags('economic returns 经济指标月报')
@Controller('economic-returns')
export class EconomicReturnController extends RecordController(
  {
    decider: economicReturnDecider,
    key: ['enterpriseId', 'month'],
    streamId: economicReturnStreamId,
    record: 'enterprise’s return for the month',
    pipes: { month: YearMonthPipe },
    patterns: { month: YEAR_MONTH.source },
  },
  (on) => ({
    submit: on('', 'SubmitEconomicReturn', SubmitEconomicReturnRequest, ['报送企业经济指标月报（主营业务收入、工业增加值、税金）', 'Submit an enterprise’s monthly return (主营业务收入、工业增加值、税金)'], { inPark: asPlaced }),
    correct: on(':enterpriseId/:month/correct', 'CorrectEconomicReturn', CorrectEconomicReturnRequest, ['更正当月全部指标（附原因）', 'Restate all of the month’s figures, with the reason'], { inPark: asPlaced }),
    void: on(':enterpriseId/:month/void', 'VoidEconomicReturn', VoidEconomicReturnRequest, ['作废误录的月报（企业或月份有误，附原因）', 'Void a return entered in error (wrong enterprise or month), with the reason']),
  }),
) {
  constructor(
    commands: CommandGateway,
    records: RecordReads,
    private readonly bulk: SubmitEconomicReturnsInBulk,
  ) {
    super(commands, records);
  }

  // above CommandEndpoint, so that it replaces the single command's answer in the document
  @ApiOkResponse({ type: SubmitEconomicReturnsInBulkResponse, description: 'One result per item, in order' })
  @CommandEndpoint(
    'bulk',
    ['批量报送经济指标月报（至多 1,000 条），逐条记录或退回', 'Submit up to 1,000 monthly returns (经济指标月报批量报送); each item is recorded or refused on its own'],
    { versioned: false, operationId: 'SubmitEconomicReturnsInBulk' },
  )
  submitInBulk(@Body() body: SubmitEconomicReturnsInBulkRequest, @Command() context: CommandContext) {
    return this.bulk.submit(body.returns, context);
  }
}
