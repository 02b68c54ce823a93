/**
 * 1. A department's record list (GET /<records>, RecordReads.list: filters, sort, keyset cursor) against a
 * hand-written SELECT of the same page on the same table, at BENCH_RECORDS records (100,000 by default)
 * of one kind seeded straight into event_store.records on a fresh database of the local stack.
 * 2. What the inline read model costs on the write path: EventStore.handle of a one-event command on a
 *    fresh stream with the record's row written in the same statement, and without, alternated in rounds.
 *   node -r @swc-node/register bench/list.bench.ts      (or npm run bench -- list)
 */
import { defineEvent, EventRegistry, object, str, type DomainEventOf } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/decider';
import { listingOf, ListRecordsRequest, RecordReads, type Listed } from '@park-ledger/department';
import { EventStore, eventStoreMigrations } from '@park-ledger/event-store';
import { stack } from '@park-ledger/test-support';
import { attempt, finish, sizeFrom, small } from './support/report';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

const RECORDS = sizeFrom('BENCH_RECORDS', 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? (small ? 50 : 400));
const KIND = 'idle-parcel';

const seed = (pool: Pool) =>
  pool.query(
    `insert into event_store.records (kind, record_id, stream_id, details, state, status, zone_id, platform_id,
       business_date, search_text, version, changed_by, changed_at, reason, corrected, voided)
     select $1, 'P-' || lpad(i::text, 7, '0'), $1 || '-P-' || lpad(i::text, 7, '0'),
       jsonb_build_object('parcelId', 'P-' || lpad(i::text, 7, '0'), 'zoneId', z, 'category', 'supplied-unused',
         'enterpriseNameZh', '企业' || i, 'enterpriseNameEn', 'Enterprise ' || i, 'idleAreaCentiMu', 1000 + i),
       jsonb_build_object('status', s), s, z, null, date '2010-01-01' + (i % 1826), '企业' || i || ' enterprise ' || i,
       1 + i % 3, 'bench', now() - make_interval(secs => i), case when i % 7 = 0 then 'typo' end, i % 7 = 0, i % 10 = 0
     from generate_series(1, $2::int) as i,
       lateral (select (array['chengbei', 'fucheng', 'salt-chemical-base'])[1 + i % 3] as z,
                       case when i % 10 = 0 then 'Voided' else 'Identified' end as s) as v`,
    [KIND, RECORDS],
  );

const request = (fields: Partial<ListRecordsRequest>): ListRecordsRequest =>
  Object.assign(new ListRecordsRequest(), fields);

/** The same page as a person would write it: the columns the list answers, the filter, the keyset. */
const COLUMNS = `record_id, stream_id, status, zone_id, platform_id, business_date, version, changed_by, changed_at,
  reason, corrected, voided, details, state`;

const BenchParcelFound = defineEvent('BenchParcelFound', 'land', {
  schemaVersion: 1,
  payload: object({ parcelId: str({ min: 1, max: 64 }), zoneId: str({ min: 1, max: 64 }), enterpriseNameZh: str({ min: 1, max: 200 }) }),
});
type BenchEvent = DomainEventOf<typeof BenchParcelFound>;
type Found = { readonly parcelId: string; readonly zoneId: string; readonly enterpriseNameZh: string };
const parcels: Decider<{ status: 'None' | 'Found' }, Found, BenchEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: () => ({ status: 'Found' }),
  decide: (command) => [{ type: 'BenchParcelFound', payload: command }],
};
const metadata = { actor: 'bench', correlationId: 'bench', occurredAt: '2014-05-01T09:30:00+08:00' };

/** Closed loop: `writers` concurrent loops, each command on a fresh stream; ops/s and p99 latency. */
const writes = async (op: (id: string) => Promise<unknown>, total: number, writers: number, prefix: string) => {
  let next = 0;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < total) {
        const id = `${prefix}-${next++}`;
        latencies.push(await time(() => op(id)));
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { rate: total / seconds, p99: percentile(latencies, 99) };
};

