import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import type { AddPlatformPhase } from './add-platform-phase';

export class AddPlatformPhaseRequest implements Omit<AddPlatformPhase, 'type' | 'zoneId'> {
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @IsRecordId('phase-2') readonly phaseId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('二期') readonly nameZh!: string;
  @IsText('Phase 2', { optional: true }) readonly nameEn?: string;
}
