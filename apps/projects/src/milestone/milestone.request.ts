import { ApiPropertyOptional } from '@nestjs/swagger';
import { milestoneKinds, type MilestoneRecorded, type PayloadOf } from '@park-ledger/contracts';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOccurredAt, IsOneOf, IsRecordId, IsText, OptionalField, Label } from '@park-ledger/department';

type Milestone = PayloadOf<typeof MilestoneRecorded>;

/** The facts of a milestone as sent when recording it and when restating them in a correction (which names it in the path). */
export class MilestoneFactsRequest implements Omit<Milestone, 'milestoneId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('大事类别', 'Kind of milestone')
  @IsOneOf(milestoneKinds, 'national-base-approval') readonly kind!: Milestone['kind'];
  @Label('标题（中文）', 'Title (Chinese)')
  @IsText('盐化基地获批“中国盐化工（樟树）循环产业基地”') readonly titleZh!: string;
  @IsText('Salt-chemical base approved as China Salt-Chemical (Zhangshu) Circular Industry Base', { optional: true })
  @Label('标题（英文）', 'Title (English)')
  readonly titleEn?: string;
  @Label('日期', 'Date')
  @IsCalendarDate('2014-10-15') readonly date!: string;
  @Label('认定机关（中文）', 'Authority (Chinese)')
  @IsText('中国石油和化学工业联合会', { optional: true }) readonly authorityZh?: string;
  @Label('认定机关（英文）', 'Authority (English)')
  @IsText('China Petroleum and Chemical Industry Federation', { optional: true }) readonly authorityEn?: string;
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('salt-chemical-base', { optional: true }) readonly zoneId?: string;
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('salt-chemical-base', { optional: true }) readonly platformId?: string;
  @Label('产业', 'Industry', { help: '产业编号，如 pharma、salt-chemical', helpEn: 'Industry id, e.g. pharma, salt-chemical' })
  @IsRecordId('salt-chemical', { optional: true }) readonly industry?: string;

  @ApiPropertyOptional({ example: 15, type: 'integer', minimum: 1, maximum: 10_000 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(10_000)
  @Label('排名', 'Rank', { help: '排名类大事：本次名次', helpEn: 'For a ranking: the place reached' })
  readonly rank?: number;

  @ApiPropertyOptional({ example: 22, type: 'integer', minimum: 1, maximum: 10_000 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(10_000)
  @Label('上年排名', 'Rank a year before', { help: '排名类大事：上年名次', helpEn: 'For a ranking: the place a year before' })
  readonly previousRank?: number;
}
