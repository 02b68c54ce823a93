import { IsOccurredAt, IsReason, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { CorrectRegistryEntry } from './correct-registry-entry';

export class CorrectRegistryEntryRequest implements Omit<CorrectRegistryEntry, 'type' | 'zoneId'> {
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-startup-park', { optional: true }) readonly platformId?: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-1', { optional: true }) readonly phaseId?: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('医药创业园') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Pharmaceutical start-up park', { optional: true }) readonly nameEn?: string;
  @IsReason('英文名称统一') readonly reason!: string;
}
