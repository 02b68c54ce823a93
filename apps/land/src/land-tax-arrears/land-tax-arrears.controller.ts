import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { CollectLandTaxArrearsRequest } from './collect-land-tax-arrears/collect-land-tax-arrears.request';
import { CorrectLandTaxArrearsRequest } from './correct-land-tax-arrears/correct-land-tax-arrears.request';
import { landTaxArrearsDecider, landTaxArrearsStreamId } from './land-tax-arrears';
import { VoidLandTaxArrearsRequest } from './void-land-tax-arrears/void-land-tax-arrears.request';

@ApiTags('land-use tax arrears 拖欠土地使用税')
@Controller('land-tax-arrears')
export class LandTaxArrearsController extends RecordController(
  {
    decider: landTaxArrearsDecider,
    key: 'collectionId',
    streamId: landTaxArrearsStreamId,
    record: 'arrears collection',
  },
  (on) => ({
    collect: on('', 'CollectLandTaxArrears', CollectLandTaxArrearsRequest, ['清缴拖欠土地使用税', 'Land-use tax arrears are collected (清缴拖欠土地使用税)']),
    correct: on(':collectionId/correct', 'CorrectLandTaxArrears', CorrectLandTaxArrearsRequest, ['更正欠税清缴（附原因）', 'Correct the arrears collection, with the reason']),
    void: on(':collectionId/void', 'VoidLandTaxArrears', VoidLandTaxArrearsRequest, ['作废误录的欠税清缴（附原因）', 'Void an arrears collection entered in error, with the reason']),
  }),
) {}
