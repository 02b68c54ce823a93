import ExcelJS from 'exceljs';
import { randomSuffix, startServiceUnderTest, type ServiceUnderTest } from '@park-ledger/department/testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let land: ServiceUnderTest;

beforeAll(async () => {
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
});

afterAll(() => land?.close());

const upload = (command: string, mode: string, body: Buffer | string, contentType = XLSX, accept = 'application/json') =>
  land.send(`/imports/${command}?mode=${mode}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${land.token}`, 'content-type': contentType, accept },
    body,
  });

const workbookOf = async (body: ArrayBuffer | Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as ArrayBuffer);
  return workbook;
};
const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

describe('importing idle parcels from a spreadsheet', () => {
  const a = `P-${randomSuffix()}`;
  const b = `P-${randomSuffix()}`;
  let file: Buffer;

  it('gives a template: zh and en headers, an example row, and the park’s zone ids', async () => {
    const listed = await land.get('/imports');
    expect(listed.body).toEqual(
      expect.arrayContaining([{ command: 'identify-idle-parcel', operationId: 'IdentifyIdleParcel', titleZh: '认定闲置土地', titleEn: expect.any(String) }]),
    );
    const reply = await fetch(`${land.url}/imports/identify-idle-parcel/template`, { headers: { authorization: `Bearer ${land.token}` } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain(XLSX);
    const template = await workbookOf(await reply.arrayBuffer());
    const [sheet, ids] = template.worksheets;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['地块编号 *', '发生时间 *', '园区 *', '闲置面积 *', '企业名称（英文）']));
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['Parcel id *', 'Occurred at *', 'Zone *']));
    expect(ids.getColumn(1).values).toContain('fucheng');

    // the clerk fills it in: two good rows, a bad date, an unknown zone, a duplicate id and a formula
    const columns = Object.fromEntries(
      (sheet.getRow(2).values as string[]).map((header, column) => [String(header).replace(' *', ''), column]).filter(([header]) => header !== 'undefined'),
    );
    const fill = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [header, value] of Object.entries(values)) sheet.getRow(row).getCell(columns[header]).value = value;
    };
    sheet.spliceRows(3, 1);
    const good = { Category: 'under-built', Zone: 'fucheng', 'Enterprise (Chinese)': '赣通塑胶', 'Idle area': 3100 };
    fill(3, { 'Parcel id': a, 'Occurred at': new Date(Date.UTC(2014, 5, 30)), ...good });
    fill(4, { 'Parcel id': b, 'Occurred at': '2014-07-01 09:30', ...good, 'Idle area': '1,250' });
    fill(5, { 'Parcel id': `P-${randomSuffix()}`, 'Occurred at': '2014-13-45', ...good });
    fill(6, { 'Parcel id': `P-${randomSuffix()}`, 'Occurred at': '2014-07-01', ...good, Zone: 'atlantis' });
    fill(7, { 'Parcel id': a, 'Occurred at': '2014-07-02', ...good });
    fill(8, { 'Parcel id': `P-${randomSuffix()}`, 'Occurred at': '2014-07-01', ...good, 'Idle area': { formula: '31*100', result: 3100 } });
    file = await bytesOf(template);
  });

  it('dry run: exactly the bad rows’ errors, each at its field, and nothing stored', async () => {
    const reply = await upload('identify-idle-parcel', 'dry-run', file);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ mode: 'dry-run', rows: 6, valid: 2, recorded: 0, duplicates: 0 });
    expect(reply.body.errors.map(({ row, field }: { row: number; field: string }) => ({ row, field }))).toEqual([
      { row: 5, field: 'occurredAt' },
      { row: 6, field: 'zoneId' },
      { row: 7, field: 'parcelId' },
      { row: 8, field: 'idleAreaCentiMu' },
    ]);
    expect(reply.body.errors[1]).toMatchObject({ message: expect.stringContaining('unknown-zone'), messageZh: expect.stringContaining('园区') });
    expect(reply.body.errors[3].message).toContain('formula');
    expect((await land.get(`/idle-parcels/${a}`)).status).toBe(404);

    // the same report as a workbook: the upload with an error column
    const report = await workbookOf(Buffer.from(await (await fetch(`${land.url}/imports/identify-idle-parcel?mode=dry-run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${land.token}`, 'content-type': XLSX, accept: XLSX },
      body: file,
    })).arrayBuffer()));
    const sheet = report.worksheets[0];
    const errorColumn = (sheet.getRow(1).values as unknown[]).indexOf('错误');
    expect(errorColumn).toBeGreaterThan(0);
    expect(String(sheet.getRow(6).getCell(errorColumn).value)).toContain('atlantis');
    expect(sheet.getRow(3).getCell(errorColumn).value).toBeNull();
  });

  it('commit: records the good rows, once however often the file is uploaded', async () => {
    const first = await upload('identify-idle-parcel', 'commit', file);
    expect(first.body).toMatchObject({ mode: 'commit', rows: 6, valid: 2, recorded: 2, duplicates: 0 });
    expect(first.body.errors).toHaveLength(4);
    const parcel = await land.get(`/idle-parcels/${b}`);
    expect(parcel.body.details).toMatchObject({ idleAreaCentiMu: 1250, zoneId: 'fucheng' });
    expect(parcel.body.history[0]).toMatchObject({ occurredAt: '2014-07-01T01:30:00.000Z' });
    expect((await land.get(`/idle-parcels/${a}`)).body.history[0]).toMatchObject({ occurredAt: '2014-06-29T16:00:00.000Z' });

    const again = await upload('identify-idle-parcel', 'commit', file);
    expect(again.body).toMatchObject({ recorded: 0, duplicates: 2 });
    expect((await land.get(`/idle-parcels/${a}`)).body.version).toBe(1);
    const dryAgain = await upload('identify-idle-parcel', 'dry-run', file);
    expect(dryAgain.body).toMatchObject({ recorded: 0, duplicates: 2 });
  });

  it('reads a renamed sheet with English headers only, and a CSV with Chinese ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('my parcels');
    const id = `P-${randomSuffix()}`;
    sheet.addRow(['Zone', 'Parcel id', 'Occurred at', 'Category', 'Enterprise (Chinese)', 'Idle area', 'my notes']);
    sheet.addRow(['chengbei', id, '2014-08-01', 'supplied-unused', '新瑭虹', 500, 'ignored']);
    const reply = await upload('identify-idle-parcel', 'commit', await bytesOf(workbook));
    expect(reply.body).toMatchObject({ rows: 1, valid: 1, recorded: 1, errors: [] });
    expect((await land.get(`/idle-parcels/${id}`)).body.details).toMatchObject({ zoneId: 'chengbei', idleAreaCentiMu: 500 });

    const csvId = `P-${randomSuffix()}`;
    const csv = `地块编号,发生时间,闲置类别,园区,企业名称（中文）,闲置面积\n${csvId},2014-08-02,under-built,fucheng,赣通,=1+2\n`;
    const fromCsv = await upload('identify-idle-parcel', 'dry-run', csv, 'text/csv');
    expect(fromCsv.body).toMatchObject({ rows: 1, valid: 0, errors: [{ row: 2, field: 'idleAreaCentiMu' }] });
  });

  it('refuses an oversized file, a non-workbook, another media type and an unknown command, each clearly', async () => {
    const oversized = await upload('identify-idle-parcel', 'dry-run', Buffer.alloc(8 * 1024 * 1024 + 1));
    expect(oversized.status).toBe(413);
    expect(oversized.body.message).toMatch(/8 MiB/);
    const notAWorkbook = await upload('identify-idle-parcel', 'dry-run', 'this is not a spreadsheet');
    expect(notAWorkbook.status).toBe(422);
    expect(notAWorkbook.body).toMatchObject({ error: 'unreadable-workbook', message: expect.stringContaining('not an .xlsx workbook') });
    const pdf = await upload('identify-idle-parcel', 'dry-run', '%PDF-1.4', 'application/pdf');
    expect(pdf.status).toBe(415);
    expect((await upload('fly-to-the-moon', 'dry-run', file)).status).toBe(404);
    expect((await upload('identify-idle-parcel', 'later', file)).status).toBe(400);
  });

  it('refuses more rows than the limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('many');
    sheet.addRow(['Parcel id', 'Occurred at', 'Category', 'Zone', 'Enterprise (Chinese)', 'Idle area']);
    for (let i = 0; i < 10_001; i++) sheet.addRow([`P-many-${i}`, '2014-08-01', 'under-built', 'fucheng', '企业', 100]);
    const reply = await upload('identify-idle-parcel', 'dry-run', await bytesOf(workbook));
    expect(reply.status).toBe(413);
    expect(reply.body.message).toMatch(/at most 10000/);
  });
});
