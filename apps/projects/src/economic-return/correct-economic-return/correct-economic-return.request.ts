import { IsOccurredAt, IsReason, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import type { CorrectEconomicReturn } from './correct-economic-return';

export class CorrectEconomicReturnRequest implements Omit<CorrectEconomicReturn, 'type' | 'enterpriseId' | 'month'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('江西晶昊盐化有限公司') readonly enterpriseNameZh!: string;
  @IsText('Jiangxi Jinghao Salt Chemical Co., Ltd.', { optional: true }) readonly enterpriseNameEn?: string;
  @IsRecordId('salt-chemical-base') readonly zoneId!: string;
  @IsRecordId('salt-chemical-base', { optional: true }) readonly platformId?: string;
  @IsYuan(168_000_000) readonly mainBusinessRevenueYuan!: number;
  @IsYuan(45_000_000) readonly industrialAddedValueYuan!: number;
  @IsYuan(9_800_000) readonly taxesYuan!: number;
  @IsReason('主营业务收入误录，按统计局核定数更正') readonly reason!: string;
}
