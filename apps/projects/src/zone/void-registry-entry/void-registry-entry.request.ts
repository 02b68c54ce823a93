import { IsOccurredAt, IsReason, IsRecordId, Label } from '@park-ledger/department';
import type { VoidRegistryEntry } from './void-registry-entry';

export class VoidRegistryEntryRequest implements Omit<VoidRegistryEntry, 'type' | 'zoneId'> {
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-logistics-park', { optional: true }) readonly platformId?: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-3', { optional: true }) readonly phaseId?: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('误建的平台') readonly reason!: string;
}
