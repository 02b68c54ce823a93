import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';

const list = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** The business period and, optionally, the record date the figures are as of. */
export class PeriodRequest {
  @ApiProperty({ example: 2014, description: 'business year (by occurredAt, park time)' })
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer' })
  @Min(1990)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, description: 'a quarter of the year (not with month)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, description: 'a month of the year (not with quarter)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({
    example: '2015-01-10T00:00:00+08:00',
    description: 'record time: the figures as they were known then (later corrections not counted)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' })
  asOf?: string;
}

export class FiguresRequest extends PeriodRequest {
  @ApiPropertyOptional({ type: String, example: 'safety.pollutionIncidents', description: 'figure names, comma-separated (default: all)' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[A-Za-z0-9._-]{1,120}$/, { each: true, message: 'figure names are letters, digits, . _ -' })
  figure?: string[];

  @ApiPropertyOptional({ type: String, example: 'zoneId,platformId', description: 'dims to break the figures down by, comma-separated' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { each: true, message: 'groupBy takes dim names' })
  groupBy?: string[];
}

export class FigureEventsRequest extends PeriodRequest {
  @ApiPropertyOptional({
    example: 'zoneId:chengbei,platformId:tech-park',
    description: 'the breakdown part: dim:value pairs; an empty value selects contributions without that dim',
  })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}:[^,:]{0,200}(,[A-Za-z][A-Za-z0-9_]{0,63}:[^,:]{0,200}){0,9}$/, {
    message: 'dims must be dim:value pairs separated by commas',
  })
  dims?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;
}

export const parseDims = (dims: string | undefined): Record<string, string | null> =>
  Object.fromEntries(
    (dims ? dims.split(',') : []).map((pair) => {
      const [dim, value] = pair.split(':');
      return [dim, value === '' ? null : value];
    }),
  );
