import { IsName, IsOccurredAt, IsRecordId } from '../../request-fields';
import type { AddPlatform } from './add-platform';

export class AddPlatformRequest implements Omit<AddPlatform, 'type' | 'zoneId'> {
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsRecordId('metal-furniture-park', { optional: true }) readonly parentPlatformId?: string;
  @IsName('金属产业科技园') readonly nameZh!: string;
  @IsName('Metal industry tech park', { optional: true }) readonly nameEn?: string;
  @IsName('仁和大道东侧', { optional: true }) readonly siteZh?: string;
}
