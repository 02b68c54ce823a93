import { figureCatalogue as summedFigures, timelinessFigures } from '@park-ledger/figures';

// the park's catalogue has economy.returns, so it publishes the timeliness figures after the summed ones
const figureCatalogue = [...summedFigures, ...timelinessFigures];
import { exampleHistories } from '@park-ledger/figures/testing';
import { stack, startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';

const bearer = () => `Bearer ${stack.token({ roles: ['reader'] })}`;

const histories = exampleHistories.flat(2);

describe('a reporting service fed one example history of every record kind', () => {
  let service: ReportingUnderTest;

  beforeAll(async () => {
    service = await startReporting({ app: true });
    await service.produce(histories);
    const applied = async () => Number((await service.sql('select count(*) from reporting_v1.events'))[0].count);
    await waitFor(applied, (n) => n === histories.length, { what: `${histories.length} events applied` });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('writes the 2014 summary as printable HTML, every number a link to its events', async () => {
    const res = await fetch(`${service.url}/reports/annual/2014`, { headers: { authorization: bearer() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await res.text();
    expect(html).toContain('@media print');
    expect(html).toMatch(/<a class="figure" href="\/figures\/[\w.-]+\/events\?year=2014[^"]*"/);
    expect(html).toContain('今年园区共签约落户项目');
  });

  it('writes Markdown and English on request, and the facts as JSON', async () => {
    const md = await fetch(`${service.url}/reports/annual/2014?format=md&lang=en`, { headers: { authorization: bearer() } });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    const text = await md.text();
    expect(text).toContain('# Industrial Park Annual Work Summary 2014');
    expect(text).toMatch(/\*Data as of \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+8\) · pending messages: 0\*/);
    const json = await service.get('/reports/annual/2014?format=json');
    expect(json.status).toBe(200);
    expect(json.body.year).toBe(2014);
  });

  it('says in every format how fresh it is: the newest record time applied, nothing pending', async () => {
    const newest = histories.map((e) => new Date(e.recordedAt).toISOString()).sort().at(-1);
    for (const format of ['html', 'md', 'json']) {
      const res = await fetch(`${service.url}/reports/annual/2014?format=${format}`, { headers: { authorization: bearer() } });
      expect(res.status).toBe(200);
      expect({ format, asOf: res.headers.get('x-data-as-of'), pending: res.headers.get('x-pending-messages') }).toEqual({
        format,
        asOf: newest,
        pending: '0',
      });
    }
  });

  it('states the works’ progress per work, never as a sum of percentages, and still writes the summary', async () => {
    const res = await service.get('/figures?year=2014&figure=infrastructure.progress-percent,infrastructure.works&groupBy=zoneId');
    expect(res.status).toBe(200);
    const [progress, works] = res.body.figures;
    expect(progress).toMatchObject({ unit: 'percent', value: null, previous: null, change: null, per: 'workId', noTotal: expect.any(String) });
    // asked by zone, answered per work within it: 40% in April, 70% in July, completed (100%) in December
    expect(progress.breakdown).toMatchObject([{ dims: { zoneId: 'fucheng', workId: 'logistics-road-1' }, value: 100, previous: 0 }]);
    expect(works.value).toEqual(expect.any(Number));
    const drillDown = (await service.get(progress.breakdown[0].events)).body;
    expect(drillDown).toMatchObject({ total: 3, value: 100 });
    expect(drillDown.events.map((e: { contribution: number }) => e.contribution)).toEqual([40, 30, 30]);
    expect((await service.get(progress.events)).body.value).toBeNull();
    for (const format of ['json', 'html']) expect((await service.get(`/reports/annual/2014?format=${format}&lang=en`)).status).toBe(200);
  });

  it('serves the park’s figure catalogue and names its figures in the OpenAPI document', async () => {
    const { body } = await service.get('/figures/catalogue');
    expect(body.figures.map((f: { name: string }) => f.name)).toEqual(figureCatalogue.map((f) => f.name));
    expect(body.figures.find((f: { name: string }) => f.name === 'infrastructure.progress-percent')).toEqual({
      name: 'infrastructure.progress-percent',
      kind: 'stock',
      unit: 'percent',
      labels: { zh: '工程完成比例', en: 'share of work done' },
      dims: ['zoneId', 'platformId', 'phaseId', 'workId'],
      per: 'workId',
    });
    const document = (await service.get('/docs/openapi.json')).body;
    const figureParameter = document.paths['/figures/{figure}/events'].get.parameters.find((p: { name: string }) => p.name === 'figure');
    expect(figureParameter.schema.enum).toEqual(figureCatalogue.map((f) => f.name));
    expect(document.paths['/figures/catalogue'].get.responses['200']).toBeDefined();
    // every year parameter takes the park's years, from its establishment to the current one
    const thisYear = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const years = ['/figures', '/figures/{figure}/events', '/reports/annual/{year}'].map(
      (path) => document.paths[path].get.parameters.find((p: { name: string }) => p.name === 'year').schema,
    );
    for (const schema of years) expect(schema).toMatchObject({ type: 'integer', minimum: 2001, maximum: thisYear });
  });

  it('answers a year with nothing recorded by saying so', async () => {
    const res = await fetch(`${service.url}/reports/annual/2001?format=md`, { headers: { authorization: bearer() } });
    expect(await res.text()).toContain('本年度无相关记录');
  });

  it('refuses a bad year or format, and callers without a token', async () => {
    expect((await service.get('/reports/annual/20x4')).status).toBe(400);
    expect((await service.get('/reports/annual/2014?format=docx')).status).toBe(400);
    expect((await service.get('/reports/annual/2014?asOf=2015-01-10')).status).toBe(400);
    expect(await service.get('/reports/annual/1999')).toMatchObject({ status: 422, body: { error: 'year-out-of-range' } });
    const nextYear = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() + 1;
    expect(await service.get(`/reports/annual/${nextYear}?format=json`)).toMatchObject({ status: 422, body: { error: 'year-out-of-range' } });
    expect((await fetch(`${service.url}/reports/annual/2014`)).status).toBe(401);
  });
});
