import { applyDecorators, BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Principal } from '@park-ledger/platform';
import type { Request } from 'express';

/** What the HTTP request says about a command besides its body. */
export interface CommandContext {
  readonly actor: string;
  readonly correlationId: string;
  /** scoped to the caller: two clerks using the same key never see each other's results */
  readonly idempotencyKey?: string;
  readonly expectedVersion?: number;
}

const KEY = /^[\w.:-]{1,200}$/;
const VERSION = /^(?:W\/)?"?(\d{1,9})"?$/;

export function commandContextOf(request: Request & { principal?: Principal; id?: unknown }): CommandContext {
  const principal = request.principal;
  if (!principal) throw new Error('command endpoints must be guarded (no principal on the request)');
  const key = request.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'BadRequest',
      message: ['Idempotency-Key: must be 1 to 200 characters of letters, digits, _ . : -'],
    });
  }
  const ifMatch = request.header('if-match');
  const version = ifMatch === undefined ? undefined : VERSION.exec(ifMatch.trim())?.[1];
  if (ifMatch !== undefined && version === undefined) {
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
    expectedVersion: version === undefined ? undefined : Number(version),
  };
}

export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  commandContextOf(ctx.switchToHttp().getRequest()),
);

/** Documents the headers every command endpoint honours. */
export const CommandHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retrying with the same key returns the first result and records nothing twice',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The record version (ETag) the change is based on; a stale one gets 409',
    }),
  );
