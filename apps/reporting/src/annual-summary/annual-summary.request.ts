import { DATE_TIME_PATTERN } from '@park-ledger/contracts';
import { AS_OF_DESCRIPTION, IsAsOf } from '../figures/figures.request';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const summaryFormats = ['html', 'md', 'json', 'pdf'] as const;
export type SummaryFormat = (typeof summaryFormats)[number];

export class AnnualSummaryRequest {
  @ApiPropertyOptional({ enum: ['zh', 'en'], default: 'zh', description: 'zh: the committee’s own wording; en: the same numbers in English' })
  @IsOptional()
  @IsIn(['zh', 'en'], { message: 'lang must be zh or en' })
  lang: 'zh' | 'en' = 'zh';

  @ApiPropertyOptional({
    enum: summaryFormats,
    default: 'html',
    description: 'html: printable page; md: Markdown; json: the facts the text is written from; pdf: the page printed (A4)',
  })
  @IsOptional()
  @IsIn(summaryFormats, { message: 'format must be html, md, json or pdf' })
  format: SummaryFormat = 'html';

  @ApiPropertyOptional({
    example: '2015-01-10T00:00:00+08:00',
    format: 'date-time',
    pattern: DATE_TIME_PATTERN,
    description: `record time: the summary as it could have been written then (later corrections not counted); ${AS_OF_DESCRIPTION}`,
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;
}
