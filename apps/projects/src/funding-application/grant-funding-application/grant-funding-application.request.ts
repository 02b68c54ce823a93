import { IsOccurredAt, IsRecordId, IsYuan } from '../../request-fields';
import type { GrantFundingApplication } from './grant-funding-application';

export class GrantFundingApplicationRequest implements Omit<GrantFundingApplication, 'type'> {
  @IsRecordId('key-industry-cluster-2014') readonly applicationId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsYuan(8_000_000) readonly amountYuan!: number;
}
