import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { parkYears } from './config/park-year';
import { InvalidConfiguration, type ServiceConfig } from './config/service-config';
import { authenticateWrites, BearerAuthentication } from './auth/access';
import { bytesOf, installHttpEdge, ServiceHttpAdapter } from './http/http-edge';
import { allowedMethodsOf, completeDocument } from './http/openapi';
import { HttpErrorFilter } from './http/http-errors';
import { RequestValidationPipe } from './http/validation';
import { METRICS_REGISTRY, httpRequestObserver } from './metrics/metrics';
import { SERVICE_CONFIG, SERVICE_LOGGER } from './platform.module';
import { logRequest, PinoNestLogger } from './logging/logging';

export interface ServiceDescription {
  readonly service: string;
  readonly title: string;
  readonly description: string;
  /** the largest JSON body, e.g. '256kb' (the default) or '2mb' */
  readonly bodyLimit?: string;
  /** loading it validates the configuration, once (PlatformModule.forRoot) */
  readonly module: () => Promise<Type<unknown>>;
  /** extra OpenAPI setup, e.g. bearer auth */
  readonly document?: (builder: DocumentBuilder) => DocumentBuilder;
}

const QUIET = /^\/(health|metrics)/;

/** A service's Nest application on NestJS's Fastify adapter, its HTTP edge set up (see http-edge.ts). */
export async function createService(desc: ServiceDescription): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(await desc.module(), new ServiceHttpAdapter(bytesOf(desc.bodyLimit ?? '256kb')), {
    bufferLogs: true,
    bodyParser: false,
  });
  const logger = app.get<Logger>(SERVICE_LOGGER);
  app.useLogger(new PinoNestLogger(logger));
  const observe = httpRequestObserver(app.get<Registry>(METRICS_REGISTRY));
  const authentication = app.get(BearerAuthentication);
  const fastify = app.getHttpAdapter().getInstance();
  installHttpEdge(fastify, {
    onRequest: authenticateWrites(authentication),
    onResponse: (req, reply) => {
      const ms = reply.elapsedTime;
      observe(req.method, req.routeOptions.url, reply.statusCode, ms);
      if (!QUIET.test(req.url)) logRequest(logger, req, reply.statusCode, ms);
    },
  });
  app.useGlobalPipes(new RequestValidationPipe());
  const errors = new HttpErrorFilter();
  app.useGlobalFilters(errors);
  errors.knowRoutes(allowedMethodsOf(setUpOpenApi(app, desc)));
  return app;
}

function setUpOpenApi(app: INestApplication, desc: ServiceDescription): OpenAPIObject {
  const base = new DocumentBuilder().setTitle(desc.title).setDescription(desc.description).setVersion('1');
  const config = app.get<ServiceConfig>(SERVICE_CONFIG, { strict: false });
  const document = completeDocument(SwaggerModule.createDocument(app, (desc.document ?? ((b) => b))(base).build()), {
    years: config ? parkYears(config.PARK_ESTABLISHED_ON) : undefined,
  });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return document;
}

/**
 * The whole life of a service process: start (loading the module validates the configuration,
 * once: a bad setting stops start-up with exit code 78 and its name), and on SIGTERM/SIGINT finish
 * in-flight work and exit; a hung shutdown is cut off after SHUTDOWN_TIMEOUT_MS.
 */
export async function startService(desc: ServiceDescription): Promise<void> {
  try {
    const app = await createService(desc);
    const config = app.get<ServiceConfig>(SERVICE_CONFIG);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS).unref();
        app.get<Logger>(SERVICE_LOGGER).info({ event: 'stopping', signal, context: desc.service });
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
    await app.listen(config.PORT, config.HOST);
    app
      .get<Logger>(SERVICE_LOGGER)
      .info({ event: 'started', url: await app.getUrl(), docs: '/docs', health: '/health/ready', context: desc.service });
  } catch (e) {
    if (e instanceof InvalidConfiguration) {
      process.stderr.write(`${desc.service}: ${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    process.stderr.write(`${desc.service}: failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
