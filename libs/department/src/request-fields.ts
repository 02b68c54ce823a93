import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { codePointLength, DATE_TIME_PATTERN, isIsoDateTime, textProblem } from '@park-ledger/contracts';
import { IsIn, IsInt, IsISO8601, IsString, Matches, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { RECORD_ID } from './record-id.pipe';

/** Largest amount one request may carry: 10¹² yuan (1 万亿元). */
const MAX_YUAN = 1_000_000_000_000;
const EDGE_DATE_TIME = new RegExp(DATE_TIME_PATTERN);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

interface Presence {
  readonly optional?: boolean;
}

/** Like @IsOptional(), but an explicit null is still validated (and refused): payloads have no nulls. */
export const OptionalField = () => ValidateIf((_object, value) => value !== undefined);

const field = (example: unknown, { optional = false }: Presence, api: ApiPropertyOptions, ...validators: PropertyDecorator[]) =>
  applyDecorators(
    ApiProperty({ ...api, example, required: !optional } as ApiPropertyOptions),
    ...(optional ? [OptionalField()] : []),
    ...validators,
  );

/** Business time: when it happened in the park, with its offset. */
export const IsOccurredAt = () =>
  field(
    '2014-03-15T09:00:00+08:00',
    {},
    {
      format: 'date-time',
      pattern: DATE_TIME_PATTERN,
      description: 'Business time: when it happened in the park, ISO-8601 with an offset; not in the future, not before the park was established',
    },
    IsISO8601({ strict: true }),
    ValidateBy({
      name: 'isIsoDateTimeWithOffset',
      validator: {
        validate: (value: unknown) => isIsoDateTime(value) && EDGE_DATE_TIME.test(value),
        defaultMessage: () =>
          '$property must be a date-time with an offset (seconds included, offset within ±14:00), e.g. 2014-03-15T09:00:00+08:00',
      },
    }),
  );

export const IsRecordId = (example: string, presence: Presence = {}) =>
  field(
    example,
    presence,
    { pattern: RECORD_ID.source, description: 'Client-chosen id: 1-64 letters, digits, _ or -' },
    IsString(),
    Matches(RECORD_ID, { message: '$property must be 1-64 letters, digits, _ or -, starting with a letter or digit' }),
  );

/**
 * Free text: 1 to `max` characters counted as code points (as the payload schemas count them), and
 * only what PostgreSQL can store — no NUL, no unpaired surrogate.
 */
export const IsText = (example: string, { optional, max = 200 }: Presence & { readonly max?: number } = {}) =>
  field(
    example,
    { optional },
    // the pattern keeps generated examples storable: no NUL (unpaired surrogates are refused too)
    { minLength: 1, maxLength: max, pattern: '^[^\\x00]*$' },
    IsString(),
    ValidateBy({
      name: 'isStorableText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && textProblem(value) === undefined,
        defaultMessage: (args) => `$property ${textProblem(String(args?.value)) ?? 'must be text'}`,
      },
    }),
    ValidateBy({
      name: 'isLength',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && codePointLength(value) >= 1 && codePointLength(value) <= max,
        defaultMessage: () => `$property must be 1 to ${max} characters`,
      },
    }),
  );

/** Why a record is corrected or voided. */
export const IsReason = (example = '录入错误，按企业提交的原件更正') => IsText(example, { max: 1000 });

export const IsYuan = (example: number, { optional, min = 0 }: Presence & { readonly min?: 0 | 1 } = {}) =>
  field(
    example,
    { optional },
    { type: 'integer', minimum: min, maximum: MAX_YUAN, description: 'Whole yuan (元)' },
    IsInt(),
    Min(min),
    Max(MAX_YUAN),
  );

/** A calendar date, YYYY-MM-DD. */
export const IsCalendarDate = (example: string, presence: Presence = {}) =>
  field(
    example,
    presence,
    { format: 'date', pattern: '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' },
    IsISO8601({ strict: true }),
    Matches(DATE_ONLY, { message: '$property must be a date (YYYY-MM-DD)' }),
  );

export const IsOneOf = <V extends string>(values: readonly V[], example: V) =>
  field(example, {}, { enum: values }, IsIn([...values]));
