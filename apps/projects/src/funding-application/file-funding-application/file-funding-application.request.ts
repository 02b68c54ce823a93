import { IsOccurredAt, IsRecordId, IsText, IsYuan, Label } from '@park-ledger/department';
import type { FileFundingApplication } from './file-funding-application';

export class FileFundingApplicationRequest implements Omit<FileFundingApplication, 'type'> {
  @Label('申报编号', 'Application id')
  @IsRecordId('key-industry-cluster-2014') readonly applicationId!: string;
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
}
