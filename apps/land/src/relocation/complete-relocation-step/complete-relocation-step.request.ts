import { ApiProperty } from '@nestjs/swagger';
import { relocationSteps, type RelocationStep } from '@park-ledger/contracts';
import { IsIn } from 'class-validator';
import { IsOccurredAt, Label } from '@park-ledger/department';
import type { CompleteRelocationStep } from './complete-relocation-step';

export class CompleteRelocationStepRequest implements Omit<CompleteRelocationStep, 'type' | 'relocationId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @ApiProperty({ enum: relocationSteps, example: 'asset-inventory' })
  @IsIn(relocationSteps)
  @Label('搬迁环节', 'Step')
  readonly step!: RelocationStep;
}
