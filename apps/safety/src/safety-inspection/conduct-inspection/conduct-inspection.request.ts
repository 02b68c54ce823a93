import { inspectionKinds, type InspectionKind } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId, Label } from '@park-ledger/department';
import { IsCount, IsDescription } from '../../request-fields';
import type { ConductInspection, InspectionDetails } from './conduct-inspection';

export class InspectionDetailsRequest implements InspectionDetails {
  @IsOneOf(inspectionKinds, 'weekly-small')
  @Label('检查类别', 'Kind of inspection')
  readonly kind!: InspectionKind;

  @IsRecordId('salt-chemical-base')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsCount(2, 0)
  @Label('发现问题数', 'Findings', { unit: ['项', 'findings'] })
  readonly findingsCount!: number;

  @IsDescription('两家企业消防通道堵塞', { optional: true })
  @Label('检查小结', 'Summary (Chinese)')
  readonly summaryZh?: string;
}

export class ConductInspectionRequest
  extends InspectionDetailsRequest
  implements Omit<ConductInspection, 'type'>
{
  @IsRecordId('2014-w23-salt')
  @Label('检查编号', 'Inspection id')
  readonly inspectionId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
