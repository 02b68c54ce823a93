// A NestJS app with one no-op POST route: the ingest benchmark's ceiling for "HTTP through Nest and
// nothing else". HTTP_ADAPTER=fastify (the services' adapter) or express (the default), to show what
// the adapter itself costs. PORT from the environment.
import { Controller, Get, HttpCode, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

@Controller()
class NoopController {
  @Post('noop')
  @HttpCode(200)
  noop() {
    return {};
  }

  @Get('ready')
  ready() {
    return {};
  }
}

@Module({ controllers: [NoopController] })
class NoopModule {}

void (async () => {
  const app: INestApplication =
    process.env['HTTP_ADAPTER'] === 'fastify'
      ? await NestFactory.create(NoopModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(NoopModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.env['PORT']), '127.0.0.1');
})();
