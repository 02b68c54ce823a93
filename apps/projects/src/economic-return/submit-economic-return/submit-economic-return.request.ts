import { IsOccurredAt, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import { IsYearMonth } from '../economic-return.request';
import type { SubmitEconomicReturn } from './submit-economic-return';

export class SubmitEconomicReturnRequest implements Omit<SubmitEconomicReturn, 'type'> {
  @IsRecordId('jinghao-salt-chemical') readonly enterpriseId!: string;
  @IsYearMonth() readonly month!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('江西晶昊盐化有限公司') readonly enterpriseNameZh!: string;
  @IsText('Jiangxi Jinghao Salt Chemical Co., Ltd.', { optional: true }) readonly enterpriseNameEn?: string;
  @IsRecordId('salt-chemical-base') readonly zoneId!: string;
  @IsRecordId('salt-chemical-base', { optional: true }) readonly platformId?: string;
  @IsYuan(186_000_000) readonly mainBusinessRevenueYuan!: number;
  @IsYuan(45_000_000) readonly industrialAddedValueYuan!: number;
  @IsYuan(9_800_000) readonly taxesYuan!: number;
}
