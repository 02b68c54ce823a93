// The park of the seed (樟树市工业园区, "一园三区") as reference data, and the registry commands
// that enter it into the projects service. Placing the metal-furniture park and the auto-parts
// city in Chengbei is DOMAIN.md's assumption; the seed does not say.
import { at, demoRecord, step, type DemoRecord, type DemoStep } from './demo-record';

export interface Named {
  readonly zh: string;
  readonly en: string;
}

export interface Platform {
  readonly platformId: string;
  readonly name: Named;
  readonly addedOn: string;
  readonly parentPlatformId?: string;
  readonly phases?: readonly { readonly phaseId: string; readonly name: Named; readonly addedOn: string }[];
  /** A site change during the year (选址调整). */
  readonly movedTo?: { readonly site: Named; readonly on: string };
}

export interface Zone {
  readonly zoneId: string;
  readonly name: Named;
  readonly registeredOn: string;
  readonly platforms: readonly Platform[];
}

export const CHENGBEI = 'chengbei';
export const FUCHENG = 'fucheng-pharma';
export const SALT_BASE = 'salt-chemical-base';

export const park: readonly Zone[] = [
  {
    zoneId: CHENGBEI,
    name: { zh: '城北开发区', en: 'Chengbei Development Zone' },
    registeredOn: '2012-02-06',
    platforms: [
      { platformId: 'metal-furniture-park', name: { zh: '金属家具产业园', en: 'Metal-furniture industrial park' }, addedOn: '2012-02-06' },
      {
        platformId: 'metal-furniture-tech-park',
        parentPlatformId: 'metal-furniture-park',
        name: { zh: '金属产业科技园', en: 'Metal industry tech park' },
        addedOn: '2014-01-08',
        movedTo: { site: { zh: '仁和大道东侧', en: 'East side of Renhe Avenue' }, on: '2014-05-20' },
      },
      {
        platformId: 'metal-furniture-incubator',
        parentPlatformId: 'metal-furniture-park',
        name: { zh: '金属产业孵化园', en: 'Metal industry incubator park' },
        addedOn: '2014-01-08',
      },
      { platformId: 'auto-parts-city', name: { zh: '汽配城', en: 'Auto-parts city' }, addedOn: '2012-05-14' },
    ],
  },
  {
    zoneId: FUCHENG,
    name: { zh: '福城医药园', en: 'Fucheng Pharmaceutical Park' },
    registeredOn: '2012-02-06',
    platforms: [
      {
        platformId: 'pharma-logistics-park',
        name: { zh: '医药物流园', en: 'Pharma logistics park' },
        addedOn: '2012-09-03',
        phases: [
          { phaseId: 'phase-1', name: { zh: '一期', en: 'Phase 1' }, addedOn: '2012-09-03' },
          { phaseId: 'phase-2', name: { zh: '二期', en: 'Phase 2' }, addedOn: '2014-03-10' },
        ],
      },
      {
        platformId: 'pharma-startup-park',
        name: { zh: '医药创业园', en: 'Pharma start-up park' },
        addedOn: '2012-03-12',
        phases: [
          { phaseId: 'phase-1', name: { zh: '一期', en: 'Phase 1' }, addedOn: '2012-03-12' },
          { phaseId: 'phase-2', name: { zh: '二期', en: 'Phase 2' }, addedOn: '2013-11-18' },
          { phaseId: 'public-supporting-area', name: { zh: '公共配套区', en: 'Public supporting area' }, addedOn: '2014-02-17' },
        ],
      },
    ],
  },
  {
    zoneId: SALT_BASE,
    name: { zh: '盐化基地', en: 'Salt-Chemical Base' },
    registeredOn: '2012-02-06',
    platforms: [{ platformId: 'salt-chemical-base', name: { zh: '盐化工业基地', en: 'Salt-chemical industrial base' }, addedOn: '2012-02-06' }],
  },
];

/** The base's wastewater plant and its six works (a safety-service facility, not a platform). */
export const wastewaterPlant = {
  facilityId: 'salt-base-wwtp',
  zoneId: SALT_BASE,
  name: { zh: '盐化基地污水处理厂', en: 'Salt-Chemical Base wastewater treatment plant' },
  works: [
    { workId: 'online-monitoring', zh: '在线监控体系建设', en: 'online monitoring system' },
    { workId: 'emergency-pool', zh: '应急调节池建设', en: 'emergency regulating pool' },
    { workId: 'salt-tolerant-bacteria', zh: '耐盐菌种培育', en: 'salt-tolerant bacteria cultivation' },
    { workId: 'rain-sewage-network', zh: '盐化基地雨污管网改造', en: 'base rain and sewage network renovation' },
    { workId: 'enterprise-separation', zh: '企业雨污分流改造', en: 'enterprise rain/sewage separation' },
    { workId: 'high-salt-pretreatment', zh: '企业高盐废水预处理', en: 'enterprise high-salt wastewater pretreatment' },
  ],
} as const;

const platformSteps = (zoneId: string, platform: Platform): DemoStep[] => [
  step(`/zones/${zoneId}/add-platform`, {
    platformId: platform.platformId,
    occurredAt: at(platform.addedOn),
    ...(platform.parentPlatformId ? { parentPlatformId: platform.parentPlatformId } : {}),
    nameZh: platform.name.zh,
    nameEn: platform.name.en,
  }),
  ...(platform.phases ?? []).map((phase) =>
    step(`/zones/${zoneId}/add-phase`, {
      platformId: platform.platformId,
      phaseId: phase.phaseId,
      occurredAt: at(phase.addedOn, '10:00'),
      nameZh: phase.name.zh,
      nameEn: phase.name.en,
    }),
  ),
];

const moves = (zoneId: string, platforms: readonly Platform[]): DemoStep[] =>
  platforms.flatMap(({ platformId, movedTo }) =>
    movedTo
      ? [step(`/zones/${zoneId}/move-platform-site`, { platformId, occurredAt: at(movedTo.on), siteZh: movedTo.site.zh, siteEn: movedTo.site.en })]
      : [],
  );

const byBusinessTime = (a: DemoStep, b: DemoStep) => String(a.body.occurredAt).localeCompare(String(b.body.occurredAt));

/** One record per zone: the zone, its platforms (parents first), phases and site moves, in business order. */
export const registryRecords = (): DemoRecord[] =>
  park.map(({ zoneId, name, registeredOn, platforms }) =>
    demoRecord('projects', `zone-${zoneId}`, [
      step('/zones', { zoneId, occurredAt: at(registeredOn, '09:00'), nameZh: name.zh, nameEn: name.en }),
      ...[...platforms.flatMap((platform) => platformSteps(zoneId, platform)), ...moves(zoneId, platforms)].sort(byBusinessTime),
    ]),
  );