const writePath = async (dataSource: DataSource) => {
  const store = new EventStore(dataSource, 'land', new EventRegistry([BenchParcelFound]));
  const listing = listingOf(parcels, ['parcelId'], (parcelId) => `bench-parcel-${parcelId}`);
  const command = (parcelId: string): Found => ({ parcelId, zoneId: 'fucheng', enterpriseNameZh: `企业${parcelId}` });
  const withRow = (id: string) =>
    store.handle(listing.decider as unknown as typeof parcels, `bench-parcel-${id}`, command(id), {
      metadata,
      inline: (state, events) => listing.row(state as Listed<unknown>, events),
    });
  const without = (id: string) => store.handle(parcels, `bench-parcel-${id}`, command(id), { metadata });
  const rows = [];
  for (const writers of [1, 8]) {
    const total = small ? 400 : 2000;
    const rounds = 4;
    await writes(withRow, 200, writers, `warm-w-${writers}`);
    await writes(without, 200, writers, `warm-n-${writers}`);
    const sums = { withRow: { seconds: 0, p99: 0 }, without: { seconds: 0, p99: 0 } };
    for (let round = 0; round < rounds; round++) {
      const a = await writes(withRow, total / rounds, writers, `w-${writers}-${round}`);
      const b = await writes(without, total / rounds, writers, `n-${writers}-${round}`);
      sums.withRow.seconds += total / rounds / a.rate;
      sums.without.seconds += total / rounds / b.rate;
      sums.withRow.p99 = Math.max(sums.withRow.p99, a.p99);
      sums.without.p99 = Math.max(sums.without.p99, b.p99);
    }
    const [withRate, withoutRate] = [total / sums.withRow.seconds, total / sums.without.seconds];
    rows.push({
      case: 'handle() 1 event, fresh stream',
      writers,
      'with row ops/s': Math.round(withRate),
      'without ops/s': Math.round(withoutRate),
      'with/without': (withRate / withoutRate).toFixed(2),
      'with p99 ms': sums.withRow.p99.toFixed(1),
      'without p99 ms': sums.without.p99.toFixed(1),
      target: `>= 0.85 ${withRate / withoutRate >= 0.85 ? 'ok' : 'MISSED'}`,
    });
    console.error(`done: write path, ${writers} writer(s)`);
  }
  console.table(rows);
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const time = async (op: () => Promise<unknown>) => {
  const started = process.hrtime.bigint();
  await op();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const main = async () => {
  const url = await stack.createDatabase(`bench_list_${randomBytes(4).toString('hex')}`);
  const dataSource = await new DataSource({
    type: 'postgres', url, migrations: eventStoreMigrations, migrationsRun: true, extra: { max: 4 },
  }).initialize();
  const pool = new Pool({ connectionString: url, max: 4 });
  const seeding = Date.now();
  await seed(pool);
  await pool.query('analyze event_store.records');
  console.error(`seeded ${RECORDS} records in ${Date.now() - seeding} ms`);
  const reads = new RecordReads(dataSource, new EventStore(dataSource, 'projects', new EventRegistry([])));

  // a cursor ten pages deep, for the "next page" cases
  let deep = request({ zone: 'fucheng', voided: false });
  for (let page = 0; page < 10; page++) deep = request({ ...deep, cursor: (await reads.list(KIND, deep)).nextCursor ?? undefined });
  const deepKey = await pool.query(
    `select business_date, record_id from event_store.records where kind = $1 and zone_id = 'fucheng' and voided = false
     order by business_date desc, record_id desc offset 499 limit 1`,
    [KIND],
  );
  const { business_date: key, record_id: id } = deepKey.rows[0];

  const cases = [
    {
      name: 'zone, newest first, page 1',
      ours: request({ zone: 'fucheng' }),
      raw: [`select ${COLUMNS} from event_store.records where kind = $1 and zone_id = $2
             order by business_date desc, record_id desc limit 51`, [KIND, 'fucheng']],
    },
    {
      name: 'zone + live, page 11 (cursor)',
      ours: deep,
      raw: [`select ${COLUMNS} from event_store.records where kind = $1 and zone_id = $2 and voided = false
             and (business_date, record_id) < ($3, $4) order by business_date desc, record_id desc limit 51`,
        [KIND, 'fucheng', key, id]],
    },
    {
      name: 'status + 2014, oldest first',
      ours: request({ status: 'Identified', from: '2014-01-01', to: '2014-12-31', order: 'asc' }),
      raw: [`select ${COLUMNS} from event_store.records where kind = $1 and status = $2 and business_date >= $3
             and business_date <= $4 order by business_date asc, record_id asc limit 51`,
        [KIND, 'Identified', '2014-01-01', '2014-12-31']],
    },
    {
      name: 'corrected, by record time',
      ours: request({ corrected: true, sort: 'recordedAt' }),
      raw: [`select ${COLUMNS} from event_store.records where kind = $1 and corrected = true
             order by changed_at desc, record_id desc limit 51`, [KIND]],
    },
    {
      name: 'q (name text) in a zone',
      ours: request({ zone: 'chengbei', q: 'Enterprise 4242' }),
      raw: [`select ${COLUMNS} from event_store.records where kind = $1 and zone_id = $2 and search_text like $3
             order by business_date desc, record_id desc limit 51`, [KIND, 'chengbei', '%enterprise 4242%']],
    },
  ] as const;

  const rows = [];
  for (const c of cases) {
    const ours: number[] = [];
    const raw: number[] = [];
    const listOurs = () => reads.list(KIND, c.ours);
    const listRaw = () => pool.query(c.raw[0], c.raw[1] as unknown[]);
    const measured = await attempt(`list: ${c.name}`, async () => {
      for (let i = 0; i < 20; i++) await Promise.all([listOurs(), listRaw()]); // warm up both
      for (let i = 0; i < SAMPLES; i++) {
        // alternated, so drift on a shared machine hits both alike
        ours.push(await time(listOurs));
        raw.push(await time(listRaw));
      }
      return true;
    });
    if (!measured) {
      rows.push({ case: c.name, records: RECORDS, target: 'failed' });
      continue;
    }
    ours.sort((a, b) => a - b);
    raw.sort((a, b) => a - b);
    const [o50, o99, r50, r99] = [percentile(ours, 50), percentile(ours, 99), percentile(raw, 50), percentile(raw, 99)];
    rows.push({
      case: c.name,
      records: RECORDS,
      'list p50 ms': o50.toFixed(2),
      'list p99 ms': o99.toFixed(2),
      'raw p50 ms': r50.toFixed(2),
      'raw p99 ms': r99.toFixed(2),
      'p99 list/raw': (o99 / r99).toFixed(2),
      target: `p99 <= 2x raw and <= 50 ms: ${o99 <= 2 * r99 && o99 <= 50 ? 'ok' : 'MISSED'}`,
    });
    console.error(`done: ${c.name}`);
  }
  console.table(rows);
  await attempt('write path', () => writePath(dataSource));
  await Promise.all([dataSource.destroy(), pool.end()]);
};

finish(main);
