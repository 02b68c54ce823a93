import { IsOccurredAt, IsReason, IsRecordId } from '@park-ledger/department';
import type { VoidRegistryEntry } from './void-registry-entry';

export class VoidRegistryEntryRequest implements Omit<VoidRegistryEntry, 'type' | 'zoneId'> {
  @IsRecordId('pharma-logistics-park', { optional: true }) readonly platformId?: string;
  @IsRecordId('phase-3', { optional: true }) readonly phaseId?: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('误建的平台') readonly reason!: string;
}
