import { createHash } from 'node:crypto';
import { HttpException, Injectable, Logger, Optional } from '@nestjs/common';
import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import { IdempotencyConflict } from '@park-ledger/event-store';
import { fieldErrors } from '@park-ledger/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { CommandGateway } from '../command-gateway';
import { ZoneDirectory } from '../park-zones/zone-directory';
import { parkZonesOfRecords, type ParkZone } from '../park-zones/park-zones-of-records';
import { importFields, type ImportField } from './import-fields';
import type { ImportableCommand } from './importable-commands';
import { readSheet, templateOf, valueFor, type ReadSheet } from './workbook';

export interface ImportError {
  /** the sheet's row number, as the spreadsheet shows it */
  readonly row: number;
  /** the field (column) it concerns; '' for the row as a whole */
  readonly field: string;
  readonly message: string;
  readonly messageZh: string;
}

export interface ImportReport {
  readonly mode: 'dry-run' | 'commit';
  /** data rows read */
  readonly rows: number;
  /** rows that pass the API's validation and the park registry check */
  readonly valid: number;
  /** rows recorded by this upload (0 in a dry run) */
  readonly recorded: number;
  /** rows an earlier upload of the same file recorded already: not recorded again */
  readonly duplicates: number;
  readonly errors: ImportError[];
}

export interface Uploader {
  readonly actor: string;
  readonly correlationId: string;
}

const ZH_RULES: Record<string, (field: ImportField) => string> = {
  isDefined: () => '必填',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  min: () => '数值过小',
  max: () => '数值过大',
  isIn: (field) => `须为以下之一：${(field.values ?? []).join('、')}`,
  isBoolean: () => '须为 是/否（true/false）',
  isISO8601: (field) => (field.kind === 'date-time' ? '须为日期或日期时间，如 2014-03-15 或 2014-03-15 09:00' : '须为日期 YYYY-MM-DD，且为真实日期'),
  isIsoDateTimeWithOffset: () => '须为日期或日期时间，如 2014-03-15 或 2014-03-15 09:00',
  matches: () => '格式不对',
  isString: () => '须为文字',
  isLength: () => '长度不符',
  isStorableText: () => '含有无法保存的字符',
  isArray: () => '须为以逗号分隔的列表',
  arrayMinSize: () => '至少填一项',
  arrayMaxSize: () => '项数过多',
  arrayUnique: () => '不得重复',
  whitelistValidation: () => '无此栏',
};
const COMMIT_CONCURRENCY = 8;

