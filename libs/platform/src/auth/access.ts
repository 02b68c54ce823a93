import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Department } from '@park-ledger/contracts';
import type { Request } from 'express';
import { InvalidToken, type VerifyOptions } from './jwt';
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
      );

export const Public = () => requires('public');
/** A submitter of this service's own department. */
export const Submits = () => requires('submit');
/** A reader, an admin, or a submitter (of this department, on a department service). */
export const Reads = () => requires('read');
export const Administers = () => requires('administer');

type AuthenticatedRequest = Request & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);

/**
 * Every route declares who may call it; a route that declares nothing is closed. 401 for a
 * missing or invalid token, 403 for a valid token that does not grant the access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly tokens: VerifiedTokens;

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFICATION) verification: Omit<VerifyOptions, 'nowSeconds'>,
    @Inject(SERVICE_DEPARTMENT) private readonly department: Department | null,
  ) {
    this.tokens = new VerifiedTokens(verification);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request.headers.authorization);
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

  private async authenticate(header: string | undefined): Promise<Principal> {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header ?? '')?.[1];
    if (!token) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'a bearer token is required' });
    }
    try {
      return principalOf(await this.tokens.verify(token));
    } catch (e) {
      if (!(e instanceof InvalidToken)) throw e;
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: e.message });
    }
  }
}
