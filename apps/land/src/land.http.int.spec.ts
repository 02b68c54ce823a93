import { randomSuffix, startServiceUnderTest, type ServiceUnderTest } from '@park-ledger/department/testing';

let land: ServiceUnderTest;

beforeAll(async () => {
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
});

afterAll(() => land?.close());

const at = (day: string) => `2014-${day}T10:00:00+08:00`;

describe('an empty land service', () => {
  it('records an idle parcel from identification to voiding', async () => {
    const parcelId = `P-${randomSuffix()}`;
    const streamId = `idle-parcel-${parcelId}`;
    const details = { category: 'supplied-unused', zoneId: 'chengbei', enterpriseNameZh: '新瑭虹', idleAreaCentiMu: 50_000 };
    await land.walk(streamId, [
      ['/idle-parcels', { parcelId, occurredAt: at('06-30'), ...details }],
      [`/idle-parcels/${parcelId}/correct-details`, { occurredAt: at('07-01'), ...details, idleAreaCentiMu: 48_000, reason: 'area' }],
      [`/idle-parcels/${parcelId}/reclaim`, { occurredAt: at('08-01'), reclaimedAreaCentiMu: 20_000 }],
      [`/idle-parcels/${parcelId}/correct-reclaim`, { occurredAt: at('08-02'), reclaimedAreaCentiMu: 21_000, reason: 'survey' }],
      [`/idle-parcels/${parcelId}/submit-commitment`, { occurredAt: at('08-10'), rectifyBy: '2015-06-30' }],
      [`/idle-parcels/${parcelId}/collect-fee`, { occurredAt: at('09-01'), receiptNo: 'FEE-2014-001', amountYuan: 100_000 }],
      [`/idle-parcels/${parcelId}/correct-fee`, { occurredAt: at('09-02'), receiptNo: 'FEE-2014-001', amountYuan: 120_000, reason: 'x' }],
    ]);

    const current = await land.get(`/idle-parcels/${parcelId}`);
    expect(current.status).toBe(200);
    expect(current.headers.get('etag')).toBe('"7"');
    expect(current.body).toMatchObject({
      streamId,
      version: 7,
      state: {
        status: 'Identified',
        idleAreaCentiMu: 48_000,
        reclaimedAreaCentiMu: 21_000,
        commitmentSubmitted: true,
        feeReceipts: ['FEE-2014-001'],
      },
    });

    expect((await land.post(`/idle-parcels/${parcelId}/void`, { occurredAt: at('10-01'), reason: 'entered twice' })).body.version).toBe(8);
    await land.expectStoredAndPublished(`/idle-parcels/${parcelId}`, streamId, [
      'IdleParcelIdentified',
      'IdleParcelDetailsCorrected',
      'IdleParcelReclaimed',
      'IdleParcelReclaimCorrected',
      'IdleLandRectificationCommitmentSubmitted',
      'IdleLandFeeCollected',
      'IdleLandFeeCorrected',
      'IdleParcelVoided',
    ]);
  });

  it('records a land-use tax arrears collection, its correction and voiding', async () => {
    const collectionId = `arrears-${randomSuffix()}`;
    const streamId = `land-tax-arrears-${collectionId}`;
    const enterpriseNameZh = '恒辉';
    await land.walk(streamId, [
      ['/land-tax-arrears', { collectionId, occurredAt: at('12-20'), enterpriseNameZh, amountYuan: 7_390_000 }],
      [`/land-tax-arrears/${collectionId}/correct`, { occurredAt: at('12-21'), enterpriseNameZh, amountYuan: 7_400_000, reason: 'typo' }],
    ]);
    expect((await land.get(`/land-tax-arrears/${collectionId}`)).body).toMatchObject({ streamId, version: 2, state: { status: 'Collected' } });
    expect((await land.post(`/land-tax-arrears/${collectionId}/void`, { occurredAt: at('12-22'), reason: 'duplicate' })).status).toBe(200);
    await land.expectStoredAndPublished(`/land-tax-arrears/${collectionId}`, streamId, [
      'LandUseTaxArrearsCollected',
      'LandUseTaxArrearsCollectionCorrected',
      'LandUseTaxArrearsCollectionVoided',
    ]);
  });

  it('records an expansion plan from listing through approval to voiding', async () => {
    const planId = `expansion-${randomSuffix()}`;
    const streamId = `expansion-plan-${planId}`;
    const plan = {
      nameZh: '樟树工业园区扩区调区',
      listedByZh: '江西省人民政府',
      approvedAreaBeforeCentiHectares: 30_000,
      plannedAreaCentiHectares: 166_100,
      preparatoryTasks: [{ taskId: 'feasibility-report', nameZh: '可研报告' }],
    };
    const tasks = [...plan.preparatoryTasks, { taskId: 'land-use-report', nameZh: '土地集约节约报告' }];
    await land.walk(streamId, [
      ['/expansion-plans', { planId, occurredAt: at('09-15'), ...plan }],
      [`/expansion-plans/${planId}/correct-details`, { occurredAt: at('09-16'), ...plan, preparatoryTasks: tasks, reason: 'task missed' }],
      [`/expansion-plans/${planId}/complete-task`, { occurredAt: at('10-01'), taskId: 'feasibility-report' }],
      [`/expansion-plans/${planId}/complete-task`, { occurredAt: at('10-02'), taskId: 'land-use-report' }],
      [`/expansion-plans/${planId}/approve-area`, { occurredAt: at('11-01'), approvedAreaCentiHectares: 166_100 }],
      [`/expansion-plans/${planId}/correct-approval`, { occurredAt: at('11-02'), approvedAreaCentiHectares: 166_137, reason: 'gazette' }],
    ]);
    expect((await land.get(`/expansion-plans/${planId}`)).body.state).toEqual({
      status: 'Listed',
      taskIds: ['feasibility-report', 'land-use-report'],
      completedTaskIds: ['feasibility-report', 'land-use-report'],
      approvedAreaCentiHectares: 166_137,
    });
    expect((await land.post(`/expansion-plans/${planId}/void`, { occurredAt: at('11-03'), reason: 'test' })).status).toBe(200);
    await land.expectStoredAndPublished(`/expansion-plans/${planId}`, streamId, [
      'ExpansionPlanListed',
      'ExpansionPlanDetailsCorrected',
      'ExpansionPreparatoryTaskCompleted',
      'ExpansionPreparatoryTaskCompleted',
      'ExpansionAreaApproved',
      'ExpansionAreaApprovalCorrected',
      'ExpansionPlanVoided',
    ]);
  });

  it('records a relocation through its steps to completion, and another voided', async () => {
    const relocationId = `relocation-${randomSuffix()}`;
    const streamId = `relocation-${relocationId}`;
    const steps = ['asset-inventory', 'appraisal', 'compensation-agreement', 'old-site-handover', 'new-site-construction'];
    await land.walk(streamId, [
      ['/relocations', { relocationId, occurredAt: at('07-10'), enterpriseNameZh: '赣中氯碱' }],
      [`/relocations/${relocationId}/correct-details`, { occurredAt: at('07-11'), enterpriseNameZh: '赣中氯碱', reason: 'name' }],
      ...steps.map((step, i): [string, object] => [`/relocations/${relocationId}/complete-step`, { occurredAt: at(`08-1${i}`), step }]),
      [`/relocations/${relocationId}/complete`, { occurredAt: at('12-01') }],
    ]);
    expect((await land.get(`/relocations/${relocationId}`)).body).toMatchObject({ streamId, version: 8, state: { status: 'Completed' } });
    await land.expectStoredAndPublished(`/relocations/${relocationId}`, streamId, [
      'RelocationStarted',
      'RelocationDetailsCorrected',
      ...steps.map(() => 'RelocationStepCompleted'),
      'RelocationCompleted',
    ]);

    const voidedId = `relocation-${randomSuffix()}`;
    await land.walk(`relocation-${voidedId}`, [
      ['/relocations', { relocationId: voidedId, occurredAt: at('07-10'), enterpriseNameZh: '赣中氯碱' }],
      [`/relocations/${voidedId}/void`, { occurredAt: at('07-11'), reason: 'entered twice' }],
    ]);
    await land.expectStoredAndPublished(`/relocations/${voidedId}`, `relocation-${voidedId}`, ['RelocationStarted', 'RelocationVoided']);
  });

  it('documents every endpoint in its OpenAPI document', async () => {
    const document = await land.get('/docs/openapi.json');
    expect(document.status).toBe(200);
    const paths = document.body.paths as Record<string, Record<string, { summary?: string }>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, { summary }]) => ({ route: `${method.toUpperCase()} ${path}`, summary })),
    );
    const routes = operations.map((operation) => operation.route);
    const commands = {
      '/idle-parcels': ['correct-details', 'reclaim', 'correct-reclaim', 'submit-commitment', 'collect-fee', 'correct-fee', 'void'],
      '/land-tax-arrears': ['correct', 'void'],
      '/expansion-plans': ['correct-details', 'complete-task', 'approve-area', 'correct-approval', 'void'],
      '/relocations': ['correct-details', 'complete-step', 'complete', 'void'],
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
    const landOperations = operations.filter((operation) => Object.keys(commands).some((plural) => operation.route.includes(plural)));
    expect(landOperations).toHaveLength(4 * 4 + Object.values(commands).flat().length);
    expect(landOperations.filter((operation) => !operation.summary)).toEqual([]);

    // each command documents its body, and every operation the parameters of its path
    type Operation = { requestBody?: unknown; parameters?: { name: string; in: string }[] };
    const documented = Object.entries(document.body.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    const undocumented = documented.flatMap(({ path, method, operation }) => [
      ...(method === 'post' && !path.startsWith('/admin/') && !operation.requestBody ? [`${method} ${path}: no request body`] : []),
      ...[...path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !operation.parameters?.some((p) => p.in === 'path' && p.name === name))
        .map((name) => `${method} ${path}: no path parameter ${name}`),
    ]);
    expect(undocumented).toEqual([]);
  });
});
