import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import type { AddPlatform } from './add-platform';

export class AddPlatformRequest implements Omit<AddPlatform, 'type' | 'zoneId'> {
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsRecordId('metal-furniture-park', { optional: true }) readonly parentPlatformId?: string;
  @IsText('金属产业科技园') readonly nameZh!: string;
  @IsText('Metal industry tech park', { optional: true }) readonly nameEn?: string;
  @IsText('仁和大道东侧', { optional: true }) readonly siteZh?: string;
}
