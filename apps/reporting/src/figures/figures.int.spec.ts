import { ContributionEvents1765000000000 } from '../read-model/reporting-migrations';
import { startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';
import { compensated, reported, resetToyStreams, toyCatalogue, toyIncidents, voided, zoneCorrected } from '../testing/toy-projection';

const at = (day: string) => `${day}T02:00:00.000Z`;

/** 2013: five incidents. 2014: five more, two of them corrected in February 2015. */
function history() {
  resetToyStreams();
  const before = [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => reported(id, 'chengbei', at('2013-03-05'), at('2013-03-06'))),
    reported('a5', 'fucheng', at('2013-08-01'), at('2013-08-02')),
    ...['b1', 'b2', 'b3'].map((id) => reported(id, 'chengbei', at('2014-04-10'), at('2014-04-11'))),
    reported('b4', 'fucheng', at('2014-07-01'), at('2014-07-02')),
    reported('b5', 'salt', at('2014-11-20'), at('2014-11-21')),
    compensated('b1', 5000, at('2014-05-15'), at('2014-05-16')),
  ];
  const corrections = [zoneCorrected('b2', 'fucheng', at('2015-02-01'), at('2015-02-01')), voided('b3', at('2015-02-01'), at('2015-02-01'))];
  return { before, corrections, all: [...before, ...corrections] };
}

const byZone = (figure: { breakdown: { dims: { zoneId: string }; value: number }[] }) =>
  Object.fromEntries(figure.breakdown.map((part) => [part.dims.zoneId, part.value]));

