import { IsOccurredAt, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import type { RegisterProjectLead } from './register-project-lead';

export class RegisterProjectLeadRequest implements Omit<RegisterProjectLead, 'type'> {
  @IsRecordId('startup-park-p2-007') readonly projectId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('年产3000吨中药饮片项目') readonly nameZh!: string;
  @IsText('TCM decoction pieces plant, 3,000 t/yr', { optional: true }) readonly nameEn?: string;
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @IsRecordId('phase-2', { optional: true }) readonly phaseId?: string;
  @IsRecordId('pharma') readonly industry!: string;
  @IsText('江西仁和药业有限公司') readonly investorNameZh!: string;
  @IsText('Jiangxi Renhe Pharmaceutical Co., Ltd.', { optional: true }) readonly investorNameEn?: string;
  @IsYuan(150_000_000) readonly plannedInvestmentYuan!: number;
}
