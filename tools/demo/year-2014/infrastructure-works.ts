// 平台建设: the infrastructure works the seed reports. Its platform paragraphs were written in the
// autumn ("expected to start in November", "to be completed before year end"), so the last
// reports are from late September and the works stand at year end as the seed describes them.
import { FUCHENG } from '../park';
import { at, demoRecord, step, type DemoRecord, type DemoStep } from '../demo-record';

interface Work {
  readonly workId: string;
  readonly zh: string;
  readonly en: string;
  readonly platformId: string;
  readonly phaseId: string;
  readonly kinds: readonly string[];
  readonly registered: { readonly on: string; readonly stage: string; readonly expectedStartOn?: string; readonly expectedCompletionOn?: string };
  readonly stages?: readonly (readonly [on: string, stage: string])[];
  readonly progress?: readonly (readonly [on: string, percent: number])[];
}

const works: readonly Work[] = [
  {
    workId: 'logistics-p1-roads',
    zh: '医药物流园一期路网工程',
    en: 'Pharma logistics park phase 1 road network',
    platformId: 'pharma-logistics-park',
    phaseId: 'phase-1',
    kinds: ['road-network'],
    registered: { on: '2013-10-15', stage: 'tendering', expectedStartOn: '2014-03-01', expectedCompletionOn: '2014-12-31' },
    stages: [['2014-03-18', 'under-construction']],
    progress: [['2014-05-30', 25], ['2014-07-31', 48], ['2014-09-26', 70]],
  },
  {
    workId: 'logistics-p2-roads-canal',
    zh: '医药物流园二期路网、灌溉渠工程',
    en: 'Pharma logistics park phase 2 road network and irrigation canal',
    platformId: 'pharma-logistics-park',
    phaseId: 'phase-2',
    kinds: ['road-network', 'irrigation-canal'],
    registered: { on: '2014-04-08', stage: 'design', expectedStartOn: '2014-11-01', expectedCompletionOn: '2015-10-31' },
    stages: [['2014-06-20', 'drawing-review'], ['2014-08-15', 'budget'], ['2014-09-25', 'tendering']],
  },
  {
    workId: 'startup-p1-roads-pipes',
    zh: '医药创业园一期路网管网工程',
    en: 'Pharma start-up park phase 1 road and pipe networks',
    platformId: 'pharma-startup-park',
    phaseId: 'phase-1',
    kinds: ['road-network', 'pipe-network'],
    registered: { on: '2013-03-11', stage: 'under-construction', expectedCompletionOn: '2014-12-31' },
    progress: [['2013-10-31', 40], ['2014-04-30', 65], ['2014-09-26', 90]],
  },
  {
    workId: 'startup-p2-roads',
    zh: '医药创业园二期路网工程',
    en: 'Pharma start-up park phase 2 road network',
    platformId: 'pharma-startup-park',
    phaseId: 'phase-2',
    kinds: ['road-network'],
    registered: { on: '2014-03-04', stage: 'tendering', expectedStartOn: '2014-07-01' },
    stages: [['2014-07-08', 'under-construction']],
  },
  {
    workId: 'startup-public-area-plan',
    zh: '医药创业园公共配套区整体规划',
    en: 'Pharma start-up park public supporting area master plan',
    platformId: 'pharma-startup-park',
    phaseId: 'public-supporting-area',
    kinds: ['planning'],
    registered: { on: '2014-02-24', stage: 'design' },
    stages: [['2014-06-27', 'completed']],
  },
  {
    workId: 'startup-public-rental-housing',
    zh: '医药创业园公租房',
    en: 'Pharma start-up park public rental housing',
    platformId: 'pharma-startup-park',
    phaseId: 'public-supporting-area',
    kinds: ['public-rental-housing'],
    registered: { on: '2014-05-12', stage: 'tendering', expectedStartOn: '2014-08-01', expectedCompletionOn: '2015-12-31' },
    stages: [['2014-08-18', 'under-construction']],
  },
];

const workSteps = (work: Work): DemoStep[] => {
  const { on, ...registered } = work.registered;
  const path = `/infrastructure-works/${work.workId}`;
  return [
    step('/infrastructure-works', {
      workId: work.workId,
      occurredAt: at(on),
      nameZh: work.zh,
      nameEn: work.en,
      zoneId: FUCHENG,
      platformId: work.platformId,
      phaseId: work.phaseId,
      kinds: work.kinds,
      ...registered,
    }),
    ...(work.stages ?? []).map(([date, stage]) => step(`${path}/advance-stage`, { occurredAt: at(date, '16:00'), stage })),
    ...(work.progress ?? []).map(([date, percentComplete]) =>
      step(`${path}/report-progress`, { occurredAt: at(date, '17:00'), percentComplete }),
    ),
  ].sort((a, b) => String(a.body.occurredAt).localeCompare(String(b.body.occurredAt)));
};

export const infrastructureWorkRecords = (): DemoRecord[] =>
  works.map((work) => demoRecord('projects', `work-${work.workId}`, workSteps(work)));
