import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[\w.:-]{1,128}$/;

/** The caller's correlation id when it is sane, else a new one; echoed back on the response. */
export function correlationIdFor(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers[CORRELATION_HEADER] ?? req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader(CORRELATION_HEADER, id);
  return id;
}

/** First middleware of every service: later ones (body parsing errors too) can answer with the id. */
export function assignCorrelationId(req: IncomingMessage & { id?: unknown }, res: ServerResponse, next: () => void): void {
  req.id = correlationIdFor(req, res);
  next();
}

/** Structured JSON logs; each request line and each log inside a request carries its correlation id. */
export function loggingParams(service: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service },
      messageKey: 'msg',
      formatters: { level: (label: string) => ({ level: label }) },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      genReqId: correlationIdFor,
      customProps: (req) => ({ correlationId: req.id }),
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
