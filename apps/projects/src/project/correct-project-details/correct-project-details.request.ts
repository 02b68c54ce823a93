import { IsOccurredAt, IsReason, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import type { CorrectProjectDetails } from './correct-project-details';

export class CorrectProjectDetailsRequest implements Omit<CorrectProjectDetails, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('年产3000吨中药饮片项目') readonly nameZh!: string;
  @IsText('TCM decoction pieces plant, 3,000 t/yr', { optional: true }) readonly nameEn?: string;
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @IsRecordId('phase-2', { optional: true }) readonly phaseId?: string;
  @IsRecordId('pharma') readonly industry!: string;
  @IsText('江西仁和药业有限公司') readonly investorNameZh!: string;
  @IsText('Jiangxi Renhe Pharmaceutical Co., Ltd.', { optional: true }) readonly investorNameEn?: string;
  @IsYuan(120_000_000) readonly plannedInvestmentYuan!: number;
  @IsReason('计划投资额误录为1.5亿元，合同为1.2亿元') readonly reason!: string;
}
