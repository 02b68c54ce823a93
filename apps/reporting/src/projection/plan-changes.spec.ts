import { compensated, reported, resetToyStreams, toyIncidents, voided, zoneCorrected } from '../testing/toy-projection';
import { planChanges, recordKey } from './plan-changes';

const projections = [toyIncidents as never];
const rowOf = (incidentId: string, row: unknown) => new Map([[recordKey('toy-incident', incidentId), row]]);
const march2014 = '2014-03-10T02:00:00.000Z';

beforeEach(resetToyStreams);

describe('a record never seen before', () => {
  it('gets its first row and adds its contributions to the totals', () => {
    const plan = planChanges(projections, new Map(), reported('i1', 'chengbei', march2014));
    expect(plan.changes).toEqual([
      {
        kind: 'toy-incident',
        recordId: 'i1',
        row: { zoneId: 'chengbei', month: '2014-03' },
        contributions: expect.arrayContaining([expect.objectContaining({ figure: 'toy.incidents', value: 1 })]),
      },
    ]);
    expect(plan.deltas).toEqual(
      expect.arrayContaining([
        { figure: 'toy.incidents', period: '2014-03', dims: { zoneId: 'chengbei' }, delta: 1 },
        { figure: 'toy.incidentsToDate', period: '2014-03', dims: { zoneId: 'chengbei' }, delta: 1 },
      ]),
    );
  });

  it('is left alone by an event that does not create it', () => {
    expect(planChanges(projections, new Map(), voided('i9', march2014))).toEqual({ changes: [], deltas: [] });
  });
});

describe('a record counted in one zone', () => {
  const row = { zoneId: 'chengbei', month: '2014-03' };

  it('moves its count to the corrected zone: minus one here, plus one there, never both', () => {
    const plan = planChanges(projections, rowOf('i1', row), zoneCorrected('i1', 'fucheng', '2015-01-05T00:00:00Z'));
    const incidents = plan.deltas.filter((d) => d.figure === 'toy.incidents');
    expect(incidents).toEqual(
      expect.arrayContaining([
        { figure: 'toy.incidents', period: '2014-03', dims: { zoneId: 'chengbei' }, delta: -1 },
        { figure: 'toy.incidents', period: '2014-03', dims: { zoneId: 'fucheng' }, delta: 1 },
      ]),
    );
    expect(incidents).toHaveLength(2);
  });

  it('adds only the new figure when a payment leaves the old contributions as they were', () => {
    const plan = planChanges(projections, rowOf('i1', row), compensated('i1', 5000, '2014-06-01T00:00:00Z'));
    expect(plan.deltas).toEqual([{ figure: 'toy.compensation', period: '2014-06', dims: { zoneId: 'chengbei' }, delta: 5000 }]);
  });

  it('takes back everything it contributed when voided', () => {
    const plan = planChanges(projections, rowOf('i1', row), voided('i1', '2014-04-01T00:00:00Z'));
    expect(plan.changes).toEqual([{ kind: 'toy-incident', recordId: 'i1', row: null, contributions: [] }]);
    expect(plan.deltas.map((d) => d.delta)).toEqual([-1, -1]);
  });

  it('changes no total when an event leaves its contributions unchanged', () => {
    const plan = planChanges(projections, rowOf('i1', row), zoneCorrected('i1', 'chengbei', '2014-04-01T00:00:00Z'));
    expect(plan.changes).toEqual([{ kind: 'toy-incident', recordId: 'i1', row, contributions: undefined }]);
    expect(plan.deltas).toEqual([]);
  });
});

describe('a projection that produces a fractional value', () => {
  it('is refused, so the event is parked rather than stored wrong', () => {
    const broken = { ...toyIncidents, contributions: () => [{ figure: 'x', period: '2014-01', dims: {}, value: 0.5 }] };
    expect(() => planChanges([broken as never], new Map(), reported('i1', 'z', march2014))).toThrow(/not an integer/);
  });
});
