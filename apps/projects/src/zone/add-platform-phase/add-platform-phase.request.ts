import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { AddPlatformPhase } from './add-platform-phase';

export class AddPlatformPhaseRequest implements Omit<AddPlatformPhase, 'type' | 'zoneId'> {
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-2') readonly phaseId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('二期') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Phase 2', { optional: true }) readonly nameEn?: string;
}
