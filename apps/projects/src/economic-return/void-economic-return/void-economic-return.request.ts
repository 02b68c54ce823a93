import { IsOccurredAt, IsReason, IsRecordId } from '../../request-fields';
import { IsYearMonth } from '../economic-return-request-fields';
import type { VoidEconomicReturn } from './void-economic-return';

export class VoidEconomicReturnRequest implements Omit<VoidEconomicReturn, 'type'> {
  @IsRecordId('jinghao-salt-chemical') readonly enterpriseId!: string;
  @IsYearMonth() readonly month!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('企业填错月份，实为2014-04') readonly reason!: string;
}
