import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { json } from 'express';
import { Logger } from 'nestjs-pino';
import { parkYears } from './config/park-year';
import { InvalidConfiguration, type ServiceConfig } from './config/service-config';
import { authenticateWrites, BearerAuthentication } from './auth/access';
import { checkBodyShape } from './http/body-shape';
import { allowedMethodsOf, completeDocument } from './http/openapi';
import { bodyErrorHandler, HttpErrorFilter, requireJsonBody } from './http/http-errors';
import { RequestValidationPipe } from './http/validation';
import { SERVICE_CONFIG } from './platform.module';
import { assignCorrelationId } from './logging/logging';

export interface ServiceDescription {
  readonly service: string;
  readonly title: string;
  readonly description: string;
  readonly bodyLimit?: string;
  /** loading it validates the configuration, once (PlatformModule.forRoot) */
  readonly module: () => Promise<Type<unknown>>;
  /** extra OpenAPI setup, e.g. bearer auth */
  readonly document?: (builder: DocumentBuilder) => DocumentBuilder;
}

export async function createService(desc: ServiceDescription): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(await desc.module(), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(assignCorrelationId);
  app.use(authenticateWrites(app.get(BearerAuthentication)));
  app.use(requireJsonBody);
  app.use(json({ limit: desc.bodyLimit ?? '256kb' }));
  app.use(bodyErrorHandler);
  app.use(checkBodyShape);
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
        app.get(Logger).log({ event: 'stopping', signal }, desc.service);
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
    await app.listen(config.PORT, config.HOST);
    app.get(Logger).log(
      { event: 'started', url: await app.getUrl(), docs: '/docs', health: '/health/ready' },
      desc.service,
    );
  } catch (e) {
    if (e instanceof InvalidConfiguration) {
      process.stderr.write(`${desc.service}: ${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    process.stderr.write(`${desc.service}: failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
