import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  StreamableFile,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
  ApiBadRequestResponse,
  ApiNotFoundResponse,
} from '@nestjs/swagger';
import { Submits, type Principal } from '@park-ledger/platform';
import type { FastifyRequest } from 'fastify';
import { ErrorResponse } from '../endpoints';
import { importableCommand, importableCommands, type ImportableCommand } from './importable-commands';
import { ImportsService } from './imports.service';
import { CSV, IMPORT_LIMITS, TooManyRows, UnreadableWorkbook, XLSX, reportOf } from './workbook';

class ImportableCommandResponse {
  @ApiProperty({ example: 'identify-idle-parcel' }) command!: string;
  @ApiProperty({ example: 'IdentifyIdleParcel' }) operationId!: string;
  @ApiProperty({ example: '认定闲置土地' }) titleZh!: string;
  @ApiProperty({ example: 'Identify an idle parcel' }) titleEn!: string;
}

class ImportErrorResponse {
  @ApiProperty({ example: 4, description: 'the row number the spreadsheet shows' }) row!: number;
  @ApiProperty({ example: 'occurredAt', description: 'the field (column); empty for the row as a whole' }) field!: string;
  @ApiProperty({ example: 'occurredAt must be a date-time with an offset' }) message!: string;
  @ApiProperty({ example: '发生时间：须为日期或日期时间' }) messageZh!: string;
}

class ImportReportResponse {
  @ApiProperty({ enum: ['dry-run', 'commit'] }) mode!: string;
  @ApiProperty({ example: 120, description: 'data rows read' }) rows!: number;
  @ApiProperty({ example: 118, description: 'rows without errors' }) valid!: number;
  @ApiProperty({ example: 118, description: 'rows recorded by this upload (0 in a dry run)' }) recorded!: number;
  @ApiProperty({ example: 0, description: 'rows an earlier upload of the same file recorded: not recorded twice' }) duplicates!: number;
  @ApiProperty({ type: [ImportErrorResponse] }) errors!: ImportErrorResponse[];
}

const LIMITS = `At most ${IMPORT_LIMITS.rows.toLocaleString('en')} data rows and ${IMPORT_LIMITS.bytes / 1024 / 1024} MiB a file (413 beyond).`;

/** The raw body of an upload, refused beyond the byte limit before it is all read. */
async function bodyOf(req: FastifyRequest): Promise<Buffer> {
  const tooLarge = () =>
    new PayloadTooLargeException({
      statusCode: 413,
      error: 'PayloadTooLarge',
      message: `the file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MiB; split it into smaller files`,
    });
  if (Number(req.headers['content-length'] ?? 0) > IMPORT_LIMITS.bytes) throw tooLarge();
  if (Buffer.isBuffer(req.body)) {
    if (req.body.length > IMPORT_LIMITS.bytes) throw tooLarge();
    return req.body;
  }
  const stream = (req.raw ?? req) as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > IMPORT_LIMITS.bytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const formatOf = (contentType: string | undefined): 'xlsx' | 'csv' => {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === XLSX) return 'xlsx';
  if (type === CSV) return 'csv';
  throw new UnsupportedMediaTypeException({
    statusCode: 415,
    error: 'UnsupportedMediaType',
    message: `send the file as the body, Content-Type ${XLSX} (.xlsx) or ${CSV} (.csv)`,
  });
};

/**
 * Spreadsheet import, per command type: `GET /imports` (what can be imported), a template to fill
 * in, and an upload that is checked row by row (dry run) or recorded (commit). Roles: the command's.
 */
@ApiTags('imports 导入')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @Submits()
  @ApiOperation({ summary: 'The commands a spreadsheet can carry, one row per command' })
  @ApiOkResponse({ type: [ImportableCommandResponse] })
  list(): ImportableCommandResponse[] {
    return importableCommands().map(({ command, operationId, titleZh, titleEn }) => ({ command, operationId, titleZh, titleEn }));
  }

  @Get(':command/template')
  @Submits()
  @ApiOperation({ summary: `An .xlsx to fill in: Chinese and English headers, an example row, and a sheet of the park’s zone, platform and phase ids. ${LIMITS}` })
  @ApiParam({ name: 'command', schema: { type: 'string', pattern: '^[a-z][a-z-]{1,80}$' } })
  @ApiOkResponse({ description: 'the template', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such importable command' })
  async template(@Param('command') name: string): Promise<StreamableFile> {
    const command = this.command(name);
    return new StreamableFile(await this.imports.template(command), {
      type: XLSX,
      disposition: `attachment; filename="${command.command}.xlsx"`,
    });
  }

  @Post(':command')
  @HttpCode(200)
  @Submits()
  @ApiOperation({
    summary:
      `Upload a filled-in sheet (the file itself as the body). dry-run: every row checked as the API checks a request, nothing stored; ` +
      `commit: the valid rows recorded, each once however often the same file is uploaded. ${LIMITS} ` +
      `With Accept: ${XLSX}, the answer is the uploaded workbook with a column of each row’s errors.`,
  })
  @ApiParam({ name: 'command', schema: { type: 'string', pattern: '^[a-z][a-z-]{1,80}$' } })
  @ApiQuery({ name: 'mode', required: false, enum: ['dry-run', 'commit'], description: 'default dry-run' })
  @ApiConsumes(XLSX, CSV)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportReportResponse, description: 'the report, row by row (or, with Accept: xlsx, the workbook with an error column)' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'an unknown mode' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such importable command' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponse, description: LIMITS })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorResponse, description: 'not sent as .xlsx or .csv' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'not a workbook, or its first row names no field of the command' })
  async upload(
    @Param('command') name: string,
    @Query('mode') mode: string | undefined,
    @Req() req: FastifyRequest & { principal?: Principal },
  ) {
    const command = this.command(name);
    const chosen = mode ?? 'dry-run';
    if (chosen !== 'dry-run' && chosen !== 'commit') {
      throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: ['mode: must be dry-run or commit'] });
    }
    const format = formatOf(req.headers['content-type']);
    const body = await bodyOf(req);
    try {
      const { report, sheet } = await this.imports.run(command, body, format, chosen, {
        actor: req.principal?.actor ?? 'unknown',
        correlationId: String(req.id),
      });
      if ((req.headers['accept'] ?? '').includes(XLSX)) {
        return new StreamableFile(await reportOf(sheet, report.errors), {
          type: XLSX,
          disposition: `attachment; filename="${command.command}-report.xlsx"`,
        });
      }
      return report;
    } catch (error) {
      if (error instanceof TooManyRows) throw new PayloadTooLargeException({ statusCode: 413, error: 'PayloadTooLarge', message: error.message });
      if (error instanceof UnreadableWorkbook) {
        throw new UnprocessableEntityException({ statusCode: 422, error: 'unreadable-workbook', message: error.message });
      }
      throw error;
    }
  }

  private command(name: string): ImportableCommand {
    const command = importableCommand(name);
    if (!command) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'NotFound',
        message: `no importable command ${name}; GET /imports lists them`,
      });
    }
    return command;
  }
}
