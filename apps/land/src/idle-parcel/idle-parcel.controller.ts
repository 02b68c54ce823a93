import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CollectIdleLandFeeRequest } from './collect-idle-land-fee/collect-idle-land-fee.request';
import { CorrectIdleLandFeeRequest } from './correct-idle-land-fee/correct-idle-land-fee.request';
import { CorrectIdleParcelRequest } from './correct-idle-parcel/correct-idle-parcel.request';
import { CorrectParcelReclaimRequest } from './correct-parcel-reclaim/correct-parcel-reclaim.request';
import { IdentifyIdleParcelRequest } from './identify-idle-parcel/identify-idle-parcel.request';
import { idleParcelDecider, idleParcelStreamId } from './idle-parcel';
import { ReclaimIdleParcelRequest } from './reclaim-idle-parcel/reclaim-idle-parcel.request';
import { SubmitRectificationCommitmentRequest } from './submit-rectification-commitment/submit-rectification-commitment.request';
import { VoidIdleParcelRequest } from './void-idle-parcel/void-idle-parcel.request';

@ApiTags('idle land 闲置土地')
@Controller('idle-parcels')
export class IdleParcelController extends RecordController(
  { decider: idleParcelDecider, key: 'parcelId', streamId: idleParcelStreamId, record: 'idle parcel' },
  (on) => ({
    identify: on('', 'IdentifyIdleParcel', IdentifyIdleParcelRequest, ['认定闲置土地', 'Identify an idle parcel (认定闲置土地)'], { inPark: asPlaced }),
    correctDetails: on(':parcelId/correct-details', 'CorrectIdleParcel', CorrectIdleParcelRequest, ['更正闲置地块信息（附原因）', 'Correct the idle parcel’s details, with the reason'], { inPark: asPlaced }),
    reclaim: on(':parcelId/reclaim', 'ReclaimIdleParcel', ReclaimIdleParcelRequest, ['收回闲置土地', 'The idle parcel is reclaimed (收回闲置土地)']),
    correctReclaim: on(':parcelId/correct-reclaim', 'CorrectParcelReclaim', CorrectParcelReclaimRequest, ['更正收回面积（附原因）', 'Correct the reclaimed area, with the reason']),
    submitCommitment: on(':parcelId/submit-commitment', 'SubmitRectificationCommitment', SubmitRectificationCommitmentRequest, ['企业提交整改承诺', 'The enterprise submits its rectification commitment (整改承诺)']),
    collectFee: on(':parcelId/collect-fee', 'CollectIdleLandFee', CollectIdleLandFeeRequest, ['征缴闲置费', 'An idle land fee is collected (征缴闲置费)']),
    correctFee: on(':parcelId/correct-fee', 'CorrectIdleLandFee', CorrectIdleLandFeeRequest, ['更正已征缴的闲置费（附原因）', 'Correct a collected idle land fee, with the reason']),
    void: on(':parcelId/void', 'VoidIdleParcel', VoidIdleParcelRequest, ['作废误录的闲置地块（附原因）', 'Void an idle parcel entered in error, with the reason']),
  }),
) {}
