import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_BODY_LIMIT } from '@park-ledger/platform';
import type { ImportField } from './import-fields';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv';

/** The limits of one upload, stated in the API's documentation and enforced. */
/** the bytes: what the HTTP edge reads of an upload before it refuses it (413) */
export const IMPORT_LIMITS = { bytes: IMPORT_BODY_LIMIT, rows: 10_000 } as const;

/** A cell as read: its value, or that it holds a formula (never evaluated, never trusted). */
export type ReadCell = { readonly value: unknown } | { readonly formula: string };

export interface ReadSheet {
  /** the sheet's row number of each data row, and its cells by field name */
  readonly rows: { readonly row: number; readonly cells: ReadonlyMap<string, ReadCell> }[];
  /** the row number of the last header row, and the column after the last used one */
  readonly headerRow: number;
  readonly nextColumn: number;
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: ExcelJS.Worksheet;
}

export class UnreadableWorkbook extends Error {}
export class TooManyRows extends Error {}

const normalise = (text: string) =>
  text
    .replace(/[\s*＊]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

const textOf = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const rich = value as { richText?: { text: string }[]; text?: string };
    if (rich.richText) return rich.richText.map((part) => part.text).join('');
    if (typeof rich.text === 'string') return rich.text;
  }
  return String(value);
};

/** Reads the first sheet of an .xlsx (or a CSV) whose header names the fields, in Chinese or English. */
export async function readSheet(body: Buffer, contentType: 'xlsx' | 'csv', fields: readonly ImportField[]): Promise<ReadSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (contentType === 'xlsx') await workbook.xlsx.load(body as unknown as ArrayBuffer);
    else await workbook.csv.read(Readable.from(body), { map: (value: unknown) => value } as never);
  } catch (error) {
    throw new UnreadableWorkbook(
      contentType === 'xlsx'
        ? `the body is not an .xlsx workbook (${(error as Error).message})`
        : `the body is not CSV text (${(error as Error).message})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbook('the workbook has no sheet');
  const byName = new Map<string, ImportField>();
  for (const field of fields) for (const name of [field.name, field.titleZh, field.titleEn]) byName.set(normalise(name), field);
  const headerOf = (rowNumber: number) => {
    const columns = new Map<number, ImportField>();
    sheet.getRow(rowNumber).eachCell((cell, column) => {
      const field = byName.get(normalise(textOf(cell.value)));
      if (field) columns.set(column, field);
    });
    return columns;
  };
  const columns = headerOf(1);
  if (columns.size === 0) {
    throw new UnreadableWorkbook(
      `the first row of sheet “${sheet.name}” names no field of this command; expected headers such as ${fields
        .slice(0, 3)
        .map((field) => `“${field.titleZh}” or “${field.titleEn}”`)
        .join(', ')}`,
    );
  }
  // the template's second header row (English) is a header too
  const second = headerOf(2);
  const headerRow = second.size >= Math.max(1, columns.size / 2) ? 2 : 1;
  for (const [column, field] of second) if (!columns.has(column) && headerRow === 2) columns.set(column, field);
  if (sheet.actualRowCount - headerRow > IMPORT_LIMITS.rows) {
    throw new TooManyRows(`the sheet has ${sheet.actualRowCount - headerRow} rows; an import takes at most ${IMPORT_LIMITS.rows}`);
  }
  const rows: ReadSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = new Map<string, ReadCell>();
    for (const [column, field] of columns) {
      const cell = row.getCell(column);
      const value = cell.value;
      const formula = cell.formula ?? (value && typeof value === 'object' && 'sharedFormula' in value ? String(value.sharedFormula) : undefined);
      if (formula) cells.set(field.name, { formula });
      else if (contentType === 'csv' && typeof value === 'string' && /^[=+@]/.test(value.trim()) && !/^[+]\d/.test(value.trim())) {
        cells.set(field.name, { formula: value.trim() });
      } else if (value !== null && value !== undefined && textOf(value).trim() !== '') cells.set(field.name, { value });
    }
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { rows, headerRow, nextColumn: sheet.actualColumnCount + 1, workbook, sheet };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_AND_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A cell's value as the request field takes it. A spreadsheet's dates carry no zone: they are the
 * park's calendar (Asia/Shanghai, +08:00). What does not convert is passed on as text, for the
 * request's own validation to name.
 */
export function valueFor(field: ImportField, value: unknown): unknown {
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    if (field.kind === 'date-time') {
      return `${day}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}+08:00`;
    }
    return day;
  }
  const text = textOf(value).trim();
  switch (field.kind) {
    case 'integer':
    case 'number': {
      if (typeof value === 'number') return value;
      const plain = text.replace(/,/g, '');
      return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const answer = { true: true, false: false, 是: true, 否: false, yes: true, no: false, '1': true, '0': false }[text.toLowerCase()];
      return answer ?? text;
    }
    case 'date-time': {
      if (DATE_ONLY.test(text)) return `${text}T00:00:00+08:00`;
      const match = DATE_AND_TIME.exec(text);
      return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4] ?? '00'}+08:00` : text;
    }
    case 'string[]':
      return text.split(/[,，;；、]/u).map((part) => part.trim()).filter((part) => part !== '');
    default:
      return text;
  }
}

