import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
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
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    if (isStructuredReport(exception)) {
      // e.g. a failed health check: its body is the report itself
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    const methods = exception instanceof NotFoundException ? this.methodsAt(req.path) : undefined;
    if (methods && !methods.includes(req.method) && !(req.method === 'HEAD' && methods.includes('GET'))) {
      res.setHeader('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      res.status(405).json({
        statusCode: 405,
        error: 'MethodNotAllowed',
        message: `${req.method} is not allowed here; allowed: ${methods.join(', ')}`,
        correlationId: req.id,
      });
      return;
    }
    const body = toErrorBody(exception, req.id);
    if (body.statusCode >= 500) this.logger.error(exception);
    res.status(body.statusCode).json(body);
  }
}

/** Body-parser failures (malformed JSON, too large) answered as JSON, never as an HTML stack trace. */
export function bodyErrorHandler(
  err: { status?: number; type?: string; message?: string },
  req: Request & { id?: string },
  res: Response,
  next: NextFunction,
): void {
  if (!err || typeof err.status !== 'number') return next(err);
  const statusCode = err.status;
  const message =
    err.type === 'entity.too.large'
      ? 'request body is too large'
      : err.type === 'entity.parse.failed'
        ? 'request body is not valid JSON'
        : 'request body could not be read';
  const error = statusCode === 413 ? 'PayloadTooLarge' : statusCode === 400 ? 'BadRequest' : 'Error';
  res.status(statusCode).json({ statusCode, error, message, correlationId: req.id });
}

/** Where a file is the body (a department's spreadsheet imports): its handler reads and checks it. */
const FILE_UPLOADS = /^\/imports\/[^/]+$/;

/** Writes must send JSON (but a file upload): anything else is 415 before it reaches a handler. */
export function requireJsonBody(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && FILE_UPLOADS.test(req.path)) return next();
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'];
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
    res.status(415).json({
      statusCode: 415,
      error: 'UnsupportedMediaType',
      message: 'Content-Type must be application/json',
      correlationId: req.id,
    });
    return;
  }
  next();
}
