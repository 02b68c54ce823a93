import { applyDecorators, BadRequestException, ConflictException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Principal } from '@park-ledger/platform';
import type { FastifyRequest } from 'fastify';

/** What the HTTP request says about a command besides its body. */
export interface CommandContext {
  readonly actor: string;
  readonly correlationId: string;
  /** scoped to the caller: two clerks using the same key never see each other's results */
  readonly idempotencyKey?: string;
  /** If-Match: the version the change builds on, or 'exists' for `*` */
  readonly expectedVersion?: number | 'exists';
}

const KEY = /^[\w.:-]{1,200}$/;
/** An entity tag as the services send it ("3"); the quotes may be left out. */
const VERSION = /^"?(\d{1,9})"?$/;

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

export function commandContextOf(request: FastifyRequest & { principal?: Principal }): CommandContext {
  const principal = request.principal;
  if (!principal) throw new Error('command endpoints must be guarded (no principal on the request)');
  const key = header(request, 'idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'BadRequest',
      message: ['Idempotency-Key: must be 1 to 200 characters of letters, digits, _ . : -'],
    });
  }
  const ifMatch = header(request, 'if-match')?.trim();
  if (ifMatch !== undefined && /^W\//.test(ifMatch)) {
    // RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag never matches a write
    throw new ConflictException({
      statusCode: 409,
      error: 'weak-entity-tag',
      message: 'If-Match: a weak entity tag (W/…) never matches a write; send the ETag as received, e.g. "3"',
    });
  }
  const version = ifMatch === undefined || ifMatch === '*' ? undefined : VERSION.exec(ifMatch)?.[1];
  if (ifMatch !== undefined && ifMatch !== '*' && version === undefined) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'BadRequest',
      message: ['If-Match: must be the record version (its ETag), e.g. "3"'],
    });
  }
  return {
    actor: principal.actor,
    correlationId: String(request.id),
    idempotencyKey: key === undefined ? undefined : `${principal.actor}:${key}`,
    expectedVersion: ifMatch === '*' ? 'exists' : version === undefined ? undefined : Number(version),
  };
}

export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  commandContextOf(ctx.switchToHttp().getRequest()),
);

/** Documents the headers every command endpoint honours. */
export const CommandHeaders = ({ versioned = true }: { versioned?: boolean } = {}) =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: KEY.source },
      description: 'Retrying with the same key returns the first result and records nothing twice',
    }),
    ...(versioned
      ? [
          ApiHeader({
            name: 'If-Match',
            required: false,
            schema: { type: 'string', pattern: '^(\\*|W/"\\d{1,9}"|"?\\d{1,9}"?)$' },
            description: 'The record version (ETag) the change is based on; a stale or weak one gets 409; `*`: the record must exist',
          }),
        ]
      : []),
  );
