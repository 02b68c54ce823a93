import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import type { MovePlatformSite } from './move-platform-site';

export class MovePlatformSiteRequest implements Omit<MovePlatformSite, 'type' | 'zoneId'> {
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('仁和大道东侧') readonly siteZh!: string;
  @IsText('East side of Renhe Avenue', { optional: true }) readonly siteEn?: string;
}
