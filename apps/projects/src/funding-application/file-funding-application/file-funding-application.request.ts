import { IsOccurredAt, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import type { FileFundingApplication } from './file-funding-application';

export class FileFundingApplicationRequest implements Omit<FileFundingApplication, 'type'> {
  @IsRecordId('key-industry-cluster-2014') readonly applicationId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('重点产业集群项目') readonly titleZh!: string;
  @IsText('Key industrial cluster project', { optional: true }) readonly titleEn?: string;
  @IsText('江西省工业和信息化委员会', { optional: true }) readonly grantorZh?: string;
  @IsText('Jiangxi Provincial Commission of Industry and IT', { optional: true }) readonly grantorEn?: string;
  @IsYuan(10_000_000, { optional: true }) readonly requestedAmountYuan?: number;
}
