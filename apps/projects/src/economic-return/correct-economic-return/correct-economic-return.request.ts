import { IsOccurredAt, IsReason, IsRecordId, IsText, IsYuan, Label } from '@park-ledger/department';
import type { CorrectEconomicReturn } from './correct-economic-return';

export class CorrectEconomicReturnRequest implements Omit<CorrectEconomicReturn, 'type' | 'enterpriseId' | 'month'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  @IsText('江西晶昊盐化有限公司') readonly enterpriseNameZh!: string;
  @Label('企业名称（英文）', 'Enterprise (English)')
  @IsText('Jiangxi Jinghao Salt Chemical Co., Ltd.', { optional: true }) readonly enterpriseNameEn?: string;
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('salt-chemical-base') readonly zoneId!: string;
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('salt-chemical-base', { optional: true }) readonly platformId?: string;
  @Label('联系人', 'Contact person')
  @IsText('王建华', { optional: true, max: 100 }) readonly contactName?: string;
  @Label('联系电话', 'Contact phone')
  @IsText('0795-7271234', { optional: true, max: 40 }) readonly contactPhone?: string;
  @Label('主营业务收入', 'Main business revenue')
  @IsYuan(168_000_000) readonly mainBusinessRevenueYuan!: number;
  @Label('工业增加值', 'Industrial added value')
  @IsYuan(45_000_000) readonly industrialAddedValueYuan!: number;
  @Label('税金', 'Taxes')
  @IsYuan(9_800_000) readonly taxesYuan!: number;
  @IsReason('主营业务收入误录，按统计局核定数更正') readonly reason!: string;
}
