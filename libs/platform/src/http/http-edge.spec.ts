import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString } from 'class-validator';
import { HttpErrorFilter } from './http-errors';
import { IMPORT_BODY_LIMIT, installHttpEdge, ServiceHttpAdapter } from './http-edge';
import { RequestValidationPipe } from './validation';

class Thing {
  @IsString() name!: string;
}

@Controller()
class EdgeController {
  @Post('imports/sheet')
  @HttpCode(200)
  importSheet(@Body() body: Buffer) {
    return { isBuffer: Buffer.isBuffer(body), bytes: body.length, first: body.subarray(0, 8).toString('latin1') };
  }

  @Get('things/:id')
  one(@Param('id') id: string) {
    return { id };
  }

  @Post('things')
  @HttpCode(200)
  thing(@Body() body: Thing) {
    return { name: body.name };
  }
}

@Module({ controllers: [EdgeController] })
class EdgeModule {}

jest.setTimeout(60_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the HTTP edge on Fastify', () => {
  let app: NestFastifyApplication;
  let url: string;
  const post = async (path: string, body: string | Buffer, contentType: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: JSON.parse(text) as Record<string, unknown> };
  };

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(EdgeModule, new ServiceHttpAdapter(1024), { logger: false, bodyParser: false });
    installHttpEdge(app.getHttpAdapter().getInstance(), {});
    app.useGlobalPipes(new RequestValidationPipe());
    app.useGlobalFilters(new HttpErrorFilter());
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(() => app.close());

  it('hands a route under /imports a spreadsheet or CSV body as the raw bytes, a few MB included', async () => {
    const sheet = Buffer.alloc(3 * 1024 * 1024, 7);
    sheet.write('PK\u0003\u0004', 0, 'latin1'); // a zip's (an .xlsx's) signature
    expect(await post('/imports/sheet', sheet, XLSX)).toMatchObject({
      status: 200,
      body: { isBuffer: true, bytes: sheet.length, first: `PK\u0003\u0004\u0007\u0007\u0007\u0007` },
    });
    const csv = '企业,收入\n晶昊盐化,100\n';
    expect(await post('/imports/sheet', csv, 'text/csv; charset=utf-8')).toMatchObject({
      status: 200,
      body: { isBuffer: true, bytes: Buffer.byteLength(csv) },
    });
  });

  it('refuses a raw import larger than its limit with 413, and a spreadsheet anywhere else with 415', async () => {
    expect(await post('/imports/sheet', Buffer.alloc(IMPORT_BODY_LIMIT + 1), XLSX)).toMatchObject({
      status: 413,
      body: { statusCode: 413, error: 'PayloadTooLarge', message: 'the file is larger than 8 MiB; split it into smaller files' },
    });
    expect(await post('/things', 'name\nx\n', 'text/csv')).toMatchObject({ status: 415, body: { statusCode: 415, error: 'UnsupportedMediaType' } });
  });

  it('keeps the JSON routes’ contract: 415, 413 at the JSON limit, 400 for bad JSON or a prototype key, with the correlation id', async () => {
    const asked = { 'x-correlation-id': 'edge-test-1' };
    const plain = await post('/things', '{"name":"x"}', 'text/plain', asked);
    expect(plain).toMatchObject({ status: 415, body: { statusCode: 415, error: 'UnsupportedMediaType', correlationId: 'edge-test-1' } });
    expect(plain.headers.get('x-correlation-id')).toBe('edge-test-1');
    expect(await post('/things', JSON.stringify({ name: 'x'.repeat(2000) }), 'application/json')).toMatchObject({
      status: 413,
      body: { statusCode: 413, error: 'PayloadTooLarge', message: 'request body is too large' },
    });
    expect(await post('/things', '{"name":', 'application/json')).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'BadRequest', message: 'request body is not valid JSON' },
    });
    expect(await post('/things', '{"name":"x","__proto__":{"admin":true}}', 'application/json')).toMatchObject({
      status: 400,
      body: { statusCode: 400, message: ['body.__proto__: is not allowed'] },
    });
    expect(await post('/things', '{"name":"x"}', 'application/json')).toMatchObject({ status: 200, body: { name: 'x' } });
    expect(await post('/things', '{"name":1}', 'application/json')).toMatchObject({ status: 400, body: { message: ['name: name must be a string'] } });
    const badUrl = await fetch(`${url}/things/%zz`, { headers: asked });
    expect({ status: badUrl.status, body: await badUrl.json() }).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'BadRequest', correlationId: 'edge-test-1' },
    });
  });
});
