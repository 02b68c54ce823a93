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
    report: on('', 'ReportPollutionIncident', ReportPollutionIncidentRequest, 'A pollution incident is reported (环境污染事件)', { inPark: asPlaced }),
    correctDetails: on(':incidentId/correct-details', 'CorrectPollutionIncident', CorrectPollutionIncidentRequest, 'Correct the pollution incident’s details, with the reason', { inPark: asPlaced }),
    handle: on(':incidentId/handle', 'HandlePollutionIncident', HandlePollutionIncidentRequest, 'The pollution incident is dealt with (处置)'),
    payCompensation: on(':incidentId/pay-compensation', 'PayPollutionCompensation', PayPollutionCompensationRequest, 'Compensation for the pollution is paid (赔偿)'),
    correctCompensation: on(':incidentId/correct-compensation', 'CorrectPollutionCompensation', CorrectPollutionCompensationRequest, 'Correct the compensation paid, with the reason'),
    void: on(':incidentId/void', 'VoidPollutionIncident', VoidPollutionIncidentRequest, 'Void a pollution incident entered in error, with the reason'),
  }),
) {}
