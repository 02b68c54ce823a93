import { EventRegistry } from '../event-registry';
import { projectsEvents } from './projects';

const registry = new EventRegistry(projectsEvents);

const envelope = (type: string, payload: unknown) => ({
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type,
  schemaVersion: 1,
  streamId: 'economic-return-jinghao-2014-03',
  streamVersion: 1,
  occurredAt: '2014-04-10T01:00:00.000Z',
  recordedAt: '2014-04-10T01:00:05.000Z',
  department: 'projects',
  actor: 'projects-clerk',
  correlationId: 'c-1',
  causationId: null,
  payload,
});

const monthlyReturn = {
  enterpriseId: 'jinghao',
  month: '2014-03',
  enterpriseNameZh: '江西晶昊盐化有限公司',
  zoneId: 'salt-chemical-base',
  mainBusinessRevenueYuan: 42_150_000_000,
  industrialAddedValueYuan: 10_350_000_000,
  taxesYuan: 2_380_000_000,
};

describe('the projects department events', () => {
  it('are uniquely named, PascalCase, and all belong to projects at schema version 1', () => {
    expect(registry.types).toHaveLength(projectsEvents.length);
    expect(projectsEvents.every((d) => d.department === 'projects' && d.schemaVersion === 1)).toBe(true);
  });

  it('carry the seed year totals as whole yuan', () => {
    expect(registry.decode(JSON.stringify(envelope('EconomicReturnSubmitted', monthlyReturn)))).toMatchObject({ ok: true });
  });

  it('refuse a malformed month, record id, kind or percentage, naming the field', () => {
    expect(registry.validatePayload('EconomicReturnSubmitted', { ...monthlyReturn, month: '2014-13' })).toEqual([
      'payload.month: must match /^\\d{4}-(0[1-9]|1[0-2])$/',
    ]);
    expect(registry.validatePayload('ProjectSigned', { projectId: 'has space' })).toHaveLength(1);
    expect(registry.validatePayload('InfrastructureWorkProgressReported', { workId: 'w', percentComplete: 101 })).toEqual([
      'payload.percentComplete: must be an integer between 0 and 100',
    ]);
    expect(
      registry.validatePayload('InfrastructureWorkStageReached', { workId: 'w', stage: 'demolished' }),
    ).toHaveLength(1);
  });

  it('take a null expected date when a schedule is revised to "unknown"', () => {
    expect(
      registry.validatePayload('InfrastructureWorkScheduleRevised', {
        workId: 'w',
        expectedStartOn: null,
        expectedCompletionOn: '2014-12-31',
      }),
    ).toEqual([]);
  });
});
