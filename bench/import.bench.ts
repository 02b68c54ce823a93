/**
 * Spreadsheet import: a 10,000-row workbook of enterprise monthly returns (the largest an upload
 * takes) through POST /imports/submit-economic-return, dry run then commit (then the same file again,
 * which records nothing), against the JSON bulk endpoint posting the same 10,000 returns (ten requests
 * of 1,000, one after another, as an API user would), on the projects service as main.ts starts it,
 * with a fresh database. Rows/s each; the import and the bulk rows are the same returns for
 * different months, so neither finds the other's records. Runs twice, alternating. About 2 minutes.
 *   npm run bench -- import
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import ExcelJS from 'exceljs';
import { stack } from '@park-ledger/test-support';
import { freePort, startProcess, stopProcess, untilAnswers } from './support/processes';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? process.env.BENCH_SIZE ?? 10_000);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const occurredAt = '2014-05-01T09:30:00+08:00';
const zoneId = 'fucheng-pharma';

const returnOf = (run: string, n: number, month: string) => ({
  enterpriseId: `e-${run}-${n}`,
  month,
  occurredAt,
  enterpriseNameZh: `第${n}号企业`,
  zoneId,
  mainBusinessRevenueYuan: 1_000_000 + n,
  industrialAddedValueYuan: 200_000,
  taxesYuan: 50_000,
});

/** The returns as a clerk's workbook: the template's Chinese headers, one return a row. */
const workbookOf = async (returns: ReturnType<typeof returnOf>[]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('月报');
  sheet.addRow(['企业编号', '月份', '发生时间', '企业名称（中文）', '园区', '主营业务收入', '工业增加值', '税金']);
  for (const r of returns) {
    sheet.addRow([r.enterpriseId, r.month, new Date(Date.UTC(2014, 4, 1, 9, 30)), r.enterpriseNameZh, r.zoneId, r.mainBusinessRevenueYuan, r.industrialAddedValueYuan, r.taxesYuan]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const seconds = async (op: () => Promise<void>) => {
  const started = process.hrtime.bigint();
  await op();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

const main = async () => {
  const startLoad = loadavg()[0];
  const databaseUrl = await stack.createDatabase(`bench_import_${randomBytes(4).toString('hex')}`);
  const port = await freePort();
  const service = startProcess('apps/projects/src/main.ts', {
    ...stack.serviceEnv('projects'),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswers(`${url}/health/ready`, service);
  const token = stack.token({ roles: ['submitter'], department: 'projects', sub: 'bench-clerk' });
  const json = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const zone = await fetch(`${url}/zones`, { method: 'POST', headers: json, body: JSON.stringify({ zoneId, occurredAt, nameZh: '福城医药园' }) });
  if (zone.status !== 200) throw new Error(`zone: ${zone.status}`);

  const upload = async (file: Buffer, mode: string) => {
    const reply = await fetch(`${url}/imports/submit-economic-return?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': XLSX },
      body: file,
    });
    const report = (await reply.json()) as { valid: number; recorded: number; duplicates: number; errors: unknown[] };
    if (reply.status !== 200 || report.valid !== ROWS) throw new Error(`${mode}: ${reply.status} ${JSON.stringify(report).slice(0, 300)}`);
    return report;
  };
  const bulk = async (returns: ReturnType<typeof returnOf>[]) => {
    for (let i = 0; i < returns.length; i += 1000) {
      const reply = await fetch(`${url}/economic-returns/bulk`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ returns: returns.slice(i, i + 1000) }),
      });
      const body = (await reply.json()) as { accepted: number };
      if (body.accepted !== Math.min(1000, returns.length - i)) throw new Error(`bulk accepted ${body.accepted}`);
    }
  };

  const run = randomBytes(3).toString('hex');
  const rows = [];
  const months = ['2014-01', '2014-02', '2014-03', '2014-04'];
  for (let round = 0; round < 2; round++) {
    const forImport = Array.from({ length: ROWS }, (_, n) => returnOf(run, n, months[round * 2]));
    const forBulk = Array.from({ length: ROWS }, (_, n) => returnOf(run, n, months[round * 2 + 1]));
    const file = await workbookOf(forImport);
    let report = { recorded: 0, duplicates: 0 };
    const dry = await seconds(async () => void (await upload(file, 'dry-run')));
    const commit = await seconds(async () => void (report = await upload(file, 'commit')));
    if (report.recorded !== ROWS) throw new Error(`commit recorded ${report.recorded}`);
    const again = await seconds(async () => void (report = await upload(file, 'commit')));
    if (report.duplicates !== ROWS) throw new Error(`again: ${report.duplicates} duplicates`);
    const json = await seconds(() => bulk(forBulk));
    const rate = (s: number) => Math.round(ROWS / s);
    rows.push(
      { round: round + 1, path: `import dry run (.xlsx, ${(file.length / 1024).toFixed(0)} KiB)`, rows: ROWS, seconds: dry.toFixed(2), 'rows/s': rate(dry) },
      { round: round + 1, path: 'import commit', rows: ROWS, seconds: commit.toFixed(2), 'rows/s': rate(commit) },
      { round: round + 1, path: 'import commit, same file again (records nothing)', rows: ROWS, seconds: again.toFixed(2), 'rows/s': rate(again) },
      { round: round + 1, path: 'JSON bulk, 10 × 1,000 (same returns, next month)', rows: ROWS, seconds: json.toFixed(2), 'rows/s': rate(json) },
    );
    console.error(`round ${round + 1} done`);
  }
  console.table(rows);
  const mean = (path: string) => {
    const picked = rows.filter((r) => r.path === path);
    return picked.reduce((sum, r) => sum + r['rows/s'], 0) / picked.length;
  };
  console.log(`import commit / JSON bulk = ${(mean('import commit') / mean('JSON bulk, 10 × 1,000 (same returns, next month)')).toFixed(2)} (mean rows/s of the two rounds)`);
  console.log(`load average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);
  await stopProcess(service);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
