import type { EventEnvelope } from '@park-ledger/contracts';
import { landEvents, projectsEvents, safetyEvents } from '@park-ledger/contracts';
import { figureCatalogue, figureNamed } from './catalogue';
import type { RecordProjection } from './record-projection';
import { economicReturnHistories } from './economic-return/economic-return.examples';
import { environmentalFacilityHistories } from './environmental-facility/environmental-facility.examples';
import { expansionPlanHistories } from './expansion-plan/expansion-plan.examples';
import { fundingApplicationHistories } from './funding-application/funding-application.examples';
import { hazardHistories } from './hazard/hazard.examples';
import { idleParcelHistories } from './idle-parcel/idle-parcel.examples';
import { allProjections } from './all-projections';
import { infrastructureWorkHistories } from './infrastructure-work/infrastructure-work.examples';
import { landTaxArrearsHistories } from './land-tax-arrears/land-tax-arrears.examples';
import { milestoneHistories } from './milestone/milestone.examples';
import { pollutionIncidentHistories } from './pollution-incident/pollution-incident.examples';
import { projectHistories } from './project/project.examples';
import { relocationHistories } from './relocation/relocation.examples';
import { reminderBatchHistories } from './reminder-batch/reminder-batch.examples';
import { safetyAccidentHistories } from './safety-accident/safety-accident.examples';
import { safetyMonthlyTallyHistories } from './safety-monthly-tally/safety-monthly-tally.examples';
import { safetyInspectionHistories } from './safety-inspection/safety-inspection.examples';
import { contributionsAfter } from './testing/projection-testing';
import { zoneHistories } from './zone/zone.examples';

const historiesByKind: Record<string, EventEnvelope[][]> = {
  zone: zoneHistories,
  project: projectHistories,
  'infrastructure-work': infrastructureWorkHistories,
  'funding-application': fundingApplicationHistories,
  'economic-return': economicReturnHistories,
  milestone: milestoneHistories,
  'idle-parcel': idleParcelHistories,
  'land-tax-arrears': landTaxArrearsHistories,
  'expansion-plan': expansionPlanHistories,
  relocation: relocationHistories,
  'reminder-batch': reminderBatchHistories,
  'safety-inspection': safetyInspectionHistories,
  hazard: hazardHistories,
  'pollution-incident': pollutionIncidentHistories,
  'safety-accident': safetyAccidentHistories,
  'environmental-facility': environmentalFacilityHistories,
  'safety-monthly-tally': safetyMonthlyTallyHistories,
};

const emitted = (projection: RecordProjection<unknown>) =>
  historiesByKind[projection.kind].flatMap((history) => contributionsAfter(projection, history));

describe('the figure catalogue', () => {
  it('states every figure of percentages per item, by one of its dims, never as a sum', () => {
    const percents = figureCatalogue.filter((figure) => figure.unit === 'percent');
    expect(percents.map((figure) => figure.name)).toContain('infrastructure.progress-percent');
    for (const figure of percents) expect(figure.dims).toContain(figure.per);
  });
});

describe('the projections and the figure catalogue', () => {
  it.each(allProjections.map((projection) => [projection.kind, projection] as const))(
    '%s emits only catalogued figures, with their dims, as integers in well-formed months',
    (_kind, projection) => {
      const problems = emitted(projection).flatMap((contribution) => {
        const definition = figureNamed(contribution.figure);
        if (!definition) return [`${contribution.figure} is not in the catalogue`];
        const stray = Object.keys(contribution.dims).filter((dim) => !definition.dims.includes(dim));
        return [
          ...stray.map((dim) => `${contribution.figure} has dim ${dim}`),
          ...(Number.isSafeInteger(contribution.value) ? [] : [`${contribution.figure} value ${contribution.value}`]),
          ...(/^\d{4}-(0[1-9]|1[0-2])$/.test(contribution.period) ? [] : [`${contribution.figure} period ${contribution.period}`]),
        ];
      });
      expect(problems).toEqual([]);
    },
  );

  it('has every catalogued figure emitted by some example history', () => {
    const figures = new Set(allProjections.flatMap((projection) => emitted(projection).map((c) => c.figure)));
    expect(figureCatalogue.map((definition) => definition.name).filter((name) => !figures.has(name))).toEqual([]);
  });

  it('names each figure once', () => {
    expect(new Set(figureCatalogue.map((definition) => definition.name)).size).toBe(figureCatalogue.length);
  });

  it('claims every department event type in exactly one projection', () => {
    const claimed = allProjections.flatMap((projection) => projection.eventTypes);
    const published = [...projectsEvents, ...landEvents, ...safetyEvents].map((definition) => definition.type);
    expect([...claimed].sort()).toEqual([...published].sort());
  });
});
