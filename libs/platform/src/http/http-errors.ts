import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AllowedMethods } from './openapi';
import type { FieldError } from './validation';

export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string | string[];
  /** a 400's errors field by field (see `fieldErrors`) */
  readonly errors?: readonly FieldError[];
  readonly correlationId?: string;
}

/** Domain errors carry their HTTP status and a stable code; nothing else leaves the process. */
interface DomainError {
  readonly httpStatus: number;
  readonly code?: string;
  readonly name: string;
  readonly message: string;
}
const isDomainError = (e: unknown): e is DomainError =>
  e instanceof Error && typeof (e as unknown as DomainError).httpStatus === 'number';

export function toErrorBody(exception: unknown, correlationId?: string): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? (response as { message: string | string[] }).message
        : exception.message;
    const error =
      typeof response === 'object' && response !== null && 'error' in response
        ? String((response as { error: unknown }).error)
        : (HttpStatus[status] ?? 'Error');
    const errors =
      typeof response === 'object' && response !== null && Array.isArray((response as { errors?: unknown }).errors)
        ? (response as { errors: FieldError[] }).errors
        : undefined;
    return { statusCode: status, error, message, ...(errors ? { errors } : {}), correlationId };
  }
  if (isDomainError(exception)) {
    return {
      statusCode: exception.httpStatus,
      error: exception.code ?? exception.name,
      message: exception.message,
      correlationId,
    };
  }
  return { statusCode: 500, error: 'InternalServerError', message: 'Internal server error', correlationId };
}

/**
 * What Fastify itself refuses before a route runs (its content-type parser and body limit), said as
 * every other error is: a 4xx with a stable `error` and a message, never a 500.
 */
const FASTIFY_BODY_ERRORS: Record<string, { statusCode: number; error: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { statusCode: 413, error: 'PayloadTooLarge', message: 'request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { statusCode: 415, error: 'UnsupportedMediaType', message: 'Content-Type must be application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { statusCode: 400, error: 'BadRequest', message: 'request body could not be read' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { statusCode: 400, error: 'BadRequest', message: 'request body is not valid JSON' },
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, error: 'BadRequest', message: 'request body is not valid JSON' },
};

/**
 * An error Fastify raised before any route ran (a FastifyError, or its JSON parser's SyntaxError) as
 * the HttpException the filter answers (`tooLarge`: what a 413 says instead, where a route has its own
 * limit); undefined for anything else.
 */
export function fastifyRefusal(exception: unknown, tooLarge?: string): HttpException | undefined {
  const body = fastifyErrorBody(exception);
  if (body && tooLarge && body.statusCode === 413) return new HttpException({ ...body, message: tooLarge }, 413);
  return body ? new HttpException(body, body.statusCode) : undefined;
}

function fastifyErrorBody(exception: unknown): Omit<ErrorBody, 'correlationId'> | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { code, statusCode } = exception as Error & { code?: string; statusCode?: number };
  if (code && FASTIFY_BODY_ERRORS[code]) return FASTIFY_BODY_ERRORS[code];
  if (exception instanceof SyntaxError && statusCode === 400) return FASTIFY_BODY_ERRORS['FST_ERR_CTP_INVALID_JSON_BODY'];
  if (exception.name === 'FastifyError' && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return { statusCode, error: HttpStatus[statusCode] ?? 'Error', message: 'the request could not be read' };
  }
  return undefined;
}

const isStructuredReport = (e: unknown): e is HttpException => {
  if (!(e instanceof HttpException)) return false;
  const response = e.getResponse();
  return typeof response === 'object' && response !== null && !('message' in response);
};

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');
  private methodsAt: AllowedMethods = () => undefined;

  /** Where no route matched but the path exists, the answer is 405 with the methods it takes. */
  knowRoutes(methodsAt: AllowedMethods): void {
    this.methodsAt = methodsAt;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();
    if (isStructuredReport(exception)) {
      // e.g. a failed health check: its body is the report itself
      void res.code(exception.getStatus()).send(exception.getResponse());
      return;
    }
    const methods = exception instanceof NotFoundException ? this.methodsAt(pathOf(req.url)) : undefined;
    if (methods && !methods.includes(req.method) && !(req.method === 'HEAD' && methods.includes('GET'))) {
      void res.header('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      void res.code(405).send({
        statusCode: 405,
        error: 'MethodNotAllowed',
        message: `${req.method} is not allowed here; allowed: ${methods.join(', ')}`,
        correlationId: req.id,
      });
      return;
    }
    const body = toErrorBody(exception, req.id);
    if (body.statusCode >= 500) this.logger.error({ correlationId: req.id, err: exception });
    void res.code(body.statusCode).send(body);
  }
}

const pathOf = (url: string) => {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
};
