import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { MovePlatformSite } from './move-platform-site';

export class MovePlatformSiteRequest implements Omit<MovePlatformSite, 'type' | 'zoneId'> {
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('选址（中文）', 'Site (Chinese)')
  @IsText('仁和大道东侧') readonly siteZh!: string;
  @Label('选址（英文）', 'Site (English)')
  @IsText('East side of Renhe Avenue', { optional: true }) readonly siteEn?: string;
}
