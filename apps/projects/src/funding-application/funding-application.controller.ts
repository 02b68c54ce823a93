import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { CorrectFundingApplicationRequest } from './correct-funding-application/correct-funding-application.request';
import { FileFundingApplicationRequest } from './file-funding-application/file-funding-application.request';
import { fundingApplicationDecider, fundingApplicationStreamId } from './funding-application';
import { GrantFundingApplicationRequest } from './grant-funding-application/grant-funding-application.request';
import { RejectFundingApplicationRequest } from './reject-funding-application/reject-funding-application.request';
import { VoidFundingApplicationRequest } from './void-funding-application/void-funding-application.request';

@ApiTags('funding applications 跑项争资')
@Controller('funding-applications')
export class FundingApplicationController extends RecordController(
  {
    decider: fundingApplicationDecider,
    key: 'applicationId',
    streamId: fundingApplicationStreamId,
    record: 'funding application',
  },
  (on) => ({
    file: on('', 'FileFundingApplication', FileFundingApplicationRequest, ['申报上级资金（跑项争资）', 'File an application for higher-level funding (跑项争资)']),
    grant: on(':applicationId/grant', 'GrantFundingApplication', GrantFundingApplicationRequest, ['争取到资金（附金额）', 'The funding is granted (争取到资金), with the amount']),
    reject: on(':applicationId/reject', 'RejectFundingApplication', RejectFundingApplicationRequest, ['申报未获批（附原因）', 'The application is rejected, with the reason']),
    correct: on(':applicationId/correct', 'CorrectFundingApplication', CorrectFundingApplicationRequest, ['更正申报信息或结果（附原因）', 'Correct the application’s details or outcome, with the reason']),
    void: on(':applicationId/void', 'VoidFundingApplication', VoidFundingApplicationRequest, ['作废误录的申报（附原因）', 'Void an application entered in error, with the reason']),
  }),
) {}
