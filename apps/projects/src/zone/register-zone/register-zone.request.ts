import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { RegisterZone } from './register-zone';

export class RegisterZoneRequest implements Omit<RegisterZone, 'type'> {
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('福城医药园') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Fucheng Pharmaceutical Park', { optional: true }) readonly nameEn?: string;
}
