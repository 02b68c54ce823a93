import { randomSuffix, startServiceUnderTest, unlabelledCommandFields, type ServiceUnderTest } from '@park-ledger/department/testing';

let land: ServiceUnderTest;

beforeAll(async () => {
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
});

afterAll(() => land?.close());

const at = (day: string) => `2014-${day}T10:00:00+08:00`;
const details = { category: 'under-built', zoneId: 'fucheng', enterpriseNameZh: '赣通塑胶', idleAreaCentiMu: 3_100 };

describe('the land clerk’s workbench', () => {
  it('labels every field of every command in zh and en, with its unit and picker, and names every command', async () => {
    const document = (await land.get('/docs/openapi.json')).body;
    expect(unlabelledCommandFields(document)).toEqual([]);
    const identify = document.paths['/idle-parcels'].post;
    expect(identify).toMatchObject({ operationId: 'IdentifyIdleParcel', summary: '认定闲置土地', 'x-summary-en': expect.stringContaining('Identify') });
    const schema = document.components.schemas[identify.requestBody.content['application/json'].schema.$ref.split('/').pop()];
    expect(schema.properties.zoneId).toMatchObject({ title: '园区', 'x-title-en': 'Zone', 'x-pick': 'zone' });
    expect(schema.properties.idleAreaCentiMu).toMatchObject({ title: '闲置面积', 'x-unit': '0.01亩', type: 'integer' });
    expect(schema.properties.occurredAt).toMatchObject({ title: '发生时间', 'x-title-en': 'Occurred at', format: 'date-time' });
  });

  it('offers the commands that apply to a record as it stands, and its history with who and why', async () => {
    const parcelId = `P-${randomSuffix()}`;
    expect((await land.post('/idle-parcels', { parcelId, occurredAt: at('06-30'), ...details })).status).toBe(200);
    const identified = await land.get(`/idle-parcels/${parcelId}`);
    expect(identified.body.commands).toEqual([
      'CorrectIdleParcel',
      'ReclaimIdleParcel',
      'SubmitRectificationCommitment',
      'CollectIdleLandFee',
      'VoidIdleParcel',
    ]);

    // a fee collected: its correction applies now
    await land.post(`/idle-parcels/${parcelId}/collect-fee`, { occurredAt: at('07-01'), receiptNo: 'FEE-1', amountYuan: 100 });
    expect((await land.get(`/idle-parcels/${parcelId}`)).body.commands).toContain('CorrectIdleLandFee');

    const voided = await land.post(`/idle-parcels/${parcelId}/void`, { occurredAt: at('07-02'), reason: '重复录入' }, { 'if-match': '"2"' });
    expect(voided.status).toBe(200);
    const page = await land.get(`/idle-parcels/${parcelId}`);
    expect(page.body.commands).toEqual([]);
    expect(page.body.history).toEqual([
      expect.objectContaining({ type: 'IdleParcelIdentified', streamVersion: 1, occurredAt: '2014-06-30T02:00:00.000Z', actor: 'clerk-land', reason: null }),
      expect.objectContaining({ type: 'IdleLandFeeCollected', streamVersion: 2, reason: null }),
      expect.objectContaining({ type: 'IdleParcelVoided', streamVersion: 3, occurredAt: '2014-07-02T02:00:00.000Z', reason: '重复录入', recordedAt: expect.stringMatching(/Z$/) }),
    ]);
  });

  it('answers a malformed command with each error at its field, by constraint', async () => {
    const reply = await land.post('/idle-parcels', { parcelId: `P-${randomSuffix()}`, occurredAt: at('06-30'), ...details, idleAreaCentiMu: 1.5, extra: 1 });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^idleAreaCentiMu: /)]));
    expect(reply.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'idleAreaCentiMu', constraint: 'isInt', message: 'idleAreaCentiMu must be an integer number' },
        { field: 'extra', constraint: 'whitelistValidation', message: 'property extra should not exist' },
      ]),
    );
  });

  it('lists the park’s zones for pickers, in the shape every department service answers', async () => {
    const zones = (await land.get('/park-zones')).body;
    expect(zones).toEqual(expect.arrayContaining([expect.objectContaining({ zoneId: 'fucheng', registered: true, platforms: [] })]));
  });
});
