import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Department } from '@park-ledger/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidToken, KeySourceUnavailable, type VerifyOptions } from './jwt';
import { allows, principalOf, type Access, type Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

const ACCESS = 'park-ledger:access';
export const TOKEN_VERIFICATION = Symbol('TOKEN_VERIFICATION');
export const SERVICE_DEPARTMENT = Symbol('SERVICE_DEPARTMENT');

const requires = (access: Access) =>
  access === 'public'
    ? SetMetadata(ACCESS, access)
    : applyDecorators(
        SetMetadata(ACCESS, access),
        ApiBearerAuth(),
        ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' }),
        ApiForbiddenResponse({ description: 'The token does not grant this (wrong department or role)' }),
        ApiServiceUnavailableResponse({ description: 'The identity provider’s signing keys are unreachable: try again' }),
      );

export const Public = () => requires('public');
/** A submitter of this service's own department. */
export const Submits = () => requires('submit');
/** A reader, an admin, or a submitter (of this department, on a department service). */
export const Reads = () => requires('read');
export const Administers = () => requires('administer');
/** The director (`approver`) who signs off what the office closed; never someone who submits for the office. */
export const Approves = () => requires('approve');

type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);

/** `Authorization: Bearer <jws>`; the scheme is case-insensitive (RFC 7235 §2.1), one or more spaces follow it. */
const BEARER = /^bearer +([\w-]+\.[\w-]+\.[\w-]+) *$/i;

/**
 * Who is calling: the bearer token verified (and remembered, see VerifiedTokens). One instance per
 * service, used by the guard and, for writes, before the body is read.
 */
@Injectable()
export class BearerAuthentication {
  private readonly tokens: VerifiedTokens;

  constructor(@Inject(TOKEN_VERIFICATION) verification: Omit<VerifyOptions, 'nowSeconds'>) {
    this.tokens = new VerifiedTokens(verification);
  }

  /** The caller, or 401 for a missing, malformed, invalid or expired token. */
  async authenticate(header: string | undefined): Promise<Principal> {
    const token = BEARER.exec(header ?? '')?.[1];
    if (!token) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'a bearer token is required' });
    }
    try {
      return principalOf(await this.tokens.verify(token));
    } catch (e) {
      if (e instanceof KeySourceUnavailable) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'ServiceUnavailable',
          message: 'the token cannot be verified now: the identity provider’s signing keys are unreachable; try again shortly',
        });
      }
      if (!(e instanceof InvalidToken)) throw e;
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: e.message });
    }
  }
}

/**
 * Every route declares who may call it; a route that declares nothing is closed. 401 for a
 * missing or invalid token, 403 for a valid token that does not grant the access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: BearerAuthentication,
    @Inject(SERVICE_DEPARTMENT) private readonly department: Department | null,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal ?? (await this.authentication.authenticate(request.headers.authorization));
    request.principal = principal;
    if (access === undefined || !allows(principal, access, this.department)) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: `this token does not allow ${access ?? 'this operation'} here`,
      });
    }
    return true;
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes are authenticated before their body is read: an unauthenticated request gets 401, not a
 * 400 or 415 about a body nobody may send (every write route needs a token; reads may be public).
 * A Fastify onRequest hook: it runs before the body is parsed.
 */
export const authenticateWrites =
  (authentication: BearerAuthentication) =>
  async (req: AuthenticatedRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (!WRITES.has(req.method)) return undefined;
    try {
      req.principal = await authentication.authenticate(req.headers.authorization);
      return undefined;
    } catch (error) {
      if (!(error instanceof UnauthorizedException || error instanceof ServiceUnavailableException)) throw error;
      // an async hook that answers returns the reply: the request goes no further
      return reply.code(error.getStatus()).send({ ...(error.getResponse() as object), correlationId: req.id });
    }
  };
