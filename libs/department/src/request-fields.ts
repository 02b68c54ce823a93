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

/** Where a form picks a field's value from a list instead of having it typed: the park registry, or records of this service. */
export type Pick = 'zone' | 'platform' | 'phase' | `record:${string}`;

export interface LabelOptions {
  /** help for the clerk, in Chinese (`description`) */
  readonly help?: string;
  /** the same help in English (`x-description-en`) */
  readonly helpEn?: string;
  /** the unit the value is sent in, e.g. 元, 亩, % (`x-unit`), and its English (`x-unit-en`) */
  readonly unit?: readonly [zh: string, en: string];
  /** the list its value is picked from (`x-pick`) */
  readonly pick?: Pick;
}

/**
 * A request field's label for the forms generated from the OpenAPI document: `title` in Chinese and
 * `x-title-en`, with optional help, unit and picker. One source of truth: the DTO's own metadata.
 */
export const Label = (zh: string, en: string, { help, helpEn, unit, pick }: LabelOptions = {}) =>
  ApiProperty({
    title: zh,
    'x-title-en': en,
    ...(help ? { description: help } : {}),
    ...(helpEn ? { 'x-description-en': helpEn } : {}),
    ...(unit ? { 'x-unit': unit[0], 'x-unit-en': unit[1] } : {}),
    ...(pick ? { 'x-pick': pick } : {}),
  } as ApiPropertyOptions);

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
      title: '发生时间',
      'x-title-en': 'Occurred at',
      description: '事情在园区发生的时间（北京时间）；不得晚于现在，不得早于园区设立',
      'x-description-en':
        'Business time: when it happened in the park, ISO-8601 with an offset; not in the future, not before the park was established',
    } as ApiPropertyOptions,
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
    { pattern: RECORD_ID.source, 'x-description-en': 'Client-chosen id: 1-64 letters, digits, _ or -' } as ApiPropertyOptions,
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
export const IsReason = (example = '录入错误，按企业提交的原件更正') =>
  applyDecorators(
    IsText(example, { max: 1000 }),
    Label('原因', 'Reason', { help: '为何更正、作废或驳回；记入历史', helpEn: 'Why it is corrected, voided or refused; kept in the history' }),
  );

export const IsYuan = (example: number, { optional, min = 0 }: Presence & { readonly min?: 0 | 1 } = {}) =>
  field(
    example,
    { optional },
    { type: 'integer', minimum: min, maximum: MAX_YUAN, 'x-unit': '元', 'x-unit-en': 'yuan', 'x-description-en': 'Whole yuan (元)' } as ApiPropertyOptions,
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
