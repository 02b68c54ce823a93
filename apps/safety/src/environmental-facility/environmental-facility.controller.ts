import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CommissionFacilityRequest } from './commission-facility/commission-facility.request';
import { CompleteFacilityWorkRequest } from './complete-facility-work/complete-facility-work.request';
import { CorrectEnvironmentalFacilityRequest } from './correct-environmental-facility/correct-environmental-facility.request';
import { environmentalFacilityDecider, environmentalFacilityStreamId } from './environmental-facility';
import { RegisterEnvironmentalFacilityRequest } from './register-environmental-facility/register-environmental-facility.request';
import { VoidEnvironmentalFacilityRequest } from './void-environmental-facility/void-environmental-facility.request';

@ApiTags('environmental facilities 环保设施')
@Controller('environmental-facilities')
export class EnvironmentalFacilityController extends RecordController(
  {
    decider: environmentalFacilityDecider,
    key: 'facilityId',
    streamId: environmentalFacilityStreamId,
    record: 'environmental facility',
  },
  (on) => ({
    register: on('', 'RegisterEnvironmentalFacility', RegisterEnvironmentalFacilityRequest, ['登记环保设施及其配套工程', 'An environmental facility is registered with its works (环保设施)'], { inPark: asPlaced }),
    correctDetails: on(':facilityId/correct-details', 'CorrectEnvironmentalFacility', CorrectEnvironmentalFacilityRequest, ['更正设施信息（附原因）', 'Correct the facility’s details, with the reason'], { inPark: asPlaced }),
    completeWork: on(':facilityId/complete-work', 'CompleteFacilityWork', CompleteFacilityWorkRequest, ['设施配套工程完工', 'A work on the facility is completed (工程完工)']),
    commission: on(':facilityId/commission', 'CommissionFacility', CommissionFacilityRequest, ['设施投入运行', 'The facility is put into operation (投入运行)']),
    void: on(':facilityId/void', 'VoidEnvironmentalFacility', VoidEnvironmentalFacilityRequest, ['作废误录的设施（附原因）', 'Void a facility entered in error, with the reason']),
  }),
) {}
