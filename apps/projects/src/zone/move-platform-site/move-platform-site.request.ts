import { IsName, IsOccurredAt, IsRecordId } from '../../request-fields';
import type { MovePlatformSite } from './move-platform-site';

export class MovePlatformSiteRequest implements Omit<MovePlatformSite, 'type' | 'zoneId'> {
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsName('仁和大道东侧') readonly siteZh!: string;
  @IsName('East side of Renhe Avenue', { optional: true }) readonly siteEn?: string;
}
