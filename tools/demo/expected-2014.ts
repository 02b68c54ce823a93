// The figures the seed states, as the reporting service must give them for the loaded demo.
// `dims` selects the contributions carrying those values (as the figures query's `dims=` does);
// flows are summed over the year, stocks up to its end. Amounts in 元, areas in hundredths.
// Where the seed is inconsistent, the value is the one the demo's events decide (see the comments
// in year-2014/*.ts); a `note` says so.
import { CHENGBEI, FUCHENG, SALT_BASE } from './park';
import { ECONOMY_2014 } from './year-2014/economic-returns';
import { CORRECTED_INCIDENT } from './year-2014/safety-incidents';

export interface ExpectedFigure {
  readonly figure: string;
  readonly dims?: Readonly<Record<string, string>>;
  readonly value: number;
  readonly note?: string;
}

const techPark = { platformId: 'metal-furniture-tech-park' };
const incubator = { platformId: 'metal-furniture-incubator' };
const logistics = { platformId: 'pharma-logistics-park' };
const startupPhase1 = { platformId: 'pharma-startup-park', phaseId: 'phase-1' };
const startupPhase2 = { platformId: 'pharma-startup-park', phaseId: 'phase-2' };
const wastewaterPlant = { facilityId: 'salt-base-wwtp' };

