import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectFundingApplicationRequest } from './correct-funding-application/correct-funding-application.request';
import { FileFundingApplicationRequest } from './file-funding-application/file-funding-application.request';
import { fundingApplicationDecider as decider, fundingApplicationStreamId as streamId } from './funding-application';
import { GrantFundingApplicationRequest } from './grant-funding-application/grant-funding-application.request';
import { RejectFundingApplicationRequest } from './reject-funding-application/reject-funding-application.request';
import { VoidFundingApplicationRequest } from './void-funding-application/void-funding-application.request';

@ApiTags('funding applications 跑项争资')
@Controller('funding-applications')
export class FundingApplicationController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'File an application for higher-level funding (跑项争资)')
  file(@Body() body: FileFundingApplicationRequest, @Command() context: CommandContext) {
    return this.commands.handle(decider, streamId(body.applicationId), { type: 'FileFundingApplication', ...body }, context);
  }

  @CommandEndpoint(':applicationId/grant', 'The funding is granted (争取到资金), with the amount')
  grant(
    @Param('applicationId', RecordIdPipe) applicationId: string,
    @Body() body: GrantFundingApplicationRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(decider, streamId(applicationId), { type: 'GrantFundingApplication', applicationId, ...body }, context);
  }

  @CommandEndpoint(':applicationId/reject', 'The application is rejected, with the reason')
  reject(
    @Param('applicationId', RecordIdPipe) applicationId: string,
    @Body() body: RejectFundingApplicationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'RejectFundingApplication' as const, applicationId, ...body };
    return this.commands.handle(decider, streamId(applicationId), command, context);
  }

  @CommandEndpoint(':applicationId/correct', 'Correct the application’s details or outcome, with the reason')
  correct(
    @Param('applicationId', RecordIdPipe) applicationId: string,
    @Body() body: CorrectFundingApplicationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectFundingApplication' as const, applicationId, ...body };
    return this.commands.handle(decider, streamId(applicationId), command, context);
  }

  @CommandEndpoint(':applicationId/void', 'Void an application entered in error, with the reason')
  void(
    @Param('applicationId', RecordIdPipe) applicationId: string,
    @Body() body: VoidFundingApplicationRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(decider, streamId(applicationId), { type: 'VoidFundingApplication', applicationId, ...body }, context);
  }

  @RecordEndpoint(':applicationId', 'The funding application as it stands, with its version (ETag)')
  current(@Param('applicationId', RecordIdPipe) applicationId: string) {
    return this.commands.current(decider, streamId(applicationId));
  }

  @RecordEndpoint(':applicationId/events', 'Every event of the funding application, oldest first')
  history(@Param('applicationId', RecordIdPipe) applicationId: string) {
    return this.commands.history(streamId(applicationId));
  }
}
