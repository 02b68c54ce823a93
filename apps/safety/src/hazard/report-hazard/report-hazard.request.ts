import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { HazardDetails, ReportHazard } from './report-hazard';

export class HazardDetailsRequest implements HazardDetails {
  @IsRecordId('salt-chemical-base')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsText('晶昊盐化')
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh!: string;

  @IsText('Jinghao Salt Chemical', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;

  @IsDescription('高盐废水未经预处理直排')
  @Label('情况描述', 'Description (Chinese)')
  readonly descriptionZh!: string;

  @IsRecordId('2014-w23-salt', { optional: true })
  @Label('发现于检查', 'Found in inspection', { help: '发现该隐患的检查（如有）', helpEn: 'The inspection that found the hazard, if any', pick: 'record:safety-inspections' })
  readonly inspectionId?: string;
}

export class ReportHazardRequest extends HazardDetailsRequest implements Omit<ReportHazard, 'type'> {
  @IsRecordId('H-2014-031')
  @Label('隐患编号', 'Hazard id')
  readonly hazardId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
