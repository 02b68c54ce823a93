import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import type { RegisterZone } from './register-zone';

export class RegisterZoneRequest implements Omit<RegisterZone, 'type'> {
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('福城医药园') readonly nameZh!: string;
  @IsText('Fucheng Pharmaceutical Park', { optional: true }) readonly nameEn?: string;
}
