import { HttpException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bodyShapeProblem } from './body-shape';
import { fastifyRefusal } from './http-errors';
import { CORRELATION_HEADER, correlationIdFor } from '../logging/logging';

/**
 * The content types a route under /imports takes as its raw body (a spreadsheet to import): the route
 * receives the bytes as a Buffer. Anywhere else they are refused with 415 before the body is read.
 */
export const RAW_IMPORT_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'] as const;
/** Largest raw import body, in bytes (a spreadsheet of a few MB); larger is 413. */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;
const IMPORTS_PREFIX = '/imports';
/** A file past IMPORT_BODY_LIMIT: said with the limit, and what to do. */
const IMPORT_TOO_LARGE = `the file is larger than ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB; split it into smaller files`;

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };
/** '256kb', '2mb' or a number of bytes. */
export function bytesOf(limit: string | number): number {
  if (typeof limit === 'number') return limit;
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(limit.trim());
  if (!match) throw new Error(`not a body limit: ${limit}`);
  return Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()];
}

/**
 * NestJS's Fastify adapter as every service runs it: the JSON body limit, the correlation id as the
 * request id, no logger of Fastify's own (the platform logs each request once, see logging.ts), no
 * middleware layer (middie) at all, paths with or without a trailing slash as Express took them.
 * Errors Fastify raises before a route runs (body too large, not JSON, unsupported type) reach the
 * platform's exception filter as the HttpException they mean.
 */
export class ServiceHttpAdapter extends FastifyAdapter {
  constructor(bodyLimit: number) {
    super({
      bodyLimit,
      logger: false,
      disableRequestLogging: true,
      genReqId: correlationIdFor,
      requestIdHeader: false,
      // a body naming __proto__ or constructor is parsed as given and refused by the body-shape check, naming the key
      onProtoPoisoning: 'ignore',
      onConstructorPoisoning: 'ignore',
      skipMiddie: true,
      routerOptions: { ignoreTrailingSlash: true },
      // a URL Fastify cannot route (a malformed %-escape): the same error body as everything else
      frameworkErrors: (error: Error, req: FastifyRequest, reply: FastifyReply) => {
        const statusCode = (error as { statusCode?: number }).statusCode ?? 400;
        void reply
          .code(statusCode)
          .header(CORRELATION_HEADER, req.id)
          .send({ statusCode, error: statusCode === 400 ? 'BadRequest' : 'Error', message: 'the URL is not valid', correlationId: req.id });
      },
    });
  }

  /** Only SwaggerModule calls it (its UI's files): see serveFilesOf. */
  override useStaticAssets(options: { root: string; prefix: string }) {
    serveFilesOf(this.getInstance(), options);
  }

  override setErrorHandler(handler: (error: unknown, request: FastifyRequest, reply: FastifyReply) => unknown) {
    return super.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) =>
      handler(fastifyRefusal(error, request.url.startsWith(`${IMPORTS_PREFIX}/`) ? IMPORT_TOO_LARGE : undefined) ?? error, request, reply),
    );
  }
}

export interface EdgeHooks {
  /** before the body is read: e.g. authenticating writes */
  readonly onRequest?: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /** once the answer is sent: the request line and the latency histogram */
  readonly onResponse?: (req: FastifyRequest, reply: FastifyReply) => void;
}

const isRawImportType = (contentType: string | undefined) =>
  contentType !== undefined && RAW_IMPORT_TYPES.some((type) => contentType === type || contentType.startsWith(`${type};`));
const isImportRoute = (req: FastifyRequest) => (req.routeOptions.url ?? '').startsWith(IMPORTS_PREFIX);

/**
 * The request path every service shares, as Fastify hooks (no middleware layer):
 * onRequest: echo the correlation id, then `onRequest` (authentication of writes, before any body);
 * preParsing: a spreadsheet body anywhere but under /imports is 415 before it is read;
 * JSON (Fastify's own parser, the body limit) or, under /imports, the raw bytes (IMPORT_BODY_LIMIT);
 * preValidation: a JSON body no route may take (too deep, a prototype key, NUL) is 400;
 * onResponse: `onResponse`.
 */
export function installHttpEdge(fastify: FastifyInstance, hooks: EdgeHooks): void {
  // only JSON and, under /imports, spreadsheets: Fastify's text/plain parser goes
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser([...RAW_IMPORT_TYPES], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header(CORRELATION_HEADER, req.id);
    done();
  });
  if (hooks.onRequest) fastify.addHook('onRequest', hooks.onRequest);
  fastify.addHook('preParsing', (req, _reply, payload, done) => {
    if (isRawImportType(req.headers['content-type']) && !isImportRoute(req)) {
      done(new HttpException({ statusCode: 415, error: 'UnsupportedMediaType', message: 'Content-Type must be application/json' }, 415));
      return;
    }
    done(null, payload);
  });
  fastify.addHook('preValidation', (req, _reply, done) => {
    const body = req.body;
    const problem = body === undefined || Buffer.isBuffer(body) ? undefined : bodyShapeProblem(body);
    done(problem ? new HttpException({ statusCode: 400, error: 'BadRequest', message: [problem] }, 400) : undefined);
  });
  if (hooks.onResponse) {
    const onResponse = hooks.onResponse;
    fastify.addHook('onResponse', (req, reply, done) => {
      onResponse(req, reply);
      done();
    });
  }
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What SwaggerModule asks of useStaticAssets on Fastify (its UI's files), without @fastify/static: the
 * files directly in `root`, each read once when first asked for, under `prefix`.
 */
function serveFilesOf(fastify: FastifyInstance, { root, prefix }: { root: string; prefix: string }): void {
  const files = new Set(readdirSync(root, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name));
  const cache = new Map<string, Buffer>();
  fastify.get(`${prefix.replace(/\/$/, '')}/:file`, (req, reply) => {
    const { file } = req.params as { file: string };
    if (!files.has(file)) {
      void reply.code(404).send({ statusCode: 404, error: 'NotFound', message: `Cannot GET ${req.url}`, correlationId: req.id });
      return;
    }
    let content = cache.get(file);
    if (!content) cache.set(file, (content = readFileSync(path.join(root, file))));
    void reply.type(TYPES[path.extname(file)] ?? 'application/octet-stream').header('cache-control', 'public, max-age=3600').send(content);
  });
}
