import { compensated, reported, resetToyStreams, toyIncidents, voided, zoneCorrected } from '../testing/toy-projection';
import { planBatch } from './plan-batch';
import { recordKey } from './plan-changes';
import { ProjectionIndex } from './projection-index';

const index = new ProjectionIndex([toyIncidents as never]);
const [t1, t2, t3] = ['2015-01-01T00:00:00.000Z', '2015-02-01T00:00:00.000Z', '2015-03-01T00:00:00.000Z'];
const march2014 = '2014-03-10T02:00:00.000Z';
const total = (figure: string, zoneId: string, delta: number) => ({ figure, period: '2014-03', dims: { zoneId }, delta });

beforeEach(resetToyStreams);

describe('an incident never seen before, reported and then moved to another zone in one batch', () => {
  const plan = () => planBatch(index, new Map(), [reported('i1', 'chengbei', march2014, t1), zoneCorrected('i1', 'fucheng', march2014, t2)]);

  it('writes both record versions, the first already closed when the second was recorded', () => {
    expect(plan().versions.map((v) => [v.row, v.from, v.to])).toEqual([
      [{ zoneId: 'chengbei', month: '2014-03' }, t1, t2],
      [{ zoneId: 'fucheng', month: '2014-03' }, t2, null],
    ]);
    expect(plan().closedVersions).toEqual([]);
  });

  it('closes the first contributions at the correction and leaves the second open', () => {
    expect(plan().contributions.map((c) => [c.contribution.dims.zoneId, c.from, c.to])).toEqual([
      ['chengbei', t1, t2],
      ['chengbei', t1, t2],
      ['fucheng', t2, null],
      ['fucheng', t2, null],
    ]);
  });

  it('moves the totals by the net change, keeping at 0 the total the report created and the correction emptied', () => {
    expect(plan().totals).toEqual([
      total('toy.incidents', 'chengbei', 0),
      total('toy.incidents', 'fucheng', 1),
      total('toy.incidentsToDate', 'chengbei', 0),
      total('toy.incidentsToDate', 'fucheng', 1),
    ]);
  });

  it('links both events to the record', () => {
    expect(plan().links.map((l) => l.recordId)).toEqual(['i1', 'i1']);
  });
});

describe('a stored incident, compensated, left as it is, then voided in one batch', () => {
  const stored = new Map([
    [recordKey('toy-incident', 'i1'), { row: { zoneId: 'chengbei', month: '2014-03' }, versionId: '7', contributionIds: ['11', '12'] }],
  ]);
  const events = () => [
    compensated('i1', 5000, '2014-03-20T00:00:00Z', t1),
    zoneCorrected('i1', 'chengbei', march2014, t2),
    voided('i1', march2014, t3),
  ];
  const plan = () => planBatch(index, stored, events());

  it('closes the stored version and contributions at the first event that replaced them', () => {
    const [first, ...rest] = events();
    const batch = planBatch(index, stored, [first, ...rest]);
    expect(batch.closedVersions).toEqual([{ id: '7', at: t1, by: first.eventId }]);
    expect(batch.closedContributions).toEqual([
      { id: '11', at: t1, by: first.eventId },
      { id: '12', at: t1, by: first.eventId },
    ]);
  });

  it('names the event that wrote each contribution and the one that replaced it', () => {
    const [compensation, correction, voiding] = events();
    const batch = planBatch(index, stored, [compensation, correction, voiding]);
    expect(batch.contributions.map((c) => [c.eventId, c.closedBy])).toEqual(Array(3).fill([compensation.eventId, voiding.eventId]));
  });

  it('writes a version per event up to the void, and keeps the contributions the unchanged correction left alone', () => {
    expect(plan().versions.map((v) => [v.from, v.to])).toEqual([
      [t1, t2],
      [t2, t3],
    ]);
    expect(plan().contributions.map((c) => [c.contribution.figure, c.from, c.to])).toEqual([
      ['toy.incidents', t1, t3],
      ['toy.incidentsToDate', t1, t3],
      ['toy.compensation', t1, t3],
    ]);
  });

  it('takes back everything the record contributed', () => {
    expect(plan().totals).toEqual([
      total('toy.compensation', 'chengbei', 0),
      total('toy.incidents', 'chengbei', -1),
      total('toy.incidentsToDate', 'chengbei', -1),
    ]);
  });
});

describe('an event for a record that does not exist and that it does not create', () => {
  it('writes nothing', () => {
    expect(planBatch(index, new Map(), [voided('i9', march2014)])).toEqual({
      closedVersions: [],
      versions: [],
      links: [],
      closedContributions: [],
      contributions: [],
      totals: [],
    });
  });
});
