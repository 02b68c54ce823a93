import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { DATE_TIME_PATTERN } from '@park-ledger/contracts';
import { figureCatalogue as contributionFigures, timelinessFigures } from '@park-ledger/figures';
const figureCatalogue = [...contributionFigures, ...timelinessFigures];
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';

/** The park's figure names as a regular expression's alternatives, for the document. */
const figureNames = figureCatalogue.map((figure) => figure.name.replace(/[.]/g, '\\.')).join('|');
/** Every dim some figure is broken down by. */
const dimNames = [...new Set(figureCatalogue.flatMap((figure) => figure.dims))].join('|');

/** A record time to read as of: a date-time with seconds and an offset, as the document's pattern says; a date alone is refused. */
export const IsAsOf = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' }),
    Matches(new RegExp(DATE_TIME_PATTERN), {
      message: 'asOf must be a date-time with seconds and an offset within ±14:00, e.g. 2015-01-10T00:00:00+08:00 (a date alone is not enough)',
    }),
  );

export const AS_OF_DESCRIPTION =
  'a date-time with seconds and an offset, e.g. 2015-01-10T00:00:00+08:00 (fractions of a second allowed; a date alone, ' +
  'a missing offset or words such as "yesterday" are refused with 400)';

/** Every dim some figure is broken down by, for the document. */
export const knownDims: ReadonlySet<string> = new Set(figureCatalogue.flatMap((figure) => figure.dims));

const list = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** The business period and, optionally, the record date the figures are as of. */
export class PeriodRequest {
  @ApiProperty({
    example: 2014,
    type: 'integer',
    minimum: 1990,
    maximum: 2100,
    description:
      'business year (by occurredAt, park time); required. From the year the park was established (PARK_ESTABLISHED_ON, ' +
      'default 2001) to the current year (the minimum and maximum here, as they were when the service started); a year ' +
      'outside them is refused with 422 year-out-of-range',
  })
  @IsDefined({ message: 'year is required' })
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer' })
  @Min(1990)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 4, description: 'a quarter of the year (not with month)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, description: 'a month of the year (not with quarter)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({
    example: '2015-01-10T00:00:00+08:00',
    format: 'date-time',
    pattern: DATE_TIME_PATTERN,
    description: `record time: the figures as they were known then (later corrections not counted); ${AS_OF_DESCRIPTION}`,
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;
}

export class FiguresRequest extends PeriodRequest {
  @ApiPropertyOptional({
    type: String,
    example: 'projects.signed,economy.taxes',
    pattern: `^(${figureNames})(,(${figureNames}))*$`,
    description: 'figure names of the catalogue (GET /figures/catalogue; the pattern lists them), comma-separated (default: all)',
  })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[A-Za-z0-9._-]{1,120}$/, { each: true, message: 'figure names are letters, digits, . _ -' })
  figure?: string[];

  @ApiPropertyOptional({
    type: String,
    example: 'zoneId,platformId',
    pattern: `^(${dimNames})(,(${dimNames})){0,4}$`,
    description: 'dims to break the figures down by, comma-separated; each must be a dim of a requested figure (else 422)',
  })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { each: true, message: 'groupBy takes dim names' })
  groupBy?: string[];
}

const DIMS = /^[A-Za-z][A-Za-z0-9_]{0,63}:[^,:]{0,200}(,[A-Za-z][A-Za-z0-9_]{0,63}:[^,:]{0,200}){0,9}$/;
/** The document names the dims: a name no figure has is malformed (400, naming it). */
const DOCUMENTED_DIMS = `^(${dimNames}):[^,:]{0,200}(,(${dimNames}):[^,:]{0,200}){0,9}$`;

export class FigureEventsRequest extends PeriodRequest {
  @ApiPropertyOptional({
    example: 'zoneId:chengbei,platformId:tech-park',
    pattern: DOCUMENTED_DIMS,
    description:
      'the breakdown part: dim:value pairs; an empty value selects contributions without that dim. A name that is no ' +
      'figure\'s dim is refused with 400 naming it; a dim of other figures but not of this one with 422 dims-unknown',
  })
  @IsOptional()
  @Matches(DIMS, {
    message: 'dims must be dim:value pairs separated by commas',
  })
  dims?: string;

  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: 100_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 500 })
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
