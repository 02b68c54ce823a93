import { inspectionKinds, type InspectionKind } from '@park-ledger/contracts';
import { Count, Description, OccurredAt, OneOf, RecordId } from '../request-fields';
import type { ConductInspection, InspectionDetails } from './conduct-inspection';

export class InspectionDetailsRequest implements InspectionDetails {
  @OneOf(inspectionKinds, 'weekly-small')
  readonly kind!: InspectionKind;

  @RecordId('salt-chemical-base')
  readonly zoneId!: string;

  @Count(2, 0)
  readonly findingsCount!: number;

  @Description('两家企业消防通道堵塞', false)
  readonly summaryZh?: string;
}

export class ConductInspectionRequest
  extends InspectionDetailsRequest
  implements Omit<ConductInspection, 'type'>
{
  @RecordId('2014-w23-salt')
  readonly inspectionId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
