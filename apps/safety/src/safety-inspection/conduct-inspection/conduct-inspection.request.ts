import { inspectionKinds, type InspectionKind } from '@park-ledger/contracts';
import { IsOccurredAt, IsOneOf, IsRecordId } from '@park-ledger/department';
import { IsCount, IsDescription } from '../../request-fields';
import type { ConductInspection, InspectionDetails } from './conduct-inspection';

export class InspectionDetailsRequest implements InspectionDetails {
  @IsOneOf(inspectionKinds, 'weekly-small')
  readonly kind!: InspectionKind;

  @IsRecordId('salt-chemical-base')
  readonly zoneId!: string;

  @IsCount(2, 0)
  readonly findingsCount!: number;

  @IsDescription('两家企业消防通道堵塞', { optional: true })
  readonly summaryZh?: string;
}

export class ConductInspectionRequest
  extends InspectionDetailsRequest
  implements Omit<ConductInspection, 'type'>
{
  @IsRecordId('2014-w23-salt')
  readonly inspectionId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
