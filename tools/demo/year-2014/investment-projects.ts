// 招商引资: every investment project of the platforms the seed names, with the history before 2014
// that makes the platforms' cumulative counts true. Each cohort is a group of projects that went
// through the same stages in the same windows of time.
//
// Where the seed disagrees with itself we tell one story (the generated totals are sums of these):
// - 2014 signed 44 = Chengbei 28 (metal-furniture park 12, tech park 3, incubator 5, auto-parts city 8)
//   + Fucheng 13 (logistics park 4, start-up park phase 1: 2, phase 2: 7) + salt-chemical base 3.
// - Under negotiation at year end, by the seed's list: tech park 12, incubator 13, start-up park
//   phase 2 8, logistics park 3, auto-parts city 2, salt-chemical base 3 = 41 (the seed prints 43).
// - The logistics park paragraph says 4 under negotiation: it was written in the autumn (it still
//   expects a November start); one of the four was dropped in November, leaving the list's 3.
// - Tech park: the paragraph's "12 initially negotiated, 3 signed" and the list's 12 under negotiation
//   are both kept by 15 leads (12 at the old site, 3 after the move to 仁和大道东侧), 3 of them signed.
//   Incubator (18 leads = 5 signed + 13) and phase 2 (15 = 7 + 8) agree with the list as printed.
import { CHENGBEI, FUCHENG, SALT_BASE } from '../park';
import { at, demoRecord, spread, step, type DemoRecord, type DemoStep } from '../demo-record';
import { industries, type Industry } from './industries';

type Window = readonly [from: string, to: string];

interface Cohort {
  readonly count: number;
  readonly lead: Window;
  readonly signed?: Window;
  readonly started?: Window;
  readonly toppedOut?: Window;
  readonly dropped?: { readonly on: string; readonly reason: string };
}

interface Platform {
  readonly prefix: string;
  readonly zoneId: string;
  readonly platformId: string;
  readonly phaseId?: string;
  readonly industry: Industry;
  readonly cohorts: readonly Cohort[];
}

const platforms: readonly Platform[] = [
  {
    prefix: 'metal-furniture', zoneId: CHENGBEI, platformId: 'metal-furniture-park', industry: 'metal-furniture',
    cohorts: [
      { count: 8, lead: ['2012-06-04', '2013-03-29'], signed: ['2012-09-10', '2013-06-28'], started: ['2013-01-14', '2013-10-15'] },
      { count: 6, lead: ['2013-10-08', '2014-02-28'], signed: ['2014-02-18', '2014-06-27'], started: ['2014-06-16', '2014-12-10'] },
      { count: 6, lead: ['2014-01-06', '2014-06-30'], signed: ['2014-07-08', '2014-12-05'] },
    ],
  },
  {
    prefix: 'tech-park', zoneId: CHENGBEI, platformId: 'metal-furniture-tech-park', industry: 'metal-furniture',
    cohorts: [
      { count: 3, lead: ['2014-01-15', '2014-03-20'], signed: ['2014-07-10', '2014-11-18'] },
      { count: 9, lead: ['2014-01-20', '2014-04-30'] },
      { count: 3, lead: ['2014-06-10', '2014-10-30'] },
    ],
  },
  {
    prefix: 'incubator', zoneId: CHENGBEI, platformId: 'metal-furniture-incubator', industry: 'metal-furniture',
    cohorts: [
      { count: 4, lead: ['2014-02-10', '2014-04-10'], signed: ['2014-04-21', '2014-07-15'], started: ['2014-08-12', '2014-11-20'] },
      { count: 1, lead: ['2014-03-18', '2014-03-18'], signed: ['2014-09-23', '2014-09-23'] },
      { count: 13, lead: ['2014-02-17', '2014-12-12'] },
    ],
  },
  {
    prefix: 'auto-parts', zoneId: CHENGBEI, platformId: 'auto-parts-city', industry: 'auto-parts',
    cohorts: [
      { count: 5, lead: ['2012-10-09', '2013-04-16'], signed: ['2013-03-12', '2013-09-17'], started: ['2013-05-20', '2013-12-16'] },
      { count: 8, lead: ['2013-11-05', '2014-05-20'], signed: ['2014-03-11', '2014-11-25'] },
      { count: 2, lead: ['2014-08-19', '2014-11-11'] },
    ],
  },
  {
    prefix: 'logistics-p1', zoneId: FUCHENG, platformId: 'pharma-logistics-park', phaseId: 'phase-1', industry: 'pharma-logistics',
    cohorts: [
      { count: 6, lead: ['2012-10-15', '2013-03-18'], signed: ['2013-02-25', '2013-09-24'] },
      { count: 4, lead: ['2013-12-09', '2014-04-15'], signed: ['2014-03-25', '2014-10-21'] },
    ],
  },
  {
    prefix: 'logistics-p2', zoneId: FUCHENG, platformId: 'pharma-logistics-park', phaseId: 'phase-2', industry: 'pharma-logistics',
    cohorts: [
      { count: 3, lead: ['2014-04-08', '2014-09-16'] },
      { count: 1, lead: ['2014-05-13', '2014-05-13'], dropped: { on: '2014-11-18', reason: '投资方调整战略布局，放弃入园' } },
    ],
  },
  {
    prefix: 'startup-p1', zoneId: FUCHENG, platformId: 'pharma-startup-park', phaseId: 'phase-1', industry: 'pharma',
    cohorts: [
      {
        count: 11, lead: ['2012-03-20', '2012-09-25'], signed: ['2012-05-15', '2012-12-18'],
        started: ['2012-08-20', '2013-04-22'], toppedOut: ['2013-03-26', '2013-11-28'],
      },
      {
        count: 4, lead: ['2012-08-14', '2013-01-15'], signed: ['2012-11-20', '2013-05-21'],
        started: ['2013-06-18', '2013-11-19'], toppedOut: ['2014-03-25', '2014-09-26'],
      },
      { count: 5, lead: ['2013-01-08', '2013-05-14'], signed: ['2013-04-16', '2013-09-10'], started: ['2013-10-22', '2014-06-17'] },
      { count: 2, lead: ['2013-05-21', '2013-08-13'], signed: ['2013-08-27', '2013-11-26'] },
      { count: 2, lead: ['2013-12-10', '2014-02-18'], signed: ['2014-04-15', '2014-08-19'] },
    ],
  },
  {
    prefix: 'startup-p2', zoneId: FUCHENG, platformId: 'pharma-startup-park', phaseId: 'phase-2', industry: 'pharma',
    cohorts: [
      { count: 2, lead: ['2014-01-14', '2014-02-25'], signed: ['2014-03-18', '2014-05-20'], started: ['2014-08-26', '2014-10-28'] },
      { count: 5, lead: ['2014-01-21', '2014-04-22'], signed: ['2014-05-27', '2014-11-25'] },
      { count: 8, lead: ['2014-02-11', '2014-11-18'] },
    ],
  },
  {
    prefix: 'salt-chemical', zoneId: SALT_BASE, platformId: 'salt-chemical-base', industry: 'salt-chemical',
    cohorts: [
      { count: 3, lead: ['2013-12-03', '2014-03-11'], signed: ['2014-05-13', '2014-10-14'] },
      { count: 3, lead: ['2014-06-17', '2014-12-09'] },
    ],
  },
];

