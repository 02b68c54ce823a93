import { IsName, IsOccurredAt, IsRecordId } from '../../request-fields';
import type { RegisterZone } from './register-zone';

export class RegisterZoneRequest implements Omit<RegisterZone, 'type'> {
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsName('福城医药园') readonly nameZh!: string;
  @IsName('Fucheng Pharmaceutical Park', { optional: true }) readonly nameEn?: string;
}
