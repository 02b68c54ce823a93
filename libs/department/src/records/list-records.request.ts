import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { DomainRuleViolation } from '@park-ledger/decider';
import { RECORD_ID } from '../record-id.pipe';

export const LIST_SORTS = ['businessDate', 'recordedAt'] as const;
export const LIST_ORDERS = ['asc', 'desc'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type ListOrder = (typeof LIST_ORDERS)[number];

const DATE = /^(19|20|21)\d\d-\d\d-\d\d$/;
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;
// no control characters: PostgreSQL text cannot hold NUL, and a search needs none
// eslint-disable-next-line no-control-regex
const TEXT = /^[^\u0000-\u001f]{1,100}$/u;
const STATUS = /^[A-Za-z][A-Za-z-]{0,39}$/;
const asBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** A clerk's question to a list of records: filters, an order, and where the previous page ended. */
export class ListRecordsRequest {
  @ApiPropertyOptional({ pattern: RECORD_ID.source, description: 'only records in this zone (园区)' })
  @IsOptional()
  @Matches(RECORD_ID, { message: '$property must be a zone id' })
  zone?: string;

  @ApiPropertyOptional({ pattern: RECORD_ID.source, description: 'only records on this platform (平台)' })
  @IsOptional()
  @Matches(RECORD_ID, { message: '$property must be a platform id' })
  platform?: string;

  @ApiPropertyOptional({ pattern: STATUS.source, example: 'Identified', description: 'only records in this status or stage' })
  @IsOptional()
  @Matches(STATUS, { message: '$property must be a status, e.g. Identified' })
  status?: string;

  @ApiPropertyOptional({ format: 'date', pattern: DATE.source, example: '2014-01-01', description: 'business date on or after (park time)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date, e.g. 2014-01-01' })
  @IsISO8601({ strict: true }, { message: '$property must be a real date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', pattern: DATE.source, example: '2014-12-31', description: 'business date on or before (park time)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date, e.g. 2014-12-31' })
  @IsISO8601({ strict: true }, { message: '$property must be a real date' })
  to?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100, pattern: TEXT.source, description: 'words in its names (zh or en), any case' })
  @IsOptional()
  @Matches(TEXT, { message: '$property must be 1 to 100 characters of text' })
  q?: string;

  @ApiPropertyOptional({ type: 'boolean', description: 'true: only records a correction changed; false: only those never corrected' })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  corrected?: boolean;

  @ApiPropertyOptional({ type: 'boolean', description: 'true: only voided records; false: only live ones' })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  voided?: boolean;

  @ApiPropertyOptional({ enum: LIST_SORTS, default: 'businessDate', description: 'business date, or record time of the last change' })
  @IsOptional()
  @IsIn(LIST_SORTS)
  sort: ListSort = 'businessDate';

  @ApiPropertyOptional({ enum: LIST_ORDERS, default: 'desc' })
  @IsOptional()
  @IsIn(LIST_ORDERS)
  order: ListOrder = 'desc';

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ pattern: CURSOR.source, description: 'the nextCursor of the previous page, with the same sort and order' })
  @IsOptional()
  @Matches(CURSOR, { message: '$property must be a nextCursor as received' })
  cursor?: string;
}

/** Where a page ended: the last row's sort key and id (keyset pagination), and the order it was read in. */
export interface ListCursor {
  readonly sort: ListSort;
  readonly order: ListOrder;
  readonly key: string;
  readonly id: string;
}

export const encodeCursor = (cursor: ListCursor): string =>
  Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.id])).toString('base64url');

/** A well-formed cursor this service did not give (or gave for another order): 422 `invalid-cursor`. */
const badCursor = (message: string) => new DomainRuleViolation('invalid-cursor', `cursor: ${message}`);

const validKey = (sort: ListSort, key: string) => {
  try {
    return keyIsValid(sort, key);
  } catch {
    return false; // not a time at all
  }
};
const keyIsValid = (sort: ListSort, key: string) =>
  sort === 'businessDate'
    ? DATE.test(key) && new Date(`${key}T00:00:00Z`).toISOString().slice(0, 10) === key
    : /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(key) &&
      !Number.isNaN(Date.parse(key)) &&
      new Date(Date.parse(key)).toISOString().slice(0, 19) === key.slice(0, 19);

/** The cursor a client sent back, checked: it must be one we gave for the same sort and order. */
export function decodeCursor(text: string, sort: ListSort, order: ListOrder): ListCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('must be a nextCursor as received');
  }
  if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((part) => typeof part === 'string')) {
    throw badCursor('must be a nextCursor as received');
  }
  const [cursorSort, cursorOrder, key, id] = parts as string[];
  if (cursorSort !== sort || cursorOrder !== order) throw badCursor(`was given for sort=${cursorSort}&order=${cursorOrder}`);
  if (!validKey(sort, key) || id.length > 200 || id.includes('\u0000')) throw badCursor('must be a nextCursor as received');
  return { sort, order, key, id };
}
