import { IsName, IsOccurredAt, IsRecordId } from '../../request-fields';
import type { AddPlatformPhase } from './add-platform-phase';

export class AddPlatformPhaseRequest implements Omit<AddPlatformPhase, 'type' | 'zoneId'> {
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @IsRecordId('phase-2') readonly phaseId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsName('二期') readonly nameZh!: string;
  @IsName('Phase 2', { optional: true }) readonly nameEn?: string;
}