/**
 * Spreadsheet import of one command type: every row checked as the API checks a request (the same
 * DTO's class-validator rules, the park registry), then, on commit, recorded through the command
 * gateway with an idempotency key made of the file's content hash and the row, so the same file
 * uploaded again records nothing twice.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly gateway: CommandGateway,
    private readonly dataSource: DataSource,
    @Optional() private readonly zoneDirectory?: ZoneDirectory,
  ) {}

  fieldsOf(command: ImportableCommand): ImportField[] {
    return importFields(command.request, command.params, command.paramLabels);
  }

  async park(): Promise<ParkZone[]> {
    if (this.zoneDirectory) return (await this.zoneDirectory.zones()).map((zone) => ({ ...zone, platforms: [] }));
    return parkZonesOfRecords(this.dataSource);
  }

  async template(command: ImportableCommand): Promise<Buffer> {
    return templateOf(command.titleZh, command.titleEn, this.fieldsOf(command), (await this.park()).filter((zone) => zone.registered));
  }

  async run(
    command: ImportableCommand,
    body: Buffer,
    format: 'xlsx' | 'csv',
    mode: 'dry-run' | 'commit',
    uploader: Uploader,
  ): Promise<{ report: ImportReport; sheet: ReadSheet }> {
    const fields = this.fieldsOf(command);
    const sheet = await readSheet(body, format, fields);
    const fileHash = createHash('sha256').update(body).digest('hex').slice(0, 32);
    const errors: ImportError[] = [];
    const error = (row: number, field: ImportField | undefined, message: string, messageZh: string) =>
      errors.push({ row, field: field?.name ?? '', message, messageZh: field ? `${field.titleZh}：${messageZh}` : messageZh });
    const park = await this.park();
    const checked: { row: number; command: Record<string, unknown>; key: string; streamId: string }[] = [];
    const firstRowOf = new Map<string, number>();

    for (const { row, cells } of sheet.rows) {
      const before = errors.length;
      const values: Record<string, unknown> = {};
      for (const field of fields) {
        const cell = cells.get(field.name);
        if (!cell) continue;
        if ('formula' in cell) error(row, field, `a formula (=${cell.formula.replace(/^=/, '')}) is not read; enter the value itself`, '不读取公式，请填写数值本身');
        else values[field.name] = valueFor(field, cell.value);
      }
      const params = Object.fromEntries(command.params.map((name) => [name, values[name]]));
      const body = Object.fromEntries(Object.entries(values).filter(([name]) => !command.params.includes(name)));
      for (const [name, value] of Object.entries(params)) {
        const field = fields.find((f) => f.name === name);
        if (value === undefined) {
          if (!cells.has(name)) error(row, field, `${name} should not be empty`, '必填');
        } else if (typeof value !== 'string' || !command.paramPattern(name).test(value)) {
          error(row, field, `${name} must be an id: 1-64 letters, digits, _ or -`, '须为编号：1 至 64 个字母、数字、_ 或 -');
        }
      }
      const instance = plainToInstance(command.request, body) as object;
      const problems = fieldErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }));
      for (const problem of problems) {
        // a formula's own error says enough
        if (errors.slice(before).some((e) => e.row === row && e.field === problem.field.split('.')[0])) continue;
        const field = fields.find((f) => f.name === problem.field.split('.')[0]);
        error(row, field, problem.message, (field && ZH_RULES[problem.constraint]?.(field)) ?? problem.message);
      }
      if (errors.length > before) continue;

      const cmd = { type: command.operationId, ...params, ...body } as Record<string, unknown>;
      const place = command.place?.(cmd);
      if (place) {
        const problem = placeProblem(park, place);
        if (problem) {
          error(row, fields.find((f) => f.name === problem.field), problem.message, problem.messageZh);
          continue;
        }
      }
      const streamId = command.streamOf(cmd);
      if (command.creates) {
        const first = firstRowOf.get(streamId);
        if (first !== undefined) {
          const keyField = fields.find((f) => f.name === command.keys[command.keys.length - 1]);
          error(row, keyField, `the same record as row ${first} (${streamId})`, `与第 ${first} 行重复（${streamId}）`);
          continue;
        }
        firstRowOf.set(streamId, row);
      }
      checked.push({ row, command: cmd, key: `import:${fileHash}:${command.command}:${row}`, streamId });
    }

    // rows an earlier upload of this file recorded: their keys are in the store
    const done = new Set<string>(
      checked.length === 0
        ? []
        : (
            await this.dataSource.query(`select idempotency_key as key from event_store.idempotency_keys where idempotency_key = any($1)`, [
              checked.map((c) => c.key),
            ])
          ).map((r: { key: string }) => r.key),
    );
    const pending = checked.filter((c) => !done.has(c.key));
    let recorded = 0;
    let duplicates = checked.length - pending.length;

    if (mode === 'dry-run') {
      if (command.creates && pending.length > 0) {
        const existing = new Set<string>(
          (
            await this.dataSource.query(`select stream_id from event_store.records where stream_id = any($1)`, [pending.map((c) => c.streamId)])
          ).map((r: { stream_id: string }) => r.stream_id),
        );
        for (const c of pending) {
          if (existing.has(c.streamId)) error(c.row, undefined, `${c.streamId} is already recorded`, `${c.streamId} 已有记录`);
        }
      }
    } else {
      let next = 0;
      const worker = async () => {
        while (next < pending.length) {
          const { row, command: cmd, key } = pending[next++];
          try {
            await command.run(this.gateway, cmd, { ...uploader, idempotencyKey: key });
            recorded++;
          } catch (e) {
            if (e instanceof IdempotencyConflict) duplicates++;
            else errors.push({ row, field: '', ...this.refusal(e) });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(COMMIT_CONCURRENCY, pending.length) }, worker));
    }
    errors.sort((a, b) => a.row - b.row);
    const invalidRows = new Set(errors.map((e) => e.row));
    return {
      report: {
        mode,
        rows: sheet.rows.length,
        valid: sheet.rows.filter((r) => !invalidRows.has(r.row)).length,
        recorded,
        duplicates,
        errors,
      },
      sheet,
    };
  }

  private refusal(e: unknown): { message: string; messageZh: string } {
    if (e instanceof DomainRuleViolation) return { message: `${e.code}: ${e.message}`, messageZh: `业务规则不允许（${e.code}）：${e.message}` };
    if (e instanceof NotFound) return { message: `not-found: ${e.message}`, messageZh: `记录不存在：${e.message}` };
    if (e instanceof HttpException) {
      const response = e.getResponse() as { message?: string | string[] };
      const message = [response.message ?? e.message].flat().join('; ');
      return { message, messageZh: message };
    }
    if (e instanceof Error && typeof (e as { httpStatus?: unknown }).httpStatus === 'number') {
      return { message: e.message, messageZh: `未能记录：${e.message}` };
    }
    this.logger.error(e);
    throw e;
  }
}

function placeProblem(
  park: readonly ParkZone[],
  { zoneId, platformId, phaseId }: { zoneId?: string; platformId?: string; phaseId?: string },
): { field: string; message: string; messageZh: string } | undefined {
  if (zoneId === undefined) return undefined;
  const zone = park.find((z) => z.zoneId === zoneId && z.registered);
  if (!zone) return { field: 'zoneId', message: `unknown-zone: ${zoneId} is not in the park registry`, messageZh: `园区名录中没有 ${zoneId}` };
  // land and safety know the zones only
  if (platformId === undefined || zone.platforms.length === 0) return undefined;
  const platform = zone.platforms.find((p) => p.platformId === platformId);
  if (!platform) return { field: 'platformId', message: `unknown-platform: ${platformId} is not a platform of ${zoneId}`, messageZh: `${zoneId} 没有平台 ${platformId}` };
  if (phaseId !== undefined && !platform.phases.some((p) => p.phaseId === phaseId)) {
    return { field: 'phaseId', message: `unknown-phase: ${phaseId} is not a phase of ${platformId}`, messageZh: `${platformId} 没有 ${phaseId}` };
  }
  return undefined;
}