describe('a reporting service fed five incidents in 2013 and five in 2014, two corrected in 2015', () => {
  let service: ReportingUnderTest;
  const { all } = history();

  const applied = async () => Number((await service.sql('select count(*) from reporting_v1.events'))[0].count);
  const figures = async (query: string) => {
    const res = await service.get(`/figures?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const figure = async (query: string, name = 'toy.incidents') =>
    (await figures(query)).figures.find((f: { figure: string }) => f.figure === name);

  beforeAll(async () => {
    service = await startReporting({ projections: [toyIncidents as never], catalogue: toyCatalogue });
    await service.produce(all);
    await waitFor(applied, (n) => n === all.length, { what: `${all.length} events applied` });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('reports the year beside the year before, with the change', async () => {
    const incidents = await figure('year=2014&groupBy=zoneId');
    expect(incidents).toMatchObject({
      kind: 'flow',
      value: 4,
      previous: 5,
      change: { absolute: -1, percentOfPrevious: 80, percentChange: -20 },
    });
    expect(byZone(incidents)).toEqual({ chengbei: 1, fucheng: 2, salt: 1 });
  });

  it('breaks figures down into parts that sum to the figure', async () => {
    const report = await figures('year=2014&groupBy=zoneId');
    for (const f of report.figures) {
      expect(f.breakdown.reduce((sum: number, part: { value: number }) => sum + part.value, 0)).toBe(f.value);
    }
  });

  it('sums a stock up to the period end and a flow over the period only', async () => {
    expect(await figure('year=2014', 'toy.incidentsToDate')).toMatchObject({ kind: 'stock', value: 9, previous: 5 });
    expect(await figure('year=2014&quarter=2')).toMatchObject({ value: 2, previous: 0, change: { percentOfPrevious: null } });
    expect(await figure('year=2014&month=5', 'toy.compensation')).toMatchObject({ value: 5000 });
  });

  it('shows the 2014 figures as known on 2015-01-10, before the corrections', async () => {
    const asKnown = await figure(`year=2014&groupBy=zoneId&asOf=${encodeURIComponent('2015-01-10T00:00:00+08:00')}`);
    expect(asKnown).toMatchObject({ value: 5, previous: 5 });
    expect(byZone(asKnown)).toEqual({ chengbei: 3, fucheng: 1, salt: 1 });
  });

  type Listed = { type: string; contribution: number; actor: string; reason: string | null; occurredAt: string; recordedAt: string };
  /** Every page of a drill-down. */
  const drillDown = async (link: string) => {
    const events: Listed[] = [];
    for (let page = 1; ; page++) {
      const res = await service.get(`${link}${link.includes('?') ? '&' : '?'}pageSize=3&page=${page}`);
      expect(res.status).toBe(200);
      events.push(...res.body.events);
      if (events.length >= res.body.total) return { ...res.body, events };
    }
  };
  const sumOf = (events: Listed[]) => events.reduce((sum, e) => sum + e.contribution, 0);
  const contributions = (events: Listed[]) => events.map((e) => `${e.type} ${e.contribution > 0 ? '+' : ''}${e.contribution}`).sort();

  it('lists exactly the events that changed a flow, each with its contribution, summing to the figure', async () => {
    const incidents = await figure('year=2014');
    const listed = await drillDown(incidents.events);
    // the zone correction and the compensation change no count of incidents: not listed
    expect(contributions(listed.events)).toEqual([
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentVoided -1',
    ]);
    expect(listed).toMatchObject({ total: 6, value: 4 });
    expect(sumOf(listed.events)).toBe(incidents.value);
    expect(listed.events[0]).toMatchObject({ department: 'safety', eventId: expect.any(String), occurredAt: expect.any(String), recordedAt: expect.any(String) });
  });

  it('lists what moved each breakdown part: a correction counts in the part it moved the incident into and out of', async () => {
    const incidents = await figure('year=2014&groupBy=zoneId');
    const part = (zoneId: string) => incidents.breakdown.find((p: { dims: { zoneId: string } }) => p.dims.zoneId === zoneId);
    const fucheng = await drillDown(part('fucheng').events);
    expect(contributions(fucheng.events)).toEqual(['PollutionIncidentDetailsCorrected +1', 'PollutionIncidentReported +1']);
    // who recorded each, and the reason a correction gave
    expect(fucheng.events.find((e: Listed) => e.type === 'PollutionIncidentDetailsCorrected')).toMatchObject({ actor: 'reporting-test', reason: '录错园区' });
    expect(fucheng.events.find((e: Listed) => e.type === 'PollutionIncidentReported')).toMatchObject({ actor: 'reporting-test', reason: null });
    const chengbei = await drillDown(part('chengbei').events);
    expect(contributions(chengbei.events)).toEqual([
      'PollutionIncidentDetailsCorrected -1',
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentReported +1',
      'PollutionIncidentVoided -1',
    ]);
    for (const p of incidents.breakdown) expect(sumOf((await drillDown(p.events)).events)).toBe(p.value);
  });

  it('lists the events behind a stock since the first, and a money flow by its amount', async () => {
    const toDate = await figure('year=2014', 'toy.incidentsToDate');
    const listed = await drillDown(toDate.events);
    expect(listed.total).toBe(11);
    expect(sumOf(listed.events)).toBe(toDate.value);
    const compensation = await figure('year=2014&month=5', 'toy.compensation');
    expect(contributions((await drillDown(compensation.events)).events)).toEqual(['PollutionCompensationPaid +5000']);
  });

  it('lists, as of a record time, only the events known then, summing to the figure as known then', async () => {
    const asKnown = await figure(`year=2014&asOf=${encodeURIComponent('2015-01-10T00:00:00+08:00')}`);
    const listed = await drillDown(asKnown.events);
    expect(contributions(listed.events)).toEqual(Array(5).fill('PollutionIncidentReported +1'));
    expect(sumOf(listed.events)).toBe(asKnown.value);
  });

  it('pages the drill-down, the total counting the contributing events', async () => {
    const incidents = await figure('year=2014');
    const first = await service.get(`${incidents.events}&pageSize=4`);
    const second = await service.get(`${incidents.events}&pageSize=4&page=2`);
    const past = await service.get(`${incidents.events}&pageSize=4&page=9`);
    expect(first.body.total).toBe(6);
    expect([...first.body.events, ...second.body.events]).toHaveLength(6);
    expect(past.body).toMatchObject({ total: 6, value: 4, events: [] });
  });

  it('says how fresh every answer is, per department topic', async () => {
    const { freshness } = await figures('year=2014');
    const safety = freshness.topics.find((t: { department: string }) => t.department === 'safety');
    expect(safety).toMatchObject({ topic: service.topics.safety, lastRecordedAt: at('2015-02-01'), lag: 0 });
    expect(safety.committedOffset).toBe(all.length);
    expect(freshness.topics.map((t: { department: string }) => t.department).sort()).toEqual(['land', 'office', 'projects', 'safety']);
  });

  it('says in headers, on the figures and on their events, the newest record time applied and the messages pending', async () => {
    for (const path of ['/figures?year=2014', '/figures/toy.incidents/events?year=2014']) {
      const { status, headers } = await service.get(path);
      expect({ path, status, asOf: headers.get('x-data-as-of'), pending: headers.get('x-pending-messages') }).toEqual({
        path,
        status: 200,
        asOf: at('2015-02-01'),
        pending: '0',
      });
    }
    const document = (await service.get('/docs/openapi.json')).body;
    expect(Object.keys(document.paths['/figures'].get.responses['200'].headers)).toEqual(['X-Data-As-Of', 'X-Pending-Messages']);
  });

  it('changes nothing when the same events are delivered again', async () => {
    const before = await figures('year=2014&groupBy=zoneId');
    await service.produce(all);
    await waitFor(
      async () => (await figures('year=2014')).freshness.topics.find((t: { department: string }) => t.department === 'safety'),
      (t) => t.committedOffset === 2 * all.length && t.lag === 0,
      { what: 'the redelivery consumed' },
    );
    expect(await applied()).toBe(all.length);
    const after = await figures('year=2014&groupBy=zoneId');
    expect(after.figures).toEqual(before.figures);
  });

  it('refuses a period with both quarter and month, and unknown figures', async () => {
    expect(await service.get('/figures?year=2014&quarter=1&month=1')).toMatchObject({ status: 422, body: { error: 'period-ambiguous' } });
    expect((await service.get('/figures?year=2014&figure=no.such')).status).toBe(400);
    expect((await service.get('/figures/no.such/events?year=2014')).status).toBe(404);
  });

  it('serves the catalogue of the figures it answers for: names, kinds, units, dims and labels', async () => {
    const answer = await service.get('/figures/catalogue');
    expect(answer.status).toBe(200);
    expect(answer.body.figures).toEqual(toyCatalogue.map((f) => ({ name: f.name, kind: f.kind, unit: f.unit, labels: f.labels, dims: f.dims })));
  });

  it('says a missing year is required, in one message', async () => {
    for (const path of ['/figures', '/figures?quarter=1', '/figures/toy.incidents/events']) {
      expect(await service.get(path)).toMatchObject({ status: 400, body: { message: ['year: year is required'] } });
    }
    expect(await service.get('/figures?year=abc')).toMatchObject({ status: 400, body: { message: expect.arrayContaining(['year: year must be an integer']) } });
  });

  it('refuses a year before the park was established (2001) or after the current one, naming the bounds', async () => {
    const thisYear = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    for (const path of ['/figures?year=2000', `/figures?year=${thisYear + 1}`, '/figures/toy.incidents/events?year=1999']) {
      const answer = await service.get(path);
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({ path, status: 422, error: 'year-out-of-range' });
      expect(answer.body.message).toBe(`year must be from 2001, when the park was established, to ${thisYear}, the current year`);
    }
    expect((await service.get('/figures?year=2001')).status).toBe(200);
    expect((await service.get(`/figures?year=${thisYear}`)).status).toBe(200);
  });

  it('refuses a drill-down by a dim no figure has (400, naming it), or one this figure has not (422)', async () => {
    const wrong = await service.get('/figures/toy.incidents/events?year=2014&dims=zone:chengbei');
    expect(wrong).toMatchObject({ status: 400, body: { message: 'dims: no figure has a dim named zone' } });
    expect((await service.get('/figures/toy.incidents/events?year=2014&dims=zoneId:chengbei')).status).toBe(200);
  });

  it('takes asOf as a date-time with seconds and an offset only: a date alone or words are 400', async () => {
    for (const asOf of ['2015-01-10', 'yesterday', '2015-01-10T00:00:00', '2015-01-10T00:00+08:00']) {
      const answer = await service.get(`/figures?year=2014&asOf=${encodeURIComponent(asOf)}`);
      expect({ asOf, status: answer.status }).toEqual({ asOf, status: 400 });
      expect(answer.body.message.join(' ')).toContain('asOf must be a date-time with seconds and an offset');
    }
    for (const asOf of ['2015-01-10T00:00:00+08:00', '2015-01-09T16:00:00Z', '2015-01-09T16:00:00.123Z']) {
      expect((await service.get(`/figures?year=2014&asOf=${encodeURIComponent(asOf)}`)).status).toBe(200);
    }
  });

  it('fills in, on migrating, which events wrote and replaced contributions stored before they were named', async () => {
    const links = ['/figures/toy.incidents/events?year=2014&dims=zoneId:chengbei', '/figures/toy.incidentsToDate/events?year=2014'];
    const listed = async () => Promise.all(links.map(async (link) => (await drillDown(link)).events));
    const before = await listed();
    const named = await service.sql('select id, event_id, closed_by from reporting_v1.contributions order by id');
    await service.sql('update reporting_v1.contributions set event_id = null, closed_by = null');
    await new ContributionEvents1765000000000().up({ query: (text: string) => service.sql(text) } as never);
    expect(await service.sql('select id, event_id, closed_by from reporting_v1.contributions order by id')).toEqual(named);
    expect(await listed()).toEqual(before);
  });
});
