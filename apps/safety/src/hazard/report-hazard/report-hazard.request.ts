import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import { IsDescription } from '../../request-fields';
import type { HazardDetails, ReportHazard } from './report-hazard';

export class HazardDetailsRequest implements HazardDetails {
  @IsRecordId('salt-chemical-base')
  readonly zoneId!: string;

  @IsText('晶昊盐化')
  readonly enterpriseNameZh!: string;

  @IsText('Jinghao Salt Chemical', { optional: true })
  readonly enterpriseNameEn?: string;

  @IsDescription('高盐废水未经预处理直排')
  readonly descriptionZh!: string;

  @IsRecordId('2014-w23-salt', { optional: true })
  readonly inspectionId?: string;
}

export class ReportHazardRequest extends HazardDetailsRequest implements Omit<ReportHazard, 'type'> {
  @IsRecordId('H-2014-031')
  readonly hazardId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
