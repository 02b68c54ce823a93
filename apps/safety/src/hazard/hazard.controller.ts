import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CorrectHazardRequest } from './correct-hazard/correct-hazard.request';
import { CorrectPenaltyRequest } from './correct-penalty/correct-penalty.request';
import { CorrectRectificationOrderRequest } from './correct-rectification-order/correct-rectification-order.request';
import { hazardDecider, hazardStreamId } from './hazard';
import { ImposePenaltyRequest } from './impose-penalty/impose-penalty.request';
import { OrderRectificationRequest } from './order-rectification/order-rectification.request';
import { ReportHazardRequest } from './report-hazard/report-hazard.request';
import { VerifyRectificationRequest } from './verify-rectification/verify-rectification.request';
import { VoidHazardRequest } from './void-hazard/void-hazard.request';

@ApiTags('hazards 安全隐患')
@Controller('hazards')
export class HazardController extends RecordController(
  { decider: hazardDecider, key: 'hazardId', streamId: hazardStreamId, record: 'hazard' },
  (on) => ({
    report: on('', 'ReportHazard', ReportHazardRequest, ['发现安全隐患', 'A hazard was found (发现安全隐患)'], { inPark: asPlaced }),
    correctDetails: on(':hazardId/correct-details', 'CorrectHazard', CorrectHazardRequest, ['更正隐患信息（附原因）', 'Correct the hazard’s details, with the reason'], { inPark: asPlaced }),
    orderRectification: on(':hazardId/order-rectification', 'OrderRectification', OrderRectificationRequest, ['责令整改（可停产整改）', 'Rectification is ordered, perhaps with production stopped (责令整改, 停产整改)']),
    correctRectificationOrder: on(':hazardId/correct-rectification-order', 'CorrectRectificationOrder', CorrectRectificationOrderRequest, ['更正整改要求（附原因）', 'Correct the rectification order, with the reason']),
    verifyRectification: on(':hazardId/verify-rectification', 'VerifyRectification', VerifyRectificationRequest, ['整改验收', 'The rectification is verified (整改验收)']),
    imposePenalty: on(':hazardId/impose-penalty', 'ImposePenalty', ImposePenaltyRequest, ['处罚', 'A penalty is imposed (处罚)']),
    correctPenalty: on(':hazardId/correct-penalty', 'CorrectPenalty', CorrectPenaltyRequest, ['更正处罚（附原因）', 'Correct the penalty, with the reason']),
    void: on(':hazardId/void', 'VoidHazard', VoidHazardRequest, ['作废误录的隐患（附原因）', 'Void a hazard entered in error, with the reason']),
  }),
) {}
