import { publishedEventsOf, randomSuffix, startProjectsHttp, type ProjectsHttp } from './testing/projects-http.harness';

const occurredAt = '2014-04-10T09:00:00+08:00';

describe('a projects service with the salt-chemical base in the registry: monthly returns in bulk', () => {
  let http: ProjectsHttp;
  const run = randomSuffix();
  const zoneId = `salt-base-${run}`;
  const figures = (enterpriseId: string, extra: object = {}) => ({
    enterpriseId,
    month: '2014-03',
    occurredAt,
    enterpriseNameZh: '江西晶昊盐化有限公司',
    zoneId,
    mainBusinessRevenueYuan: 186_000_000,
    industrialAddedValueYuan: 45_000_000,
    taxesYuan: 9_800_000,
    ...extra,
  });
  const stored = async (streamId: string) =>
    (await http.query<{ type: string }>('select type from event_store.events where stream_id = $1 order by stream_version', [streamId])).map(
      ({ type }) => type,
    );
  const streamOf = (enterpriseId: string, month = '2014-03') => `economic-return-${enterpriseId}-${month}`;

  beforeAll(async () => {
    http = await startProjectsHttp();
    expect((await http.post('/zones', { zoneId, occurredAt, nameZh: '盐化基地' })).status).toBe(200);
  });
  afterAll(() => http?.close());

  it('records each valid item and refuses each bad one on its own, answering per item in order', async () => {
    const reply = await http.post('/economic-returns/bulk', {
      returns: [
        figures(`a-${run}`),
        figures(`b-${run}`, { taxesYuan: -1, isAdmin: true }),
        figures(`c-${run}`),
        figures(`d-${run}`, { zoneId: 'atlantis' }),
        figures(`a-${run}`, { taxesYuan: 1 }),
        42,
        figures(`e-${run}`, { occurredAt: '2999-01-01T00:00:00+08:00' }),
      ],
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ accepted: 2, rejected: 5 });
    expect(reply.body.results).toEqual([
      { index: 0, status: 200, streamId: streamOf(`a-${run}`), version: 1 },
      { index: 1, status: 400, error: 'BadRequest', message: expect.any(Array) },
      { index: 2, status: 200, streamId: streamOf(`c-${run}`), version: 1 },
      { index: 3, status: 422, streamId: streamOf(`d-${run}`), error: 'unknown-zone', message: expect.stringContaining('atlantis') },
      { index: 4, status: 422, streamId: streamOf(`a-${run}`), error: 'economic-return-already-submitted', message: expect.any(String) },
      { index: 5, status: 400, error: 'BadRequest', message: ['returns.5: must be an object'] },
      { index: 6, status: 422, streamId: streamOf(`e-${run}`), error: 'occurred-at-out-of-range', message: 'occurredAt: must not be in the future' },
    ]);
    const badFields = (reply.body.results[1].message as string[]).map((m) => m.split(':')[0]).sort();
    expect(badFields).toEqual([`returns.1.isAdmin`, `returns.1.taxesYuan`]);

    expect(await stored(streamOf(`a-${run}`))).toEqual(['EconomicReturnSubmitted']);
    expect(await stored(streamOf(`c-${run}`))).toEqual(['EconomicReturnSubmitted']);
    for (const refused of ['b', 'd', 'e']) expect(await stored(streamOf(`${refused}-${run}`))).toEqual([]);

    // listed the moment the bulk answer returns, named by enterprise and month; the refused ones not at all
    const listed = await http.get(`/economic-returns?zone=${zoneId}&limit=200`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { recordId: string }) => item.recordId).sort()).toEqual([`a-${run}/2014-03`, `c-${run}/2014-03`]);
    expect(listed.body.items[0]).toMatchObject({ businessDate: '2014-04-10', version: 1, details: { month: '2014-03', taxesYuan: 9_800_000 } });
    expect((await http.get(`/economic-returns/a-${run}/2014-03`)).body).toMatchObject({ recordId: `a-${run}/2014-03`, zoneId });
    const published = await publishedEventsOf(http, streamOf(`c-${run}`), 1);
    expect(published[0]).toMatchObject({ key: streamOf(`c-${run}`), type: 'EconomicReturnSubmitted' });
    expect((await publishedEventsOf(http, streamOf(`a-${run}`), 1))[0].envelope.payload).toMatchObject({ taxesYuan: 9_800_000 });
  });

  it('refuses the whole request (400) when returns is not a list of 1 to 1,000 items', async () => {
    for (const body of [{ returns: figures(`x-${run}`) }, { returns: [] }, { returns: Array.from({ length: 1001 }, () => ({})) }, {}]) {
      const reply = await http.post('/economic-returns/bulk', body);
      expect(reply.status).toBe(400);
      expect(reply.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^returns: /)]));
    }
    expect(await stored(streamOf(`x-${run}`))).toEqual([]);
  });

  it('answers a retried bulk (same Idempotency-Key) as the first time, recording each return once', async () => {
    const body = { returns: [figures(`r1-${run}`), figures(`r2-${run}`), figures(`r3-${run}`, { zoneId: 'atlantis' })] };
    const key = { 'idempotency-key': `bulk-${run}` };
    const first = await http.post('/economic-returns/bulk', body, key);
    const again = await http.post('/economic-returns/bulk', body, key);
    expect(first.body).toMatchObject({ accepted: 2, rejected: 1 });
    expect(again.body).toEqual(first.body);
    expect(await stored(streamOf(`r1-${run}`))).toEqual(['EconomicReturnSubmitted']);

    const changed = await http.post('/economic-returns/bulk', { returns: [figures(`r1-${run}`, { taxesYuan: 2 }), body.returns[1]] }, key);
    expect(changed.body.results.map((r: { status: number; error?: string }) => [r.status, r.error])).toEqual([
      [409, 'idempotency-conflict'],
      [200, undefined],
    ]);
    expect(await stored(streamOf(`r1-${run}`))).toEqual(['EconomicReturnSubmitted']);
    expect(await stored(streamOf(`r2-${run}`))).toEqual(['EconomicReturnSubmitted']);
  });

  it('takes a month of 1,000 returns in one request', async () => {
    const returns = Array.from({ length: 1000 }, (_, n) =>
      figures(`enterprise-${n}-${run}`, { enterpriseNameZh: `樟树市第${n}号企业有限公司`, enterpriseNameEn: `Zhangshu enterprise no. ${n} Co., Ltd.` }),
    );
    expect(JSON.stringify({ returns }).length).toBeGreaterThan(256 * 1024);
    const reply = await http.post('/economic-returns/bulk', { returns });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ accepted: 1000, rejected: 0 });
    const [{ count }] = await http.query<{ count: number }>(
      `select count(*)::int as count from event_store.events where stream_id like $1`,
      [`economic-return-enterprise-%-${run}-2014-03`],
    );
    expect(count).toBe(1000);
  });

  it('documents the bulk answer in OpenAPI', async () => {
    const doc = (await http.get('/docs/openapi.json')).body;
    const ok = doc.paths['/economic-returns/bulk'].post.responses['200'];
    expect(ok.content['application/json'].schema.$ref).toMatch(/SubmitEconomicReturnsInBulkResponse$/);
  });

  it('takes the month’s returns as a spreadsheet too: dry run, commit, and the same file again records nothing', async () => {
    const header = '企业编号,月份,发生时间,企业名称（中文）,园区,主营业务收入,工业增加值,税金';
    const csv = [
      header,
      `e-${run},2014-05,2014-06-05,晶昊,${zoneId},"186,000,000",45000000,9800000`,
      `f-${run},2014-05,2014-06-05,科海,${zoneId},1000,-5,10`,
      `g-${run},2014-05,2014-06-05,恒辉,atlantis,1000,500,10`,
    ].join('\n');
    const upload = (mode: string) =>
      http.send(`/imports/submit-economic-return?mode=${mode}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${http.tokens.submitter}`, 'content-type': 'text/csv' },
        body: csv,
      });
    const dry = await upload('dry-run');
    expect(dry.body).toMatchObject({ rows: 3, valid: 1, recorded: 0 });
    expect(dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'industrialAddedValueYuan'],
      [4, 'zoneId'],
    ]);
    expect(await stored(streamOf(`e-${run}`, '2014-05'))).toEqual([]);
    expect((await upload('commit')).body).toMatchObject({ recorded: 1, duplicates: 0 });
    expect(await stored(streamOf(`e-${run}`, '2014-05'))).toEqual(['EconomicReturnSubmitted']);
    expect((await upload('commit')).body).toMatchObject({ recorded: 0, duplicates: 1 });
    expect(await stored(streamOf(`e-${run}`, '2014-05'))).toEqual(['EconomicReturnSubmitted']);
    // a reader may not import
    const asReader = await http.send('/imports/submit-economic-return?mode=commit', {
      method: 'POST',
      headers: { authorization: `Bearer ${http.tokens.reader}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(asReader.status).toBe(403);
  });
});