const dates = (count: number, window?: Window) => (window ? spread(count, window[0], window[1]) : []);

const projectSteps = (platform: Platform, cohort: Cohort, i: number, projectId: string, n: number): DemoStep[] => {
  const industry = industries[platform.industry];
  const [lead, signed, started, toppedOut] = [cohort.lead, cohort.signed, cohort.started, cohort.toppedOut].map(
    (window) => dates(cohort.count, window)[i],
  );
  const at1 = (date: string | undefined, time: string) => (date === undefined ? [] : [at(date, time)]);
  return [
    step('/projects', {
      projectId,
      occurredAt: at(lead, '10:00'),
      nameZh: industry.projectName(n).zh,
      nameEn: industry.projectName(n).en,
      zoneId: platform.zoneId,
      platformId: platform.platformId,
      ...(platform.phaseId ? { phaseId: platform.phaseId } : {}),
      industry: platform.industry,
      investorNameZh: industry.investorName(n),
      plannedInvestmentYuan: industry.plannedInvestment(n),
    }),
    ...at1(signed, '15:00').map((occurredAt) => step(`/projects/${projectId}/sign`, { occurredAt })),
    ...at1(started, '09:00').map((occurredAt) => step(`/projects/${projectId}/start-construction`, { occurredAt })),
    ...at1(toppedOut, '11:00').map((occurredAt) => step(`/projects/${projectId}/top-out`, { occurredAt })),
    ...(cohort.dropped
      ? [step(`/projects/${projectId}/drop`, { occurredAt: at(cohort.dropped.on), reason: cohort.dropped.reason })]
      : []),
  ];
};

/** One record per project, numbered per platform: `tech-park-01`, …. */
export const investmentProjectRecords = (): DemoRecord[] =>
  platforms.flatMap((platform, p) => {
    let n = 0;
    return platform.cohorts.flatMap((cohort) =>
      Array.from({ length: cohort.count }, (_, i) => {
        n += 1;
        const projectId = `${platform.prefix}-${String(n).padStart(2, '0')}`;
        return demoRecord('projects', `project-${projectId}`, projectSteps(platform, cohort, i, projectId, p * 40 + n));
      }),
    );
  });
