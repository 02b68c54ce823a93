import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CorrectPollutionCompensationRequest } from './correct-pollution-compensation/correct-pollution-compensation.request';
import { CorrectPollutionIncidentRequest } from './correct-pollution-incident/correct-pollution-incident.request';
import { HandlePollutionIncidentRequest } from './handle-pollution-incident/handle-pollution-incident.request';
import { PayPollutionCompensationRequest } from './pay-pollution-compensation/pay-pollution-compensation.request';
import { pollutionIncidentDecider, pollutionIncidentStreamId } from './pollution-incident';
import { ReportPollutionIncidentRequest } from './report-pollution-incident/report-pollution-incident.request';
import { VoidPollutionIncidentRequest } from './void-pollution-incident/void-pollution-incident.request';

@ApiTags('pollution incidents 环境污染事件')
@Controller('pollution-incidents')
export class PollutionIncidentController extends RecordController(
  {
    decider: pollutionIncidentDecider,
    key: 'incidentId',
    streamId: pollutionIncidentStreamId,
    record: 'pollution incident',
  },
  (on) => ({
    report: on('', 'ReportPollutionIncident', ReportPollutionIncidentRequest, ['报告环境污染事件', 'A pollution incident is reported (环境污染事件)'], { inPark: asPlaced }),
    correctDetails: on(':incidentId/correct-details', 'CorrectPollutionIncident', CorrectPollutionIncidentRequest, ['更正污染事件信息（附原因）', 'Correct the pollution incident’s details, with the reason'], { inPark: asPlaced }),
    handle: on(':incidentId/handle', 'HandlePollutionIncident', HandlePollutionIncidentRequest, ['污染事件处置', 'The pollution incident is dealt with (处置)']),
    payCompensation: on(':incidentId/pay-compensation', 'PayPollutionCompensation', PayPollutionCompensationRequest, ['支付污染赔偿', 'Compensation for the pollution is paid (赔偿)']),
    correctCompensation: on(':incidentId/correct-compensation', 'CorrectPollutionCompensation', CorrectPollutionCompensationRequest, ['更正赔偿金额（附原因）', 'Correct the compensation paid, with the reason']),
    void: on(':incidentId/void', 'VoidPollutionIncident', VoidPollutionIncidentRequest, ['作废误录的污染事件（附原因）', 'Void a pollution incident entered in error, with the reason']),
  }),
) {}
