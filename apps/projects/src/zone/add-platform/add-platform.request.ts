import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { AddPlatform } from './add-platform';

export class AddPlatformRequest implements Omit<AddPlatform, 'type' | 'zoneId'> {
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('metal-furniture-tech-park') readonly platformId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('上级平台', 'Parent platform', { help: '新平台属于某个平台之下时填写', helpEn: 'When the new platform sits inside another one', pick: 'platform' })
  @IsRecordId('metal-furniture-park', { optional: true }) readonly parentPlatformId?: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('金属产业科技园') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Metal industry tech park', { optional: true }) readonly nameEn?: string;
  @Label('选址（中文）', 'Site (Chinese)')
  @IsText('仁和大道东侧', { optional: true }) readonly siteZh?: string;
}
