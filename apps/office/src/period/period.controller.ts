import { applyDecorators, Body, Controller, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
  type ApiOperationOptions,
} from '@nestjs/swagger';
import { PERIOD_ID } from '@park-ledger/contracts';
import {
  Command,
  CommandAcceptedResponse,
  CommandEndpoint,
  CommandHeaders,
  ErrorResponse,
  RecordController,
  VersionETag,
  type CommandContext,
} from '@park-ledger/department';
import { Approves } from '@park-ledger/platform';
import { ClosePeriodRequest } from './close-period/close-period.request';
import { periodDecider, periodStreamId } from './period';
import { PeriodPipe } from './period.request';
import { ReopenPeriodRequest } from './reopen-period/reopen-period.request';
import { SignOffPeriodRequest } from './sign-off-period/sign-off-period.request';

const PeriodParam = () => ApiParam({ name: 'period', required: true, schema: { type: 'string', pattern: PERIOD_ID.source } });

/** Like a command endpoint, but for the director (`approver`), never an office clerk. */
const ApprovalEndpoint = (path: string, [summary, summaryEn]: readonly [zh: string, en: string], operationId: string) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Approves(),
    CommandHeaders(),
    UseInterceptors(VersionETag),
    ApiOperation({ summary, operationId, 'x-summary-en': summaryEn } as ApiOperationOptions),
    ApiOkResponse({ type: CommandAcceptedResponse, description: 'Recorded (or the first result of a retried request)' }),
    ApiConflictResponse({ type: ErrorResponse, description: 'Stale If-Match, a concurrent change, or a reused Idempotency-Key' }),
    ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'A business rule refuses it; `error` is a stable code' }),
  );

/**
 * A period's close (关账): the office closes it with the digest of its figures as known at a moment,
 * the director signs it off (published), the office reopens it with a reason. Who does it is the
 * signed-in user, never a field of the body.
 */
@ApiTags('periods 关账与签发')
@Controller('periods')
export class PeriodController extends RecordController(
  { decider: periodDecider, key: 'period', streamId: periodStreamId, record: 'period', pipes: { period: PeriodPipe }, patterns: { period: PERIOD_ID.source } },
  () => ({}),
) {
  @CommandEndpoint(
    ':period/close',
    ['办公室关账：按 asOf 时所知的数字及其摘要关闭一个期间（年、季或月）', 'The office closes a period (year, quarter or month) with the digest of its figures as known at asOf'],
    { operationId: 'ClosePeriod' },
  )
  @PeriodParam()
  close(@Param('period', PeriodPipe) period: string, @Body() body: ClosePeriodRequest, @Command() context: CommandContext) {
    return this.commands.handle(periodDecider, periodStreamId(period), { type: 'ClosePeriod', period, ...body, closedBy: context.actor }, context);
  }

  @ApprovalEndpoint(
    ':period/sign-off',
    ['主任签发已关账的期间：其数字按报送时发布', 'The director signs off a closed period: its figures are published as filed'],
    'SignOffPeriod',
  )
  @PeriodParam()
  signOff(@Param('period', PeriodPipe) period: string, @Body() body: SignOffPeriodRequest, @Command() context: CommandContext) {
    return this.commands.handle(periodDecider, periodStreamId(period), { type: 'SignOffPeriod', period, ...body, signedBy: context.actor }, context);
  }

  @CommandEndpoint(':period/reopen', ['办公室重新打开已关账的期间，并说明理由', 'The office reopens a closed period, with the reason'], {
    operationId: 'ReopenPeriod',
  })
  @PeriodParam()
  reopen(@Param('period', PeriodPipe) period: string, @Body() body: ReopenPeriodRequest, @Command() context: CommandContext) {
    return this.commands.handle(periodDecider, periodStreamId(period), { type: 'ReopenPeriod', period, ...body, reopenedBy: context.actor }, context);
  }
}
