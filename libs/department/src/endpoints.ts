import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NestInterceptor,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  type ApiOperationOptions,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  PartialType,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { inlineFreshnessHeaders, Reads, setInlineFreshness, Submits } from '@park-ledger/platform';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { CommandHeaders } from './command-context';

class AcceptedEvent {
  @ApiProperty({ example: '0b8f8b9e-4d8a-4c3f-9a39-1c3b2f0b6a11' }) eventId!: string;
  @ApiProperty({ example: 'ProjectSigned' }) type!: string;
  @ApiProperty({ example: 2 }) streamVersion!: number;
}

export class CommandAcceptedResponse {
  @ApiProperty({ example: 'project-startup-park-p2-007' }) streamId!: string;
  @ApiProperty({ example: 2, description: 'the record version now; send it as If-Match to build on it' })
  version!: number;
  @ApiProperty({ type: [AcceptedEvent] }) events!: AcceptedEvent[];
}

class FieldErrorResponse {
  @ApiProperty({ example: 'items.0.amountYuan', description: 'the field’s path' }) field!: string;
  @ApiProperty({ example: 'min', description: 'the class-validator constraint it breaks' }) constraint!: string;
  @ApiProperty({ example: 'amountYuan must not be less than 1', description: 'in English' }) message!: string;
}

export class ErrorResponse {
  @ApiProperty({ example: 422 }) statusCode!: number;
  @ApiProperty({ example: 'project-not-started' }) error!: string;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'Project startup-park-p2-007 has not started construction',
    description: 'for people; a 400 lists one message per bad field, each starting with its path',
  })
  message!: string | string[];
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'a 400’s errors, one per field and broken rule' })
  errors?: FieldErrorResponse[];
  @ApiProperty({ example: '5f0c2a5e-3f2d-4a4b-8d55-9b1d0f4c7e21' }) correlationId!: string;
}

/** Sets the ETag of a record response (or an accepted command) to its version. */
@Injectable()
export class VersionETag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: { version?: unknown }) => {
        if (typeof body?.version === 'number') {
          void context.switchToHttp().getResponse<FastifyReply>().header('ETag', `"${body.version}"`);
        }
        return body;
      }),
    );
  }
}

/** Says on a read that the service's own records are current by construction (written with their events). */
@Injectable()
export class InlineFreshness implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const answeredAt = new Date();
    return next.handle().pipe(
      map((body) => {
        setInlineFreshness(context.switchToHttp().getResponse<FastifyReply>(), answeredAt);
        return body;
      }),
    );
  }
}

/**
 * A command endpoint: POST, submitters of this department only, documented with every error.
 * `versioned: false` for one that takes no If-Match (a bulk submission of many records).
 */
export const CommandEndpoint = (
  path: string,
  [summaryZh, summaryEn]: readonly [zh: string, en: string],
  { versioned = true, operationId }: { versioned?: boolean; operationId: string },
) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Submits(),
    CommandHeaders({ versioned }),
    UseInterceptors(VersionETag),
    ApiOperation({ summary: summaryZh, operationId, 'x-summary-en': summaryEn } as ApiOperationOptions),
    ApiOkResponse({ type: CommandAcceptedResponse, description: 'Recorded (or the first result of a retried request)' }),
    ApiBadRequestResponse({ type: ErrorResponse, description: 'Malformed input; the message names each bad field' }),
    ApiNotFoundResponse({ type: ErrorResponse, description: 'No such record' }),
    ApiConflictResponse({ type: ErrorResponse, description: 'Stale If-Match, a concurrent change, or a reused Idempotency-Key' }),
    ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'A business rule refuses it; `error` is a stable code' }),
    ApiPayloadTooLargeResponse({ type: ErrorResponse }),
    ApiUnsupportedMediaTypeResponse({ type: ErrorResponse, description: 'Content-Type is not application/json' }),
  );

const nullableText = (example: string, description?: string) =>
  ApiProperty({ type: 'string', nullable: true, example, ...(description ? { description } : {}) });

