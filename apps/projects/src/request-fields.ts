import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECTS_RECORD_ID } from '@park-ledger/contracts';
import { IsIn, IsInt, IsISO8601, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';

/** Largest amount one request may carry: 10¹² yuan (1 万亿元). */
export const MAX_YUAN = 1_000_000_000_000;
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Like @IsOptional(), but an explicit null is still validated (and refused): payloads have no nulls. */
export const OptionalField = () => ValidateIf((_object, value) => value !== undefined);

const optionally = (optional: boolean, example: unknown, decorators: PropertyDecorator[], description?: string) =>
  applyDecorators(
    ...(optional
      ? [ApiPropertyOptional({ example, description }), OptionalField()]
      : [ApiProperty({ example, description })]),
    ...decorators,
  );

export const IsRecordId = (example: string, { optional = false } = {}) =>
  optionally(
    optional,
    example,
    [IsString(), Matches(PROJECTS_RECORD_ID, { message: '$property must be a slug of letters, digits, _ or -, at most 64' })],
    'client-chosen id: letters, digits, _ and -, at most 64 characters',
  );

export const IsOccurredAt = () =>
  applyDecorators(
    ApiProperty({ example: '2014-03-15T09:00:00+08:00', description: 'business time, ISO-8601 with an offset' }),
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(WITH_OFFSET, { message: '$property must carry a UTC offset, e.g. +08:00' }),
  );

export const IsName = (example: string, { optional = false, max = 200 } = {}) =>
  optionally(optional, example, [IsString(), Length(1, max)]);

export const IsReason = (example = '录入错误，按企业提交的原件更正') => IsName(example, { max: 1000 });

export const IsYuan = (example: number, { optional = false } = {}) =>
  optionally(optional, example, [IsInt(), Min(0), Max(MAX_YUAN)], 'whole yuan (元)');

const calendarDate = [IsISO8601({ strict: true }), Matches(DATE_ONLY, { message: '$property must be a date, YYYY-MM-DD' })];

export const IsCalendarDate = (example: string, { optional = false } = {}) =>
  optionally(optional, example, calendarDate);

/** A date that must be sent, as null when unknown. */
export const IsNullableCalendarDate = (example: string) =>
  applyDecorators(
    ApiProperty({ example, nullable: true, type: String }),
    ValidateIf((_object, value) => value !== null),
    ...calendarDate,
  );

export const IsOneOf = (values: readonly string[], example: string) =>
  applyDecorators(ApiProperty({ enum: values, example }), IsIn([...values]));
