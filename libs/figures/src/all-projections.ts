import type { RecordProjection } from './record-projection';
import { economicReturnProjection } from './economic-return/economic-return.projection';
import { environmentalFacilityProjection } from './environmental-facility/environmental-facility.projection';
import { expansionPlanProjection } from './expansion-plan/expansion-plan.projection';
import { fundingApplicationProjection } from './funding-application/funding-application.projection';
import { hazardProjection } from './hazard/hazard.projection';
import { idleParcelProjection } from './idle-parcel/idle-parcel.projection';
import { infrastructureWorkProjection } from './infrastructure-work/infrastructure-work.projection';
import { landTaxArrearsProjection } from './land-tax-arrears/land-tax-arrears.projection';
import { milestoneProjection } from './milestone/milestone.projection';
import { pollutionIncidentProjection } from './pollution-incident/pollution-incident.projection';
import { projectProjection } from './project/project.projection';
import { relocationProjection } from './relocation/relocation.projection';
import { reminderBatchProjection } from './reminder-batch/reminder-batch.projection';
import { safetyAccidentProjection } from './safety-accident/safety-accident.projection';
import { safetyMonthlyTallyProjection } from './safety-monthly-tally/safety-monthly-tally.projection';
import { safetyInspectionProjection } from './safety-inspection/safety-inspection.projection';
import { zoneProjection } from './zone/zone.projection';

/** Every record kind the reporting service keeps, one per department record; each event type belongs to one. */
export const allProjections: RecordProjection<unknown>[] = [
  zoneProjection,
  projectProjection,
  infrastructureWorkProjection,
  fundingApplicationProjection,
  economicReturnProjection,
  milestoneProjection,
  idleParcelProjection,
  landTaxArrearsProjection,
  expansionPlanProjection,
  relocationProjection,
  reminderBatchProjection,
  safetyInspectionProjection,
  hazardProjection,
  pollutionIncidentProjection,
  safetyAccidentProjection,
  environmentalFacilityProjection,
  safetyMonthlyTallyProjection,
];