/** An .xlsx to fill in: headers in Chinese (row 1) and English (row 2) with help as notes, an example row, and the park's ids. */
export async function templateOf(
  titleZh: string,
  titleEn: string,
  fields: readonly ImportField[],
  zones: readonly { zoneId: string; nameZh: string; nameEn: string | null; platforms: readonly { platformId: string; nameZh: string; nameEn: string | null; phases: readonly { phaseId: string; nameZh: string; nameEn: string | null }[] }[] }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(titleZh));
  const unit = (field: ImportField, zh: boolean) => ((zh ? field.unitZh : field.unitEn) ? `（${zh ? field.unitZh : field.unitEn}）` : '');
  sheet.addRow(fields.map((field) => `${field.titleZh}${field.required ? ' *' : ''}`));
  sheet.addRow(fields.map((field) => `${field.titleEn}${field.required ? ' *' : ''}`));
  sheet.addRow(fields.map((field) => exampleOf(field)));
  fields.forEach((field, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    const lines = [
      `${field.titleZh}${unit(field, true)} / ${field.titleEn}${unit(field, false)}`,
      field.required ? '必填 / required' : '选填 / optional',
      field.helpZh,
      field.helpEn,
      field.values ? `可选值 / one of: ${field.values.join(', ')}` : undefined,
      field.kind === 'date' ? '日期 YYYY-MM-DD（园区日历）/ a date, park calendar' : undefined,
      field.kind === 'date-time' ? '日期或日期时间（北京时间）/ a date or date and time, park time (+08:00)' : undefined,
    ].filter((line): line is string => !!line);
    cell.note = lines.join('\n');
    sheet.getColumn(index + 1).width = Math.max(14, Math.min(40, field.titleZh.length * 2 + 6));
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF666666' } };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  sheet.getCell(3, fields.length + 2).value = '↑ 示例行，导入前请删除或改写 / example row: replace or delete it before importing';
  const ids = workbook.addWorksheet('园区名录 park ids');
  ids.addRow(['园区 zoneId', '园区名称', 'zone', '平台 platformId', '平台名称', 'platform', '期 phaseId', '期名称', 'phase']);
  ids.getRow(1).font = { bold: true };
  for (const zone of zones) {
    ids.addRow([zone.zoneId, zone.nameZh, zone.nameEn ?? '']);
    for (const platform of zone.platforms) {
      ids.addRow([zone.zoneId, '', '', platform.platformId, platform.nameZh, platform.nameEn ?? '']);
      for (const phase of platform.phases) ids.addRow([zone.zoneId, '', '', platform.platformId, '', '', phase.phaseId, phase.nameZh, phase.nameEn ?? '']);
    }
  }
  ids.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

const exampleOf = (field: ImportField): string | number | boolean => {
  const example = field.example;
  if (field.kind === 'date-time' && typeof example === 'string') return example.slice(0, 10);
  if (Array.isArray(example)) return example.join(', ');
  if (typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean') return example;
  return '';
};

/** The uploaded workbook with a column of each row's errors (Chinese, then English). */
export async function reportOf(sheet: ReadSheet, errors: readonly { row: number; field: string; message: string; messageZh: string }[]): Promise<Buffer> {
  const column = sheet.nextColumn;
  sheet.sheet.getRow(1).getCell(column).value = '错误';
  if (sheet.headerRow === 2) sheet.sheet.getRow(2).getCell(column).value = 'Errors';
  const byRow = new Map<number, string[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.messageZh} / ${error.message}`]);
  for (const [row, messages] of byRow) {
    const cell = sheet.sheet.getRow(row).getCell(column);
    cell.value = messages.join('\n');
    cell.font = { color: { argb: 'FFC00000' } };
  }
  sheet.sheet.getColumn(column).width = 60;
  return Buffer.from(await sheet.workbook.xlsx.writeBuffer());
}
