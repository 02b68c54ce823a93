import { fundingOutcomes } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsReason, IsText, IsYuan } from '@park-ledger/department';
import type { CorrectFundingApplication } from './correct-funding-application';

export class CorrectFundingApplicationRequest implements Omit<CorrectFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('重点产业集群项目') readonly titleZh!: string;
  @IsText('Key industrial cluster project', { optional: true }) readonly titleEn?: string;
  @IsText('江西省工业和信息化委员会', { optional: true }) readonly grantorZh?: string;
  @IsText('Jiangxi Provincial Commission of Industry and IT', { optional: true }) readonly grantorEn?: string;
  @IsYuan(10_000_000, { optional: true }) readonly requestedAmountYuan?: number;
  @IsOneOf(fundingOutcomes, 'granted') readonly outcome!: CorrectFundingApplication['outcome'];
  @IsYuan(8_000_000, { optional: true }) readonly grantedAmountYuan?: number;
  @IsReason('到账金额为800万元，原录入750万元有误') readonly reason!: string;
}
