import { readFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  UnauthorizedException,
  BadRequestException,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
  type ApiOperationOptions,
} from '@nestjs/swagger';
import { EventStore } from '@park-ledger/event-store';
import { Administers, CurrentPrincipal, Public, SERVICE_CONFIG, type Principal, type ServiceConfig } from '@park-ledger/platform';
import { IsReason } from '../request-fields';
import { RecordReads } from '../records/record-reads';

export class ForgetSubjectRequest {
  @IsReason('本人申请删除个人信息（离职）')
  reason!: string;
}

class SubjectForgotten {
  @ApiProperty({ example: 'forgotten', enum: ['forgotten', 'already-forgotten'] }) outcome!: string;
  @ApiProperty({ example: 12, description: 'records whose lists and details were re-derived with its fields erased' })
  records!: number;
}

class SubjectKeyResponse {
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'AES-256 key, base64' }) key!: string;
}

/** A data subject: a Keycloak `sub`, or the id a personal field names (an enterprise's contact person). */
const SUBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_:.@-]{0,199}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_KEYS_PER_CALL = 200;

/**
 * Crypto-shredding's two doors: an admin forgets a data subject (its key is deleted, the forget
 * recorded with who and why); reporting reads the keys of the sealed values it holds, with the
 * service token (SUBJECT_KEYS_TOKEN_FILE), and keeps them SUBJECT_KEY_CACHE_SECONDS at most.
 */
@ApiTags('operations')
@Controller()
export class SubjectsController {
  private readonly serviceToken?: Buffer;

  constructor(
    private readonly store: EventStore,
    private readonly records: RecordReads,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    const file = config.SUBJECT_KEYS_TOKEN_FILE;
    this.serviceToken = file ? Buffer.from(readFileSync(file, 'utf8').trim()) : undefined;
  }

  @Post('admin/subjects/:id/forget')
  @Administers()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'ForgetDataSubject',
    summary: '删除数据主体的个人信息（销毁其密钥，附原因）',
    'x-summary-en':
      'Forget a data subject: delete its key, so its personal fields read as "[erased]" in every event, ' +
      'here and (within the key cache bound) in reporting; the figures stay. Forgetting again changes nothing.',
  } as ApiOperationOptions)
  @ApiOkResponse({ type: SubjectForgotten })
  @ApiNotFoundResponse({ description: 'No key was ever made for this subject here' })
  @ApiBadRequestResponse({ description: 'No reason, or a reason that is not 1 to 1000 characters of text' })
  async forget(
    @Param('id') id: string,
    @Body() body: ForgetSubjectRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubjectForgotten> {
    const keys = this.store.subjectKeys;
    if (!SUBJECT_ID.test(id) || !keys) throw notFound(id);
    const result = await keys.forget(id, { by: principal.actor, reason: body.reason });
    if (result.outcome === 'unknown') throw notFound(id);
    if (result.outcome === 'already-forgotten') return { outcome: result.outcome, records: 0 };
    // the inline rows of the records it touched still hold its plain values: re-derived from the events
    const streams = await keys.streamsSealedWith(result.keyId);
    this.store.forgetSnapshots();
    const { records } = await this.records.rebuild({ streams });
    return { outcome: result.outcome, records };
  }

  @Get('internal/subject-keys')
  @Public()
  @ApiOperation({ summary: 'For reporting (service token): the keys still held under these key ids; a forgotten one is absent' })
  @ApiOkResponse({ type: [SubjectKeyResponse] })
  @ApiHeader({ name: 'park-service-token', required: true, description: 'the service token of SUBJECT_KEYS_TOKEN_FILE' })
  @ApiQuery({ name: 'ids', required: true, description: '1 to 200 key ids (uuids), comma-separated' })
  @ApiUnauthorizedResponse({ description: 'No service token, or a wrong one' })
  @ApiBadRequestResponse({ description: 'ids missing, more than 200, or not uuids' })
  @ApiNotFoundResponse({ description: 'This service has no service token configured' })
  async subjectKeys(@Headers('park-service-token') token: string | undefined, @Query('ids') ids: string | undefined): Promise<SubjectKeyResponse[]> {
    const keys = this.store.subjectKeys;
    if (!this.serviceToken || !keys) throw new NotFoundException();
    const given = Buffer.from(token ?? '');
    if (given.length !== this.serviceToken.length || !timingSafeEqual(given, this.serviceToken)) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'a valid park-service-token header is required' });
    }
    const wanted = (ids ?? '').split(',').filter(Boolean);
    if (wanted.length === 0 || wanted.length > MAX_KEYS_PER_CALL || !wanted.every((id) => UUID.test(id))) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `ids must be 1 to ${MAX_KEYS_PER_CALL} key ids (uuids), comma-separated`,
      });
    }
    // from the table, not this instance's cache: reporting's cache is then the only bound
    const found = await keys.keysById(wanted, { fresh: true });
    return [...found.values()].flatMap((key) => (key ? [{ keyId: key.keyId, key: key.key.toString('base64') }] : []));
  }
}

const notFound = (id: string) =>
  new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no data subject ${JSON.stringify(id.slice(0, 200))} here` });