/** What the inline read model knows of a record: its details, who changed it last, when and why. */
class RecordFacts {
  @ApiProperty({ example: 'H-2014-017', description: 'the id(s) that name it in paths, joined by /' }) recordId!: string;
  @ApiProperty({ example: 'hazard-H-2014-017' }) streamId!: string;
  @nullableText('Found', 'its status or stage') status!: string | null;
  @nullableText('fucheng') zoneId!: string | null;
  @nullableText('fucheng-pharma') platformId!: string | null;
  @ApiProperty({ format: 'date', example: '2014-03-15', description: 'business date of its first event (park time)' })
  businessDate!: string;
  @ApiProperty({ example: 3, description: 'the record version (its ETag)' }) version!: number;
  @ApiProperty({ example: 'clerk-safety', description: 'who made the last change' }) changedBy!: string;
  @ApiProperty({ format: 'date-time', example: '2014-03-16T01:02:03.456000Z', description: 'record time of the last change' })
  changedAt!: string;
  @nullableText('area was mistyped', 'the reason its last correction or void gave') reason!: string | null;
  @ApiProperty({ description: 'a correction changed it' }) corrected!: boolean;
  @ApiProperty({ description: 'it was voided' }) voided!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { hazardId: 'H-2014-017', zoneId: 'fucheng' },
    description: 'its current details: everything a correction restates',
  })
  details!: object;
}

export class RecordSummaryResponse extends RecordFacts {}

export class RecordPageResponse {
  @ApiProperty({ type: [RecordSummaryResponse] }) items!: RecordSummaryResponse[];
  @ApiProperty({ type: 'string', nullable: true, description: 'pass as cursor for the next page; null on the last one' })
  nextCursor!: string | null;
}

class RecordHistoryLine {
  @ApiProperty({ example: '0b8f8b9e-4d8a-4c3f-9a39-1c3b2f0b6a11' }) eventId!: string;
  @ApiProperty({ example: 'IdleParcelDetailsCorrected' }) type!: string;
  @ApiProperty({ example: 2 }) streamVersion!: number;
  @ApiProperty({ format: 'date-time', example: '2014-06-30T10:00:00+08:00', description: 'business time: when it happened in the park' })
  occurredAt!: string;
  @ApiProperty({ format: 'date-time', example: '2014-07-01T02:03:04.567Z', description: 'record time: when it was recorded' })
  recordedAt!: string;
  @ApiProperty({ example: 'clerk-land', description: 'who recorded it' }) actor!: string;
  @nullableText('area was mistyped', 'the reason of a correction or void (or a refusal)') reason!: string | null;
}

export class RecordResponse extends PartialType(RecordFacts) {
  @ApiProperty({
    type: [String],
    example: ['CorrectIdleParcel', 'ReclaimIdleParcel', 'VoidIdleParcel'],
    description: 'the operationIds of the commands that apply to the record as it stands (its own decider says)',
  })
  commands!: string[];
  @ApiProperty({ type: [RecordHistoryLine], description: 'every event of the record, oldest first' }) history!: RecordHistoryLine[];
  @ApiProperty({ example: 'hazard-H-2014-017' }) override streamId!: string;
  @ApiProperty({ example: 3, description: 'the record version now (also its ETag); send it as If-Match to build on it' })
  override version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { status: 'Found' }, description: 'the record as it stands' })
  state!: object;
}

/** The list of one kind of record: readers, and this department's submitters. */
export const RecordListEndpoint = (summary: string) =>
  applyDecorators(
    Get(),
    Reads(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: RecordPageResponse, description: 'A page of records, and the cursor of the next' }),
    ApiBadRequestResponse({ type: ErrorResponse, description: 'A malformed filter or cursor; the message names it' }),
    ApiUnprocessableEntityResponse({
      type: ErrorResponse,
      description: '`invalid-cursor`: a cursor this list did not give, or gave for another sort or order',
    }),
  );

export class RecordEventResponse {
  @ApiProperty({ example: '0b8f8b9e-4d8a-4c3f-9a39-1c3b2f0b6a11' }) eventId!: string;
  @ApiProperty({ example: 'HazardFound' }) type!: string;
  @ApiProperty({ example: 1 }) streamVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: object;
}

/** A read of a record (or, with `history`, its events): readers, and this department's submitters. */
export const RecordEndpoint = (path: string, summary: string, { history = false }: { history?: boolean } = {}) =>
  applyDecorators(
    Get(path),
    Reads(),
    UseInterceptors(VersionETag, InlineFreshness),
    ApiOperation({ summary }),
    history
      ? ApiOkResponse({ type: [RecordEventResponse], description: 'Every event of the record, oldest first', headers: inlineFreshnessHeaders })
      : ApiOkResponse({
          type: RecordResponse,
          description: 'The record as it stands, with its version (also the ETag)',
          headers: inlineFreshnessHeaders,
        }),
    ApiBadRequestResponse({ type: ErrorResponse, description: 'A malformed id in the path' }),
    ApiNotFoundResponse({ type: ErrorResponse, description: 'No such record' }),
  );
