import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { CompleteRelocationStepRequest } from './complete-relocation-step/complete-relocation-step.request';
import { CompleteRelocationRequest } from './complete-relocation/complete-relocation.request';
import { CorrectRelocationRequest } from './correct-relocation/correct-relocation.request';
import { relocationDecider, relocationStreamId } from './relocation';
import { StartRelocationRequest } from './start-relocation/start-relocation.request';
import { VoidRelocationRequest } from './void-relocation/void-relocation.request';

@ApiTags('relocation into the park 退城进园')
@Controller('relocations')
export class RelocationController extends RecordController(
  { decider: relocationDecider, key: 'relocationId', streamId: relocationStreamId, record: 'relocation' },
  (on) => ({
    start: on('', 'StartRelocation', StartRelocationRequest, ['企业启动退城进园', 'An enterprise starts relocating into the park (启动退城进园)']),
    correctDetails: on(':relocationId/correct-details', 'CorrectRelocation', CorrectRelocationRequest, ['更正搬迁信息（附原因）', 'Correct the relocation’s details, with the reason']),
    completeStep: on(':relocationId/complete-step', 'CompleteRelocationStep', CompleteRelocationStepRequest, ['完成搬迁环节（清产核算、中介评估等）', 'A relocation step is done (清产核算, 中介评估, …)']),
    complete: on(':relocationId/complete', 'CompleteRelocation', CompleteRelocationRequest, ['搬迁完成', 'The enterprise has moved into the park (搬迁完成)']),
    void: on(':relocationId/void', 'VoidRelocation', VoidRelocationRequest, ['作废误录的搬迁（附原因）', 'Void a relocation entered in error, with the reason']),
  }),
) {}