export const expected2014: readonly ExpectedFigure[] = [
  { figure: 'economy.main-business-revenue', value: ECONOMY_2014.mainBusinessRevenueYuan },
  { figure: 'economy.industrial-added-value', value: ECONOMY_2014.industrialAddedValueYuan },
  { figure: 'economy.taxes', value: ECONOMY_2014.taxesYuan },

  { figure: 'projects.signed', value: 44 },
  { figure: 'projects.signed', dims: { zoneId: CHENGBEI }, value: 28 },
  { figure: 'projects.signed', dims: { zoneId: FUCHENG }, value: 13 },
  { figure: 'projects.signed', dims: { zoneId: SALT_BASE }, value: 3 },
  { figure: 'projects.negotiating', value: 41, note: 'the seed prints 43 but lists 41' },
  { figure: 'projects.negotiating', dims: techPark, value: 12 },
  { figure: 'projects.negotiating', dims: incubator, value: 13 },
  { figure: 'projects.negotiating', dims: startupPhase2, value: 8 },
  { figure: 'projects.negotiating', dims: logistics, value: 3, note: 'the logistics paragraph says 4: one was dropped in November' },
  { figure: 'projects.negotiating', dims: { platformId: 'auto-parts-city' }, value: 2 },
  { figure: 'projects.negotiating', dims: { platformId: 'salt-chemical-base' }, value: 3 },
  { figure: 'projects.signed-to-date', dims: logistics, value: 10 },
  { figure: 'projects.signed-to-date', dims: startupPhase1, value: 24 },
  { figure: 'projects.topped-out-to-date', dims: startupPhase1, value: 15 },
  { figure: 'projects.leads', dims: startupPhase2, value: 15 },
  { figure: 'projects.signed-to-date', dims: startupPhase2, value: 7 },
  { figure: 'projects.started-to-date', dims: startupPhase2, value: 2 },
  { figure: 'projects.signed-to-date', dims: techPark, value: 3 },
  { figure: 'projects.leads', dims: incubator, value: 18 },
  { figure: 'projects.signed-to-date', dims: incubator, value: 5 },
  { figure: 'projects.started-to-date', dims: incubator, value: 4 },

  { figure: 'infrastructure.progress-percent', dims: { workId: 'logistics-p1-roads' }, value: 70 },
  { figure: 'infrastructure.progress-percent', dims: { workId: 'startup-p1-roads-pipes' }, value: 90 },
  { figure: 'infrastructure.works', dims: { ...logistics, phaseId: 'phase-2', stage: 'tendering' }, value: 1 },
  { figure: 'infrastructure.works', dims: { ...startupPhase2, stage: 'under-construction' }, value: 1 },
  { figure: 'infrastructure.works', dims: { platformId: 'pharma-startup-park', phaseId: 'public-supporting-area', stage: 'under-construction' }, value: 1, note: 'public rental housing' },
  { figure: 'infrastructure.works-completed', dims: { platformId: 'pharma-startup-park', phaseId: 'public-supporting-area' }, value: 1, note: 'the area’s master plan' },

  { figure: 'funding.granted', value: 8 },
  { figure: 'funding.granted-yuan', value: 63_000_000, note: 'the seed says 约6300万元' },
  { figure: 'funding.pending', value: 3 },

  { figure: 'milestones.recorded', dims: { kind: 'provincial-key-industrial-cluster' }, value: 2 },
  { figure: 'milestones.recorded', dims: { kind: 'provincial-demonstration-cluster' }, value: 1 },
  { figure: 'milestones.recorded', dims: { kind: 'national-base-approval' }, value: 1 },
  { figure: 'milestones.recorded', dims: { kind: 'exhibition' }, value: 1 },
  { figure: 'milestones.recorded', dims: { kind: 'ranking' }, value: 2 },

  { figure: 'land.idle-reclaimed-area', value: 59_300 },
  { figure: 'land.idle-reclaimed-parcels', value: 4 },
  { figure: 'land.idle-reclaimed-area', dims: { category: 'supplied-unused' }, value: 50_000 },
  { figure: 'land.idle-reclaimed-parcels', dims: { category: 'supplied-unused' }, value: 1 },
  { figure: 'land.idle-reclaimed-area', dims: { category: 'under-built' }, value: 9_300 },
  { figure: 'land.idle-reclaimed-parcels', dims: { category: 'under-built' }, value: 3 },
  { figure: 'land.idle-commitments', value: 4 },
  { figure: 'land.idle-fees-yuan', value: 200_000 },
  { figure: 'land.idle-fee-parcels', value: 2 },
  { figure: 'land.tax-arrears-yuan', value: 7_390_000 },
  { figure: 'land.expansion-plans-listed', value: 1 },
  { figure: 'land.expansion-approved-area', value: 30_000 },
  { figure: 'land.expansion-planned-area', value: 166_100 },
  { figure: 'land.expansion-tasks-completed', value: 5, note: 'the seed: 11 tasks under way; our split' },
  { figure: 'land.expansion-tasks-pending', value: 6, note: 'the seed: 11 tasks under way; our split' },
  { figure: 'land.relocations-started', value: 3 },
  { figure: 'land.relocations-in-progress', value: 3 },
  { figure: 'land.relocation-steps-to-date', dims: { step: 'asset-inventory' }, value: 3 },
  { figure: 'land.relocation-steps-to-date', dims: { step: 'appraisal' }, value: 3 },

  { figure: 'safety.reminders', dims: { channel: 'sms' }, value: 312, note: 'the seed says 300余条' },
  { figure: 'safety.reminders', dims: { channel: 'door-to-door' }, value: 260 },
  { figure: 'safety.reminder-batches', dims: { channel: 'banner', zoneId: CHENGBEI }, value: 1 },
  { figure: 'safety.reminder-batches', dims: { channel: 'banner', zoneId: FUCHENG }, value: 1 },
  { figure: 'safety.reminder-batches', dims: { channel: 'banner', zoneId: SALT_BASE }, value: 1 },
  { figure: 'safety.inspections', dims: { kind: 'weekly-small' }, value: 156, note: '52 weeks × 3 zones' },
  { figure: 'safety.inspections', dims: { kind: 'fortnightly-large' }, value: 78, note: '26 fortnights × 3 zones' },
  { figure: 'safety.stop-production-orders', value: 3 },
  { figure: 'safety.pollution-incidents', value: 12 },
  { figure: 'safety.pollution-compensation-yuan', value: 330_000 },
  { figure: 'safety.accidents', value: 8 },
  { figure: 'safety.accidents-major-impact', value: 0 },
  { figure: 'safety.facility-works-completed', dims: wastewaterPlant, value: 6 },
  { figure: 'safety.facility-works-pending', dims: wastewaterPlant, value: 0 },
  { figure: 'safety.facilities-commissioned', dims: wastewaterPlant, value: 1 },
];

/** The year the seed compares with. */
export const expected2013: readonly ExpectedFigure[] = [
  { figure: 'safety.pollution-incidents', value: 26 },
  { figure: 'safety.pollution-compensation-yuan', value: 2_690_000 },
];

/** 2014 as known before the demo's correction (asOf = the load's `correctionsFrom`). */
export const expected2014BeforeCorrections: readonly ExpectedFigure[] = [
  {
    figure: 'safety.pollution-compensation-yuan',
    value: 330_000 - CORRECTED_INCIDENT.correctYuan + CORRECTED_INCIDENT.enteredYuan,
    note: `${CORRECTED_INCIDENT.incidentId} entered as ${CORRECTED_INCIDENT.enteredYuan} 元, corrected on ${CORRECTED_INCIDENT.correctedOn}`,
  },
];
