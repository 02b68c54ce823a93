import { unlabelledCommandFields } from '@park-ledger/department/testing';
import { publishedEventsOf, randomSuffix, startProjectsHttp, type ProjectsHttp } from './testing/projects-http.harness';

const at = (day: string) => `2014-${day}T09:00:00+08:00`;

describe('a fresh projects service: a walk through every command endpoint', () => {
  let http: ProjectsHttp;
  const run = randomSuffix();
  const zoneId = `fucheng-${run}`;

  beforeAll(async () => {
    http = await startProjectsHttp();
  });
  afterAll(() => http?.close());

  /** Sends a command that must be accepted; returns its answer. */
  const accepted = async (path: string, body: object) => {
    const reply = await http.post(path, body);
    expect({ path, status: reply.status, body: reply.body }).toMatchObject({ path, status: 200 });
    expect(reply.headers.get('etag')).toBe(`"${reply.body.version}"`);
    return reply.body as { streamId: string; version: number; events: { type: string }[] };
  };

  /** The record's stored history has exactly these event types, and each one reached the topic keyed by its stream. */
  const storedAndPublished = async (recordPath: string, streamId: string, types: string[]) => {
    const history = await http.get(`${recordPath}/events`);
    expect(history.status).toBe(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(types);
    expect(history.body.map((e: { streamVersion: number }) => e.streamVersion)).toEqual(types.map((_, i) => i + 1));
    const published = await publishedEventsOf(http, streamId, types.length);
    expect(published.map((m) => m.envelope.eventId)).toEqual(history.body.map((e: { eventId: string }) => e.eventId));
    for (const m of published) {
      expect(m.key).toBe(streamId);
      expect(m.type).toBe(m.envelope.type);
      expect(m.envelope.department).toBe('projects');
      // on the topic the actor is sealed with the clerk's key (personal data); the history opens it
      expect(m.envelope.actor).toMatch(/^sealed\./);
    }
    expect(history.body.map((e: { actor: string }) => e.actor)).toEqual(types.map(() => 'clerk-projects'));
  };

  it('records the park registry: a zone, its platforms, a phase, a move, a correction and a voided platform', async () => {
    await accepted('/zones', { zoneId, occurredAt: at('01-02'), nameZh: '福城医药园', nameEn: 'Fucheng Pharmaceutical Park' });
    await accepted(`/zones/${zoneId}/add-platform`, { platformId: 'startup-park', occurredAt: at('01-03'), nameZh: '医药创业园' });
    await accepted(`/zones/${zoneId}/add-phase`, { platformId: 'startup-park', phaseId: 'phase-1', occurredAt: at('01-04'), nameZh: '一期' });
    await accepted(`/zones/${zoneId}/add-platform`, { platformId: 'logistics-park', occurredAt: at('01-05'), nameZh: '医药物流园' });
    await accepted(`/zones/${zoneId}/move-platform-site`, { platformId: 'startup-park', occurredAt: at('01-06'), siteZh: '仁和大道东侧' });
    await accepted(`/zones/${zoneId}/correct-entry`, {
      platformId: 'startup-park',
      occurredAt: at('01-07'),
      nameZh: '医药创业园',
      nameEn: 'Pharmaceutical start-up park',
      reason: '英文名称统一',
    });
    const voided = await accepted(`/zones/${zoneId}/void-entry`, { platformId: 'logistics-park', occurredAt: at('01-08'), reason: '误建' });
    expect(voided).toMatchObject({ streamId: `zone-${zoneId}`, version: 7, events: [{ type: 'ParkRegistryEntryVoided' }] });

    const zone = await http.get(`/zones/${zoneId}`, { authorization: `Bearer ${http.tokens.reader}` });
    expect(zone.status).toBe(200);
    expect(zone.headers.get('etag')).toBe('"7"');
    expect(zone.body.state).toEqual({
      status: 'Registered',
      zoneId,
      platforms: {
        'startup-park': { voided: false, voidedPhases: { 'phase-1': false } },
        'logistics-park': { voided: true, voidedPhases: {} },
      },
    });
    expect(zone.body).toMatchObject({
      recordId: zoneId,
      status: 'Registered',
      changedBy: 'clerk-projects',
      reason: '误建',
      corrected: true,
      voided: false,
      details: {
        zoneId,
        nameZh: '福城医药园',
        nameEn: 'Fucheng Pharmaceutical Park',
        platforms: [
          {
            platformId: 'startup-park',
            nameZh: '医药创业园',
            nameEn: 'Pharmaceutical start-up park',
            siteZh: '仁和大道东侧',
            voided: false,
            phases: [{ phaseId: 'phase-1', nameZh: '一期', nameEn: null, voided: false }],
          },
          { platformId: 'logistics-park', nameZh: '医药物流园', voided: true, phases: [] },
        ],
      },
    });

    // the registry as a list: every zone with its platforms and phases, named in zh and en
    const zones = await http.get(`/zones?q=${encodeURIComponent('医药创业园')}&limit=200`, { authorization: `Bearer ${http.tokens.reader}` });
    expect(zones.status).toBe(200);
    const listed = zones.body.items.find((item: { recordId: string }) => item.recordId === zoneId);
    expect(listed).toMatchObject({ version: 7, details: zone.body.details });
    expect((await http.get(`/zones?voided=false&limit=200`)).body.items.map((item: { recordId: string }) => item.recordId)).toContain(zoneId);

    await storedAndPublished(`/zones/${zoneId}`, `zone-${zoneId}`, [
      'ZoneRegistered',
      'PlatformAdded',
      'PlatformPhaseAdded',
      'PlatformAdded',
      'PlatformSiteMoved',
      'ParkRegistryEntryCorrected',
      'ParkRegistryEntryVoided',
    ]);
  });

  it('takes a project from lead to production, corrects it, and drops and voids others', async () => {
    const lead = (projectId: string) => ({
      projectId,
      occurredAt: at('02-01'),
      nameZh: '年产3000吨中药饮片项目',
      zoneId,
      platformId: 'startup-park',
      phaseId: 'phase-1',
      industry: 'pharma',
      investorNameZh: '江西仁和药业有限公司',
      plannedInvestmentYuan: 150_000_000,
    });
    const projectId = `p-${run}`;
    await accepted('/projects', lead(projectId));
    await accepted(`/projects/${projectId}/sign`, { occurredAt: at('03-01') });
    await accepted(`/projects/${projectId}/start-construction`, { occurredAt: at('04-01') });
    await accepted(`/projects/${projectId}/top-out`, { occurredAt: at('08-01') });
    await accepted(`/projects/${projectId}/correct-stage`, { occurredAt: at('08-02'), stage: 'ConstructionStarted', reason: '误报封顶' });
    await accepted(`/projects/${projectId}/top-out`, { occurredAt: at('09-01') });
    await accepted(`/projects/${projectId}/start-production`, { occurredAt: at('12-01') });
    const { occurredAt: _, projectId: __, ...details } = lead(projectId);
    await accepted(`/projects/${projectId}/correct-details`, {
      ...details,
      occurredAt: at('12-02'),
      plannedInvestmentYuan: 120_000_000,
      reason: '合同为1.2亿元',
    });
    await storedAndPublished(`/projects/${projectId}`, `project-${projectId}`, [
      'ProjectLeadRegistered',
      'ProjectSigned',
      'ProjectConstructionStarted',
      'ProjectToppedOut',
      'ProjectStageCorrected',
      'ProjectToppedOut',
      'ProjectProductionStarted',
      'ProjectDetailsCorrected',
    ]);

    await accepted('/projects', lead(`dropped-${run}`));
    await accepted(`/projects/dropped-${run}/drop`, { occurredAt: at('05-01'), reason: '投资方放弃入园' });
    await accepted('/projects', lead(`voided-${run}`));
    await accepted(`/projects/voided-${run}/void`, { occurredAt: at('05-01'), reason: '重复录入' });
    await storedAndPublished(`/projects/dropped-${run}`, `project-dropped-${run}`, ['ProjectLeadRegistered', 'ProjectDropped']);
    await storedAndPublished(`/projects/voided-${run}`, `project-voided-${run}`, ['ProjectLeadRegistered', 'ProjectVoided']);
  });

  it('follows an infrastructure work from tendering to correction and voiding', async () => {
    const workId = `roads-${run}`;
    const place = { zoneId, platformId: 'startup-park', phaseId: 'phase-1' };
    await accepted('/infrastructure-works', {
      workId,
      occurredAt: at('03-01'),
      nameZh: '医药创业园一期路网工程',
      ...place,
      kinds: ['road-network', 'irrigation-canal'],
      stage: 'tendering',
      expectedStartOn: '2014-04-01',
    });
    await accepted(`/infrastructure-works/${workId}/advance-stage`, { occurredAt: at('04-01'), stage: 'under-construction' });
    await accepted(`/infrastructure-works/${workId}/report-progress`, { occurredAt: at('06-30'), percentComplete: 80 });
    await accepted(`/infrastructure-works/${workId}/revise-schedule`, {
      occurredAt: at('07-01'),
      expectedStartOn: '2014-04-01',
      expectedCompletionOn: '2014-12-31',
    });
    await accepted(`/infrastructure-works/${workId}/correct`, {
      occurredAt: at('07-02'),
      nameZh: '医药创业园一期路网工程',
      ...place,
      kinds: ['road-network'],
      stage: 'under-construction',
      percentComplete: 70,
      reason: '进度误报为80%，监理核实为70%',
    });
    await accepted(`/infrastructure-works/${workId}/void`, { occurredAt: at('07-03'), reason: '重复登记' });
    await storedAndPublished(`/infrastructure-works/${workId}`, `infrastructure-work-${workId}`, [
      'InfrastructureWorkRegistered',
      'InfrastructureWorkStageReached',
      'InfrastructureWorkProgressReported',
      'InfrastructureWorkScheduleRevised',
      'InfrastructureWorkCorrected',
      'InfrastructureWorkVoided',
    ]);
  });

  it('files funding applications, grants, corrects and voids one, rejects another', async () => {
    const granted = `cluster-${run}`;
    const application = { occurredAt: at('03-01'), titleZh: '重点产业集群项目', requestedAmountYuan: 10_000_000 };
    await accepted('/funding-applications', { applicationId: granted, ...application });
    await accepted(`/funding-applications/${granted}/grant`, { occurredAt: at('06-01'), amountYuan: 7_500_000 });
    await accepted(`/funding-applications/${granted}/correct`, {
      ...application,
      occurredAt: at('06-02'),
      outcome: 'granted',
      grantedAmountYuan: 8_000_000,
      reason: '到账金额为800万元',
    });
    await accepted(`/funding-applications/${granted}/void`, { occurredAt: at('06-03'), reason: '重复录入' });
    await accepted('/funding-applications', { applicationId: `services-${run}`, ...application });
    await accepted(`/funding-applications/services-${run}/reject`, { occurredAt: at('06-01'), reason: '本年度指标已满' });
    await storedAndPublished(`/funding-applications/${granted}`, `funding-application-${granted}`, [
      'FundingApplicationFiled',
      'FundingApplicationGranted',
      'FundingApplicationCorrected',
      'FundingApplicationVoided',
    ]);
    await storedAndPublished(`/funding-applications/services-${run}`, `funding-application-services-${run}`, [
      'FundingApplicationFiled',
      'FundingApplicationRejected',
    ]);
  });

  it('submits, corrects and voids an enterprise’s monthly economic return', async () => {
    const enterpriseId = `jinghao-${run}`;
    const figures = {
      occurredAt: at('04-10'),
      enterpriseNameZh: '江西晶昊盐化有限公司',
      zoneId,
      platformId: 'startup-park',
      mainBusinessRevenueYuan: 186_000_000,
      industrialAddedValueYuan: 45_000_000,
      taxesYuan: 9_800_000,
    };
    const returnPath = `/economic-returns/${enterpriseId}/2014-03`;
    await accepted('/economic-returns', { enterpriseId, month: '2014-03', ...figures });
    await accepted(`${returnPath}/correct`, { ...figures, occurredAt: at('04-20'), mainBusinessRevenueYuan: 168_000_000, reason: '按统计局核定数更正' });
    await accepted(`${returnPath}/void`, { occurredAt: at('04-21'), reason: '企业填错月份' });
    expect((await http.get(returnPath)).body).toMatchObject({ version: 3, state: { status: 'Voided', enterpriseId, month: '2014-03' } });
    await storedAndPublished(returnPath, `economic-return-${enterpriseId}-2014-03`, [
      'EconomicReturnSubmitted',
      'EconomicReturnCorrected',
      'EconomicReturnVoided',
    ]);
  });

  it('records, corrects and voids a milestone of the park', async () => {
    const milestoneId = `national-base-${run}`;
    const facts = { occurredAt: at('10-15'), kind: 'national-base-approval', titleZh: '盐化基地获批国家级循环产业基地', date: '2014-10-15' };
    await accepted('/milestones', { milestoneId, ...facts });
    await accepted(`/milestones/${milestoneId}/correct`, { ...facts, occurredAt: at('10-16'), date: '2014-10-14', reason: '批复日期应为10月14日' });
    await accepted(`/milestones/${milestoneId}/void`, { occurredAt: at('10-17'), reason: '重复录入' });
    await storedAndPublished(`/milestones/${milestoneId}`, `milestone-${milestoneId}`, [
      'MilestoneRecorded',
      'MilestoneCorrected',
      'MilestoneVoided',
    ]);
  });

  it('documents every route in its OpenAPI document, each with a summary', async () => {
    const doc = (await http.get('/docs/openapi.json')).body as { paths: Record<string, Record<string, { summary?: string }>> };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, summary: op.summary })),
    );
    const ours = operations.filter(({ route }) => !/\/(health|metrics)/.test(route));
    expect(ours.filter(({ summary }) => !summary)).toEqual([]);
    expect(ours.map(({ route }) => route).sort()).toEqual(
      [
        'POST /zones',
        'POST /zones/{zoneId}/add-platform',
        'POST /zones/{zoneId}/add-phase',
        'POST /zones/{zoneId}/move-platform-site',
        'POST /zones/{zoneId}/correct-entry',
        'POST /zones/{zoneId}/void-entry',
        'GET /zones/{zoneId}',
        'GET /zones/{zoneId}/events',
        'POST /projects',
        'POST /projects/signed',
        'POST /projects/{projectId}/sign',
        'POST /projects/{projectId}/start-construction',
        'POST /projects/{projectId}/top-out',
        'POST /projects/{projectId}/start-production',
        'POST /projects/{projectId}/drop',
        'POST /projects/{projectId}/correct-details',
        'POST /projects/{projectId}/correct-stage',
        'POST /projects/{projectId}/void',
        'GET /projects/{projectId}',
        'GET /projects/{projectId}/events',
        'POST /infrastructure-works',
        'POST /infrastructure-works/{workId}/advance-stage',
        'POST /infrastructure-works/{workId}/report-progress',
        'POST /infrastructure-works/{workId}/revise-schedule',
        'POST /infrastructure-works/{workId}/correct',
        'POST /infrastructure-works/{workId}/void',
        'GET /infrastructure-works/{workId}',
        'GET /infrastructure-works/{workId}/events',
        'GET /internal/subject-keys',
        'POST /funding-applications',
        'POST /funding-applications/{applicationId}/grant',
        'POST /funding-applications/{applicationId}/reject',
        'POST /funding-applications/{applicationId}/correct',
        'POST /funding-applications/{applicationId}/void',
        'GET /funding-applications/{applicationId}',
        'GET /funding-applications/{applicationId}/events',
        'POST /economic-returns',
        'POST /economic-returns/{enterpriseId}/{month}/correct',
        'POST /economic-returns/{enterpriseId}/{month}/void',
        'GET /economic-returns/{enterpriseId}/{month}',
        'GET /economic-returns/{enterpriseId}/{month}/events',
        'POST /economic-returns/bulk',
        'POST /milestones',
        'POST /milestones/{milestoneId}/correct',
        'POST /milestones/{milestoneId}/void',
        'GET /milestones/{milestoneId}',
        'GET /milestones/{milestoneId}/events',
        ...['zones', 'projects', 'infrastructure-works', 'funding-applications', 'economic-returns', 'milestones'].map((list) => `GET /${list}`),
        'POST /admin/records/rebuild',
        'POST /admin/subjects/{id}/forget',
        'GET /park-zones',
        'GET /imports',
        'GET /imports/{command}/template',
        'POST /imports/{command}',
      ].sort(),
    );
  });

  it('registers a project already signed in one command, and offers the commands of each stage', async () => {
    await accepted('/zones', { zoneId: `${zoneId}-s`, occurredAt: at('01-02'), nameZh: '福城医药园' });
    await accepted(`/zones/${zoneId}-s/add-platform`, { platformId: 'startup', occurredAt: at('01-03'), nameZh: '医药创业园' });
    const projectId = `signed-${run}`;
    const lead = { occurredAt: at('06-18'), nameZh: '中药饮片项目', zoneId: `${zoneId}-s`, platformId: 'startup', industry: 'pharma', investorNameZh: '仁和', plannedInvestmentYuan: 1_000 };
    const signed = await accepted('/projects/signed', { projectId, ...lead });
    expect(signed.events.map((e) => e.type)).toEqual(['ProjectLeadRegistered', 'ProjectSigned']);
    const page = await http.get(`/projects/${projectId}`);
    expect(page.body).toMatchObject({ status: 'Signed', version: 2 });
    expect(page.body.commands).toEqual(['StartProjectConstruction', 'DropProject', 'CorrectProjectDetails', 'CorrectProjectStage', 'VoidProject']);
    await accepted(`/projects/${projectId}/start-construction`, { occurredAt: at('07-01') });
    const started = (await http.get(`/projects/${projectId}`)).body.commands;
    expect(started).toEqual(expect.arrayContaining(['TopOutProject', 'CorrectProjectDetails', 'VoidProject']));
    expect(started).not.toContain('StartProjectConstruction');
    expect(started).not.toContain('SignProject');
  });

  it('labels every field of every command in zh and en, and gives every command an operationId and summaries', async () => {
    const doc = (await http.get('/docs/openapi.json')).body;
    expect(unlabelledCommandFields(doc)).toEqual([]);
    expect(doc.paths['/projects/{projectId}/sign'].post).toMatchObject({ operationId: 'SignProject', summary: '项目签约落户' });
  });
});
