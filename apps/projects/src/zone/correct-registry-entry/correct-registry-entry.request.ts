import { IsOccurredAt, IsReason, IsRecordId, IsText } from '@park-ledger/department';
import type { CorrectRegistryEntry } from './correct-registry-entry';

export class CorrectRegistryEntryRequest implements Omit<CorrectRegistryEntry, 'type' | 'zoneId'> {
  @IsRecordId('pharma-startup-park', { optional: true }) readonly platformId?: string;
  @IsRecordId('phase-1', { optional: true }) readonly phaseId?: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('医药创业园') readonly nameZh!: string;
  @IsText('Pharmaceutical start-up park', { optional: true }) readonly nameEn?: string;
  @IsReason('英文名称统一') readonly reason!: string;
}
