// A NestJS app with one no-op POST route on the same HTTP adapter (Express) as the services: the
// ingest benchmark's ceiling for "HTTP through Nest and nothing else". PORT from the environment.
import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

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
  const app = await NestFactory.create(NoopModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.env['PORT']), '127.0.0.1');
})();
