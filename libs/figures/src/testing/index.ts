import { economicReturnHistories } from '../economic-return/economic-return.examples';
import { environmentalFacilityHistories } from '../environmental-facility/environmental-facility.examples';
import { expansionPlanHistories } from '../expansion-plan/expansion-plan.examples';
import { fundingApplicationHistories } from '../funding-application/funding-application.examples';
import { hazardHistories } from '../hazard/hazard.examples';
import { idleParcelHistories } from '../idle-parcel/idle-parcel.examples';
import { infrastructureWorkHistories } from '../infrastructure-work/infrastructure-work.examples';
import { landTaxArrearsHistories } from '../land-tax-arrears/land-tax-arrears.examples';
import { milestoneHistories } from '../milestone/milestone.examples';
import { pollutionIncidentHistories } from '../pollution-incident/pollution-incident.examples';
import { projectHistories } from '../project/project.examples';
import { relocationHistories } from '../relocation/relocation.examples';
import { reminderBatchHistories } from '../reminder-batch/reminder-batch.examples';
import { safetyAccidentHistories } from '../safety-accident/safety-accident.examples';
import { safetyInspectionHistories } from '../safety-inspection/safety-inspection.examples';
import { zoneHistories } from '../zone/zone.examples';

export * from './projection-testing';
export * from './generated-year';

/** One example history of every record kind, the park registry (zones) first: each a list of streams' events. */
export const exampleHistories = [
  zoneHistories,
  economicReturnHistories,
  environmentalFacilityHistories,
  expansionPlanHistories,
  fundingApplicationHistories,
  hazardHistories,
  idleParcelHistories,
  infrastructureWorkHistories,
  landTaxArrearsHistories,
  milestoneHistories,
  pollutionIncidentHistories,
  projectHistories,
  relocationHistories,
  reminderBatchHistories,
  safetyAccidentHistories,
  safetyInspectionHistories,
];
