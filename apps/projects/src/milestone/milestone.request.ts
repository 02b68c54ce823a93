import { ApiPropertyOptional } from '@nestjs/swagger';
import { milestoneKinds, type MilestoneRecorded, type PayloadOf } from '@park-ledger/contracts';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOccurredAt, IsOneOf, IsRecordId, IsText, OptionalField } from '@park-ledger/department';

type Milestone = PayloadOf<typeof MilestoneRecorded>;

/** The facts of a milestone as sent when recording it and when restating them in a correction (which names it in the path). */
export class MilestoneFactsRequest implements Omit<Milestone, 'milestoneId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsOneOf(milestoneKinds, 'national-base-approval') readonly kind!: Milestone['kind'];
  @IsText('盐化基地获批“中国盐化工（樟树）循环产业基地”') readonly titleZh!: string;
  @IsText('Salt-chemical base approved as China Salt-Chemical (Zhangshu) Circular Industry Base', { optional: true })
  readonly titleEn?: string;
  @IsCalendarDate('2014-10-15') readonly date!: string;
  @IsText('中国石油和化学工业联合会', { optional: true }) readonly authorityZh?: string;
  @IsText('China Petroleum and Chemical Industry Federation', { optional: true }) readonly authorityEn?: string;
  @IsRecordId('salt-chemical-base', { optional: true }) readonly zoneId?: string;
  @IsRecordId('salt-chemical-base', { optional: true }) readonly platformId?: string;
  @IsRecordId('salt-chemical', { optional: true }) readonly industry?: string;

  @ApiPropertyOptional({ example: 15, type: 'integer', minimum: 1, maximum: 10_000, description: 'for a ranking: the place reached' })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(10_000)
  readonly rank?: number;

  @ApiPropertyOptional({ example: 22, type: 'integer', minimum: 1, maximum: 10_000, description: 'for a ranking: the place a year before' })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(10_000)
  readonly previousRank?: number;
}
