import { fundingOutcomes } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsReason, IsText, IsYuan, Label } from '@park-ledger/department';
import type { CorrectFundingApplication } from './correct-funding-application';

export class CorrectFundingApplicationRequest implements Omit<CorrectFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('标题（中文）', 'Title (Chinese)')
  @IsText('重点产业集群项目') readonly titleZh!: string;
  @Label('标题（英文）', 'Title (English)')
  @IsText('Key industrial cluster project', { optional: true }) readonly titleEn?: string;
  @Label('资金下达单位（中文）', 'Grantor (Chinese)')
  @IsText('江西省工业和信息化委员会', { optional: true }) readonly grantorZh?: string;
  @Label('资金下达单位（英文）', 'Grantor (English)')
  @IsText('Jiangxi Provincial Commission of Industry and IT', { optional: true }) readonly grantorEn?: string;
  @Label('申请金额', 'Amount requested')
  @IsYuan(10_000_000, { optional: true }) readonly requestedAmountYuan?: number;
  @Label('申报结果', 'Outcome')
  @IsOneOf(fundingOutcomes, 'granted') readonly outcome!: CorrectFundingApplication['outcome'];
  @Label('到账金额', 'Amount granted')
  @IsYuan(8_000_000, { optional: true }) readonly grantedAmountYuan?: number;
  @IsReason('到账金额为800万元，原录入750万元有误') readonly reason!: string;
}
