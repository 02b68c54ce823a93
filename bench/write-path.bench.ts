/**
 * What the inline read model costs on the write path, open loop over HTTP: POST /idle-parcels (one
 * command, a fresh record each) on the land service as main.ts starts it, and on the same service
 * with the record's row left out of the append (bench/support/without-inline-records.ts, preloaded),
 * each swept to the highest rate whose p99 stays within 50 ms; and, to show where the row's cost
 * is, with the row but without the table's three secondary (list) indexes. The sweeps alternate
 * twice (with, without, no indexes, with, …), each on its own fresh database, and each side's best
 * is kept, so drift on the shared machine hits all alike. About 8 minutes on an idle machine.
 *   npm run bench -- write-path
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { stack } from '@park-ledger/test-support';
import { freePort, startProcess, stopProcess, untilAnswers } from './support/processes';
import { holds, loadAt, sweep, type Step } from './support/sweep';

const occurredAt = '2014-05-01T09:30:00+08:00';
/** Where the sweeps start, and each step's length: BENCH_START_RATE, BENCH_STEP_SECONDS. */
const START_RATE = Number(process.env.BENCH_START_RATE ?? 100);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 5);
/** BENCH_SIZE (npm test's small run): each side once, one 2-second step at 20/s instead of a sweep. */
const SMALL = process.env.BENCH_SIZE !== undefined;

const main = async () => {
  const startLoad = loadavg()[0];
  const token = stack.token({ roles: ['submitter'], department: 'land', sub: 'bench-clerk' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = randomBytes(3).toString('hex');
  let step = 0;
  type Side = 'with row' | 'without row' | 'with row, no list indexes';
  const rounds: { side: Side; best?: Step; steps: Step[] }[] = [];
  const sides: Side[] = ['with row', 'without row', 'with row, no list indexes'];
  for (const side of SMALL ? sides : [...sides, ...sides]) {
    const databaseUrl = await stack.createDatabase(`bench_write_${randomBytes(4).toString('hex')}`);
    const port = await freePort();
    const service = startProcess(
      'apps/land/src/main.ts',
      { ...stack.serviceEnv('land'), DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' },
      { preload: side === 'without row' ? ['bench/support/without-inline-records.ts'] : [] },
    );
    const url = `http://127.0.0.1:${port}`;
    await untilAnswers(`${url}/health/ready`, service);
    // the zone the parcels are in, as the projects service would have published it
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    await pool.query(
      `insert into park_zones.zones (zone_id, registered, name_zh, name_en, changed_by_event, changed_at)
       values ('fucheng', true, '福城医药园', null, gen_random_uuid(), now()) on conflict do nothing`,
    );
    const identify = () => ({
      url,
      request: {
        method: 'POST',
        path: '/idle-parcels',
        headers,
        body: { occurredAt, category: 'under-built', zoneId: 'fucheng', enterpriseNameZh: '赣通塑胶', idleAreaCentiMu: 3_100 },
      },
      unique: { field: 'parcelId', prefix: `B-${run}-${step++}` },
    });
    if (side === 'with row, no list indexes') {
      // where the row's cost is: its three secondary indexes (the lists' sort orders) left out
      await pool.query('drop index event_store.records_by_business_date, event_store.records_by_changed_at, event_store.records_by_zone');
    }
    await loadAt(identify(), Math.round(START_RATE / 2), 2); // warm-up
    const result = SMALL
      ? await loadAt(identify(), 20, 2).then((one) => ({ best: holds(one) ? one : undefined, steps: [one] }))
      : await sweep(side, START_RATE, (rate) => loadAt(identify(), rate, STEP_SECONDS));
    const rows = await pool.query(`select count(*)::int as n from event_store.records`);
    console.error(`${side}: ${rows.rows[0].n} rows in the inline read model`);
    rounds.push({ side, ...result });
    await pool.end();
    await stopProcess(service);
  }
  console.table(
    rounds.flatMap(({ side, steps }, round) =>
      steps.map((s) => ({ round: round + 1, side, 'offered /s': s.offered, 'answered /s': Math.round(s.rate), 'p50 ms': s.p50, 'p99 ms': s.p99, unanswered: s.errors ?? 0, held: holds(s) })),
    ),
  );
  const best = (side: string) =>
    rounds.filter((r) => r.side === side && r.best).map((r) => r.best as Step).sort((a, b) => b.rate - a.rate)[0];
  const [withRow, withoutRow] = [best('with row'), best('without row')];
  console.table(
    [
      ['with the inline row (as shipped)', withRow],
      ['without it', withoutRow],
      ['with the row, without its 3 list indexes', best('with row, no list indexes')],
    ].map(([name, s]) => ({
      'POST /idle-parcels': name,
      'highest rate held, p99 <= 50 ms (/s)': s ? Math.round((s as Step).rate) : 'none',
      'p50 ms': (s as Step | undefined)?.p50 ?? '-',
      'p99 ms': (s as Step | undefined)?.p99 ?? '-',
    })),
  );
  const ratio = withRow && withoutRow ? withRow.rate / withoutRow.rate : NaN;
  console.log(`with / without = ${ratio.toFixed(2)} (target >= 0.85: ${ratio >= 0.85 ? 'ok' : 'MISSED'})`);
  console.log(`load average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
