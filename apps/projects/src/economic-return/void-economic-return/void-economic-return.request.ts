import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidEconomicReturn } from './void-economic-return';

export class VoidEconomicReturnRequest implements Omit<VoidEconomicReturn, 'type' | 'enterpriseId' | 'month'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('企业填错月份，实为2014-04') readonly reason!: string;
}
