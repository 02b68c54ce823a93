// A correction of a record's details restates them (the contracts name every detail, the deciders' commands say
// "restates"), so an optional detail the correction leaves out is gone, as ProjectDetailsCorrected and
// InfrastructureWorkCorrected already read it; what the record has lived through since (handling, fees, steps) stays.
import type { RecordProjection } from './record-projection';
import { environmentalFacilityProjection } from './environmental-facility/environmental-facility.projection';
import { expansionPlanProjection } from './expansion-plan/expansion-plan.projection';
import { hazardProjection } from './hazard/hazard.projection';
import { idleParcelProjection } from './idle-parcel/idle-parcel.projection';
import { pollutionIncidentProjection } from './pollution-incident/pollution-incident.projection';
import { relocationProjection } from './relocation/relocation.projection';
import { safetyAccidentProjection } from './safety-accident/safety-accident.projection';
import { replay, streamOf } from './testing/projection-testing';

interface Case {
  readonly projection: RecordProjection<unknown>;
  readonly stream: string;
  readonly department: 'land' | 'safety';
  readonly first: [string, Record<string, unknown>];
  /** something the record lived through between the two: it must stay */
  readonly lived: [string, Record<string, unknown>, string];
  readonly correction: string;
  /** the optional details the correction leaves out */
  readonly dropped: readonly string[];
}

const cases: Case[] = [
  {
    projection: idleParcelProjection as RecordProjection<unknown>,
    stream: 'idle-parcel-p1',
    department: 'land',
    first: ['IdleParcelIdentified', { parcelId: 'p1', category: 'under-built', zoneId: 'salt', enterpriseNameZh: '企业甲', enterpriseNameEn: 'Enterprise A', idleAreaCentiMu: 5000 }],
    lived: ['IdleLandFeeCollected', { parcelId: 'p1', receiptNo: 'R1', amountYuan: 100 }, 'fees'],
    correction: 'IdleParcelDetailsCorrected',
    dropped: ['enterpriseNameEn'],
  },
  {
    projection: pollutionIncidentProjection as RecordProjection<unknown>,
    stream: 'pollution-incident-e1',
    department: 'safety',
    first: ['PollutionIncidentReported', { incidentId: 'e1', zoneId: 'salt', enterpriseNameZh: '企业甲', enterpriseNameEn: 'Enterprise A', descriptionZh: '污水外溢' }],
    lived: ['PollutionIncidentHandled', { incidentId: 'e1', measuresZh: '截流' }, 'handling'],
    correction: 'PollutionIncidentDetailsCorrected',
    dropped: ['enterpriseNameZh', 'enterpriseNameEn'],
  },
  {
    projection: hazardProjection as RecordProjection<unknown>,
    stream: 'hazard-h1',
    department: 'safety',
    first: ['HazardFound', { hazardId: 'h1', zoneId: 'salt', enterpriseNameZh: '企业甲', enterpriseNameEn: 'Enterprise A', descriptionZh: '消防通道堵塞', inspectionId: 'i1' }],
    lived: ['HazardRectificationOrdered', { hazardId: 'h1', stopProduction: true }, 'order'],
    correction: 'HazardDetailsCorrected',
    dropped: ['enterpriseNameEn', 'inspectionId'],
  },
  {
    projection: relocationProjection as RecordProjection<unknown>,
    stream: 'relocation-r1',
    department: 'land',
    first: ['RelocationStarted', { relocationId: 'r1', enterpriseNameZh: '企业甲', enterpriseNameEn: 'Enterprise A' }],
    lived: ['RelocationStepCompleted', { relocationId: 'r1', step: 'asset-inventory' }, 'steps'],
    correction: 'RelocationDetailsCorrected',
    dropped: ['enterpriseNameEn'],
  },
  {
    projection: expansionPlanProjection as RecordProjection<unknown>,
    stream: 'expansion-plan-x1',
    department: 'land',
    first: [
      'ExpansionPlanListed',
      { planId: 'x1', nameZh: '扩区调区计划', nameEn: 'expansion plan', listedByZh: '省人民政府', listedByEn: 'provincial government', approvedAreaBeforeCentiHectares: 30_000, plannedAreaCentiHectares: 166_100, preparatoryTasks: [{ taskId: 't1', nameZh: '前期工作甲' }] },
    ],
    lived: ['ExpansionPreparatoryTaskCompleted', { planId: 'x1', taskId: 't1' }, 'completedTasks'],
    correction: 'ExpansionPlanDetailsCorrected',
    dropped: ['nameEn', 'listedByEn'],
  },
  {
    projection: environmentalFacilityProjection as RecordProjection<unknown>,
    stream: 'environmental-facility-f1',
    department: 'safety',
    first: ['EnvironmentalFacilityRegistered', { facilityId: 'f1', nameZh: '污水处理厂', nameEn: 'wastewater plant', zoneId: 'salt', works: [{ workId: 'w1', nameZh: '管网' }] }],
    lived: ['EnvironmentalFacilityWorkCompleted', { facilityId: 'f1', workId: 'w1' }, 'completedWorks'],
    correction: 'EnvironmentalFacilityDetailsCorrected',
    dropped: ['nameEn'],
  },
  {
    projection: safetyAccidentProjection as RecordProjection<unknown>,
    stream: 'safety-accident-a1',
    department: 'safety',
    first: ['SafetyAccidentReported', { accidentId: 'a1', zoneId: 'salt', enterpriseNameZh: '企业甲', enterpriseNameEn: 'Enterprise A', severity: 'ordinary', descriptionZh: '机械伤害' }],
    lived: ['SafetyAccidentHandled', { accidentId: 'a1', majorNegativeImpact: false }, 'handling'],
    correction: 'SafetyAccidentDetailsCorrected',
    dropped: ['enterpriseNameZh', 'enterpriseNameEn'],
  },
];

describe.each(cases)('$correction', ({ projection, stream, department, first, lived, correction, dropped }) => {
  const recorded = streamOf(stream, department);
  const [type, details] = first;
  const restatedDetails = Object.fromEntries(Object.entries(details).filter(([key]) => !dropped.includes(key)));
  // as the wire carries them: the left-out details are absent from the correction's JSON
  const history = JSON.parse(
    JSON.stringify([
      recorded(type, details, '2014-03-01T09:00:00+08:00'),
      recorded(lived[0], lived[1], '2014-04-01T09:00:00+08:00'),
      recorded(correction, { ...restatedDetails, reason: 'the name was entered for another enterprise' }, '2014-05-01T09:00:00+08:00'),
    ]),
  );

  it(`clears ${dropped.join(' and ')}, which the correction leaves out, and keeps what the record lived through`, () => {
    const before = replay(projection, history.slice(0, 2)) as Record<string, unknown>;
    const row = replay(projection, history) as Record<string, unknown>;
    for (const key of dropped) expect(before[key]).toBeDefined();
    for (const key of dropped) expect(row[key]).toBeUndefined();
    expect(row).toMatchObject(restatedDetails);
    expect(row[lived[2]]).toEqual(before[lived[2]]);
    expect(row).not.toHaveProperty('reason');
  });
});
