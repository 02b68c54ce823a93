import { randomSuffix, startServiceUnderTest, unlabelledCommandFields, type ServiceUnderTest } from '@park-ledger/department/testing';

let safety: ServiceUnderTest;

beforeAll(async () => {
  safety = await startServiceUnderTest('safety', async () => (await import('./app.module')).AppModule);
});

afterAll(() => safety?.close());

const at = (day: string) => `2014-${day}T10:00:00+08:00`;
const zoneId = 'salt-chemical-base';

describe('an empty safety service', () => {
  it('records a reminder batch, its correction and voiding', async () => {
    const batchId = `sms-${randomSuffix()}`;
    const streamId = `reminder-batch-${batchId}`;
    await safety.walk(streamId, [
      ['/reminder-batches', { batchId, occurredAt: at('06-02'), channel: 'sms', zoneId, count: 120 }],
      [`/reminder-batches/${batchId}/correct`, { occurredAt: at('06-03'), channel: 'sms', zoneId, count: 126, reason: '数量录入错误' }],
    ]);
    expect((await safety.get(`/reminder-batches/${batchId}`)).body).toMatchObject({
      streamId,
      version: 2,
      state: { status: 'Sent' },
      details: { batchId, channel: 'sms', zoneId, count: 126 },
      changedBy: 'clerk-safety',
      reason: '数量录入错误',
      corrected: true,
    });
    expect((await safety.post(`/reminder-batches/${batchId}/void`, { occurredAt: at('06-04'), reason: 'twice' })).status).toBe(200);
    const voided = await safety.get(`/reminder-batches?zone=${zoneId}&voided=true&from=2014-06-02&to=2014-06-02&limit=200`);
    expect(voided.body.items.find((item: { recordId: string }) => item.recordId === batchId)).toMatchObject({
      status: 'Voided',
      voided: true,
      reason: 'twice',
      version: 3,
    });
    await safety.expectStoredAndPublished(`/reminder-batches/${batchId}`, streamId, [
      'ReminderBatchSent',
      'ReminderBatchCorrected',
      'ReminderBatchVoided',
    ]);
  });

  it('says on every read of a record that it is current as of the answer, nothing pending', async () => {
    const batchId = `sms-${randomSuffix()}`;
    await safety.walk(`reminder-batch-${batchId}`, [['/reminder-batches', { batchId, occurredAt: at('06-02'), channel: 'sms', zoneId, count: 3 }]]);
    const before = Date.now();
    for (const path of [`/reminder-batches/${batchId}`, `/reminder-batches/${batchId}/events`]) {
      const read = await safety.get(path);
      expect(read.status).toBe(200);
      expect(Date.parse(read.headers.get('x-data-as-of') ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(read.headers.get('x-pending-messages')).toBe('0');
    }
    const document = (await safety.get('/docs/openapi.json')).body;
    expect(Object.keys(document.paths['/reminder-batches/{batchId}'].get.responses['200'].headers)).toEqual(['X-Data-As-Of', 'X-Pending-Messages']);
  });

  it('records an inspection round, its correction and voiding', async () => {
    const inspectionId = `w23-${randomSuffix()}`;
    const streamId = `safety-inspection-${inspectionId}`;
    const round = { kind: 'weekly-small', zoneId, findingsCount: 2 };
    await safety.walk(streamId, [
      ['/safety-inspections', { inspectionId, occurredAt: at('06-05'), ...round, summaryZh: '两家企业消防通道堵塞' }],
      [`/safety-inspections/${inspectionId}/correct`, { occurredAt: at('06-06'), ...round, findingsCount: 3, reason: 'missed one' }],
      [`/safety-inspections/${inspectionId}/void`, { occurredAt: at('06-07'), reason: 'entered twice' }],
    ]);
    expect((await safety.get(`/safety-inspections/${inspectionId}`)).body.state).toEqual({ status: 'Voided' });
    await safety.expectStoredAndPublished(`/safety-inspections/${inspectionId}`, streamId, [
      'SafetyInspectionConducted',
      'SafetyInspectionCorrected',
      'SafetyInspectionVoided',
    ]);
  });

  it('records a hazard from its finding through rectification and penalty to voiding', async () => {
    const hazardId = `H-${randomSuffix()}`;
    const streamId = `hazard-${hazardId}`;
    const details = { zoneId, enterpriseNameZh: '晶昊盐化', descriptionZh: '高盐废水未经预处理直排' };
    await safety.walk(streamId, [
      [`/hazards`, { hazardId, occurredAt: at('06-10'), ...details }],
      [`/hazards/${hazardId}/correct-details`, { occurredAt: at('06-11'), ...details, enterpriseNameEn: 'Jinghao', reason: 'name' }],
      [`/hazards/${hazardId}/order-rectification`, { occurredAt: at('06-12'), stopProduction: true, rectifyBy: '2014-07-31' }],
      [`/hazards/${hazardId}/correct-rectification-order`, { occurredAt: at('06-13'), stopProduction: false, reason: 'lifted' }],
      [`/hazards/${hazardId}/impose-penalty`, { occurredAt: at('06-14'), amountYuan: 50_000 }],
      [`/hazards/${hazardId}/correct-penalty`, { occurredAt: at('06-15'), amountYuan: 30_000, reason: 'appeal' }],
      [`/hazards/${hazardId}/verify-rectification`, { occurredAt: at('07-31') }],
    ]);
    expect((await safety.get(`/hazards/${hazardId}`)).body).toMatchObject({
      streamId,
      version: 7,
      state: { status: 'Found', rectification: 'Verified', penaltyImposed: true },
    });
    expect((await safety.post(`/hazards/${hazardId}/void`, { occurredAt: at('08-01'), reason: 'test record' })).status).toBe(200);
    await safety.expectStoredAndPublished(`/hazards/${hazardId}`, streamId, [
      'HazardFound',
      'HazardDetailsCorrected',
      'HazardRectificationOrdered',
      'HazardRectificationOrderCorrected',
      'HazardPenaltyImposed',
      'HazardPenaltyCorrected',
      'HazardRectificationVerified',
      'HazardVoided',
    ]);
  });

  it('records a pollution incident from its report through compensation to voiding', async () => {
    const incidentId = `PI-${randomSuffix()}`;
    const streamId = `pollution-incident-${incidentId}`;
    const details = { zoneId, enterpriseNameZh: '科海化工', descriptionZh: '废水外溢污染农田' };
    await safety.walk(streamId, [
      ['/pollution-incidents', { incidentId, occurredAt: at('05-20'), ...details }],
      [`/pollution-incidents/${incidentId}/correct-details`, { occurredAt: at('05-21'), ...details, descriptionZh: '废水外溢', reason: 'x' }],
      [`/pollution-incidents/${incidentId}/handle`, { occurredAt: at('05-22'), measuresZh: '封堵排口,清运污水,复垦农田' }],
      [`/pollution-incidents/${incidentId}/pay-compensation`, { occurredAt: at('06-01'), amountYuan: 30_000 }],
      [`/pollution-incidents/${incidentId}/correct-compensation`, { occurredAt: at('06-02'), amountYuan: 35_000, reason: 'receipt' }],
      [`/pollution-incidents/${incidentId}/void`, { occurredAt: at('06-03'), reason: 'test record' }],
    ]);
    await safety.expectStoredAndPublished(`/pollution-incidents/${incidentId}`, streamId, [
      'PollutionIncidentReported',
      'PollutionIncidentDetailsCorrected',
      'PollutionIncidentHandled',
      'PollutionCompensationPaid',
      'PollutionCompensationCorrected',
      'PollutionIncidentVoided',
    ]);
  });

  it('records a safety accident from its report through handling to voiding', async () => {
    const accidentId = `A-${randomSuffix()}`;
    const streamId = `safety-accident-${accidentId}`;
    const details = { zoneId: 'chengbei', severity: 'ordinary', descriptionZh: '冲压工手部受伤' };
    await safety.walk(streamId, [
      ['/safety-accidents', { accidentId, occurredAt: at('04-02'), ...details }],
      [`/safety-accidents/${accidentId}/correct-details`, { occurredAt: at('04-03'), ...details, severity: 'serious', reason: 'x' }],
      [`/safety-accidents/${accidentId}/handle`, { occurredAt: at('04-10'), majorNegativeImpact: false, outcomeZh: '伤者及时送医' }],
      [`/safety-accidents/${accidentId}/correct-handling`, { occurredAt: at('04-11'), majorNegativeImpact: true, reason: 'press' }],
    ]);
    expect((await safety.get(`/safety-accidents/${accidentId}`)).body.state).toEqual({ status: 'Reported', handled: true });
    expect((await safety.post(`/safety-accidents/${accidentId}/void`, { occurredAt: at('04-12'), reason: 'test' })).status).toBe(200);
    await safety.expectStoredAndPublished(`/safety-accidents/${accidentId}`, streamId, [
      'SafetyAccidentReported',
      'SafetyAccidentDetailsCorrected',
      'SafetyAccidentHandled',
      'SafetyAccidentHandlingCorrected',
      'SafetyAccidentVoided',
    ]);
  });

  it('records an environmental facility from registration through its works to commissioning, and another voided', async () => {
    const facilityId = `wwtp-${randomSuffix()}`;
    const streamId = `environmental-facility-${facilityId}`;
    const plant = { nameZh: '盐化基地污水处理厂', zoneId, works: [{ workId: 'emergency-pool', nameZh: '应急调节池建设' }] };
    const works = [...plant.works, { workId: 'pipe-network', nameZh: '污水管网' }];
    await safety.walk(streamId, [
      ['/environmental-facilities', { facilityId, occurredAt: at('03-01'), ...plant }],
      [`/environmental-facilities/${facilityId}/correct-details`, { occurredAt: at('03-02'), ...plant, works, reason: 'work missed' }],
      [`/environmental-facilities/${facilityId}/complete-work`, { occurredAt: at('09-01'), workId: 'emergency-pool' }],
      [`/environmental-facilities/${facilityId}/complete-work`, { occurredAt: at('09-02'), workId: 'pipe-network' }],
      [`/environmental-facilities/${facilityId}/commission`, { occurredAt: at('10-01') }],
    ]);
    expect((await safety.get(`/environmental-facilities/${facilityId}`)).body.state).toEqual({
      status: 'Registered',
      workIds: ['emergency-pool', 'pipe-network'],
      completedWorkIds: ['emergency-pool', 'pipe-network'],
      commissioned: true,
    });
    await safety.expectStoredAndPublished(`/environmental-facilities/${facilityId}`, streamId, [
      'EnvironmentalFacilityRegistered',
      'EnvironmentalFacilityDetailsCorrected',
      'EnvironmentalFacilityWorkCompleted',
      'EnvironmentalFacilityWorkCompleted',
      'EnvironmentalFacilityCommissioned',
    ]);

    const voidedId = `wwtp-${randomSuffix()}`;
    await safety.walk(`environmental-facility-${voidedId}`, [
      ['/environmental-facilities', { facilityId: voidedId, occurredAt: at('03-01'), ...plant }],
      [`/environmental-facilities/${voidedId}/void`, { occurredAt: at('03-02'), reason: 'entered twice' }],
    ]);
    await safety.expectStoredAndPublished(`/environmental-facilities/${voidedId}`, `environmental-facility-${voidedId}`, [
      'EnvironmentalFacilityRegistered',
      'EnvironmentalFacilityVoided',
    ]);
  });

  it('labels every field of every command in zh and en, and gives every command an operationId and summaries', async () => {
    const document = (await safety.get('/docs/openapi.json')).body;
    expect(unlabelledCommandFields(document)).toEqual([]);
    expect(document.paths['/hazards'].post).toMatchObject({ operationId: 'ReportHazard', summary: '发现安全隐患' });
  });

  it('documents every endpoint in its OpenAPI document', async () => {
    const document = await safety.get('/docs/openapi.json');
    expect(document.status).toBe(200);
    const paths = document.body.paths as Record<string, Record<string, { summary?: string }>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, { summary }]) => ({ route: `${method.toUpperCase()} ${path}`, summary })),
    );
    const routes = operations.map((operation) => operation.route);
    const commands = {
      '/reminder-batches': ['correct', 'void'],
      '/safety-inspections': ['correct', 'void'],
      '/hazards': [
        'correct-details',
        'order-rectification',
        'correct-rectification-order',
        'verify-rectification',
        'impose-penalty',
        'correct-penalty',
        'void',
      ],
      '/pollution-incidents': ['correct-details', 'handle', 'pay-compensation', 'correct-compensation', 'void'],
      '/safety-accidents': ['correct-details', 'handle', 'correct-handling', 'void'],
      '/environmental-facilities': ['correct-details', 'complete-work', 'commission', 'void'],
    };
    for (const [plural, verbs] of Object.entries(commands)) {
      const read = routes.find((route) => route.startsWith(`GET ${plural}/{`) && route.endsWith('}'));
      const id = read?.slice(`GET ${plural}/`.length);
      expect(routes).toEqual(
        expect.arrayContaining([
          `POST ${plural}`,
          `GET ${plural}/${id}`,
          `GET ${plural}/${id}/events`,
          ...verbs.map((verb) => `POST ${plural}/${id}/${verb}`),
        ]),
      );
    }
    const safetyOperations = operations.filter((operation) => Object.keys(commands).some((plural) => operation.route.includes(plural)));
    expect(safetyOperations).toHaveLength(6 * 4 + Object.values(commands).flat().length);
    expect(safetyOperations.filter((operation) => !operation.summary)).toEqual([]);
  });
});
