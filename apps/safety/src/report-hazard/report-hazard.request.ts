import { Description, OccurredAt, RecordId, Text } from '../request-fields';
import type { HazardDetails, ReportHazard } from './report-hazard';

export class HazardDetailsRequest implements HazardDetails {
  @RecordId('salt-chemical-base')
  readonly zoneId!: string;

  @Text('晶昊盐化')
  readonly enterpriseNameZh!: string;

  @Text('Jinghao Salt Chemical', { required: false })
  readonly enterpriseNameEn?: string;

  @Description('高盐废水未经预处理直排')
  readonly descriptionZh!: string;

  @RecordId('2014-w23-salt', false)
  readonly inspectionId?: string;
}

export class ReportHazardRequest extends HazardDetailsRequest implements Omit<ReportHazard, 'type'> {
  @RecordId('H-2014-031')
  readonly hazardId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
