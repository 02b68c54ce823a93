import { IsOccurredAt, IsReason, IsRecordId, IsText, IsYuan, Label } from '@park-ledger/department';
import type { CorrectProjectDetails } from './correct-project-details';

export class CorrectProjectDetailsRequest implements Omit<CorrectProjectDetails, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('年产3000吨中药饮片项目') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('TCM decoction pieces plant, 3,000 t/yr', { optional: true }) readonly nameEn?: string;
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-startup-park') readonly platformId!: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-2', { optional: true }) readonly phaseId?: string;
  @Label('产业', 'Industry', { help: '产业编号，如 pharma、salt-chemical', helpEn: 'Industry id, e.g. pharma, salt-chemical' })
  @IsRecordId('pharma') readonly industry!: string;
  @Label('投资方（中文）', 'Investor (Chinese)')
  @IsText('江西仁和药业有限公司') readonly investorNameZh!: string;
  @Label('投资方（英文）', 'Investor (English)')
  @IsText('Jiangxi Renhe Pharmaceutical Co., Ltd.', { optional: true }) readonly investorNameEn?: string;
  @Label('计划投资', 'Planned investment')
  @IsYuan(120_000_000) readonly plannedInvestmentYuan!: number;
  @IsReason('计划投资额误录为1.5亿元，合同为1.2亿元') readonly reason!: string;
}
