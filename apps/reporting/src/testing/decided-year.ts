// A generated year recorded through the department deciders (the pure decide/evolve functions the services run for
// every command): each generated event becomes the command a clerk would send, the record's decider decides it on
// the state of what it decided before, and the decided events are what the year holds. A year the deciders refuse
// (a command out of order, a rule broken) cannot pass as recorded; an event the generator made that the decider
// would state otherwise (another payload, another count of events) is a problem the property reports.
// The department apps' deciders are read here on purpose: the reporting app's tests record what the departments
// would record, as the e2e test does through their HTTP APIs.
/* eslint-disable @nx/enforce-module-boundaries */
import type { EventEnvelope } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/decider';
import { expansionPlanDecider } from '../../../land/src/expansion-plan/expansion-plan';
import { relocationDecider } from '../../../land/src/relocation/relocation';
import { idleParcelDecider } from '../../../land/src/idle-parcel/idle-parcel';
import { fundingApplicationDecider } from '../../../projects/src/funding-application/funding-application';
import { infrastructureWorkDecider } from '../../../projects/src/infrastructure-work/infrastructure-work';
import { economicReturnDecider } from '../../../projects/src/economic-return/economic-return';
import { milestoneDecider } from '../../../projects/src/milestone/milestone';
import { projectDecider } from '../../../projects/src/project/project';
import { zoneDecider } from '../../../projects/src/zone/zone';
import { environmentalFacilityDecider } from '../../../safety/src/environmental-facility/environmental-facility';
import { hazardDecider } from '../../../safety/src/hazard/hazard';
import { safetyInspectionDecider } from '../../../safety/src/safety-inspection/safety-inspection';
import { pollutionIncidentDecider } from '../../../safety/src/pollution-incident/pollution-incident';
import { reminderBatchDecider } from '../../../safety/src/reminder-batch/reminder-batch';
import { safetyAccidentDecider } from '../../../safety/src/safety-accident/safety-accident';
/* eslint-enable @nx/enforce-module-boundaries */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDecider = Decider<any, any, any>;

/**
 * The command that records each generated event type: its type, the HTTP collection and action ('' = create), the
 * record's id field (fields, '/'-separated, when the record is named by several: `enterpriseId/month`).
 */
export interface CommandRoute {
  readonly command: string;
  readonly collection: string;
  readonly action: string;
  readonly idKey: string;
  readonly decider: AnyDecider;
  /** the command's fields from the event's payload, where they differ (a penalty's command takes yuan, its event states the currency) */
  readonly fields?: (payload: Record<string, unknown>) => Record<string, unknown>;
}

const route = (command: string, collection: string, action: string, idKey: string, decider: AnyDecider, fields?: CommandRoute['fields']): CommandRoute => ({
  command,
  collection,
  action,
  idKey,
  decider,
  fields,
});
const penaltyInYuan = ({ amount, ...rest }: Record<string, unknown>) => ({ ...rest, amountYuan: (amount as { value: number }).value });

export const COMMANDS: Readonly<Record<string, CommandRoute>> = {
  ZoneRegistered: route('RegisterZone', 'zones', '', 'zoneId', zoneDecider),
  PlatformAdded: route('AddPlatform', 'zones', 'add-platform', 'zoneId', zoneDecider),
  PlatformPhaseAdded: route('AddPlatformPhase', 'zones', 'add-phase', 'zoneId', zoneDecider),
  ProjectLeadRegistered: route('RegisterProjectLead', 'projects', '', 'projectId', projectDecider),
  ProjectSigned: route('SignProject', 'projects', 'sign', 'projectId', projectDecider),
  ProjectConstructionStarted: route('StartProjectConstruction', 'projects', 'start-construction', 'projectId', projectDecider),
  ProjectToppedOut: route('TopOutProject', 'projects', 'top-out', 'projectId', projectDecider),
  ProjectProductionStarted: route('StartProjectProduction', 'projects', 'start-production', 'projectId', projectDecider),
  ProjectDropped: route('DropProject', 'projects', 'drop', 'projectId', projectDecider),
  ProjectDetailsCorrected: route('CorrectProjectDetails', 'projects', 'correct-details', 'projectId', projectDecider),
  ProjectStageCorrected: route('CorrectProjectStage', 'projects', 'correct-stage', 'projectId', projectDecider),
  ProjectVoided: route('VoidProject', 'projects', 'void', 'projectId', projectDecider),
  InfrastructureWorkRegistered: route('RegisterInfrastructureWork', 'infrastructure-works', '', 'workId', infrastructureWorkDecider),
  InfrastructureWorkStageReached: route('AdvanceWorkStage', 'infrastructure-works', 'advance-stage', 'workId', infrastructureWorkDecider),
  InfrastructureWorkProgressReported: route('ReportWorkProgress', 'infrastructure-works', 'report-progress', 'workId', infrastructureWorkDecider),
  InfrastructureWorkCorrected: route('CorrectInfrastructureWork', 'infrastructure-works', 'correct', 'workId', infrastructureWorkDecider),
  FundingApplicationFiled: route('FileFundingApplication', 'funding-applications', '', 'applicationId', fundingApplicationDecider),
  FundingApplicationGranted: route('GrantFundingApplication', 'funding-applications', 'grant', 'applicationId', fundingApplicationDecider),
  FundingApplicationRejected: route('RejectFundingApplication', 'funding-applications', 'reject', 'applicationId', fundingApplicationDecider),
  FundingApplicationCorrected: route('CorrectFundingApplication', 'funding-applications', 'correct', 'applicationId', fundingApplicationDecider),
  FundingApplicationVoided: route('VoidFundingApplication', 'funding-applications', 'void', 'applicationId', fundingApplicationDecider),
  IdleParcelIdentified: route('IdentifyIdleParcel', 'idle-parcels', '', 'parcelId', idleParcelDecider),
  IdleLandRectificationCommitmentSubmitted: route('SubmitRectificationCommitment', 'idle-parcels', 'submit-commitment', 'parcelId', idleParcelDecider),
  IdleLandFeeCollected: route('CollectIdleLandFee', 'idle-parcels', 'collect-fee', 'parcelId', idleParcelDecider),
  IdleParcelReclaimed: route('ReclaimIdleParcel', 'idle-parcels', 'reclaim', 'parcelId', idleParcelDecider),
  IdleParcelDetailsCorrected: route('CorrectIdleParcel', 'idle-parcels', 'correct-details', 'parcelId', idleParcelDecider),
  IdleLandFeeCorrected: route('CorrectIdleLandFee', 'idle-parcels', 'correct-fee', 'parcelId', idleParcelDecider),
  IdleParcelReclaimCorrected: route('CorrectParcelReclaim', 'idle-parcels', 'correct-reclaim', 'parcelId', idleParcelDecider),
  IdleParcelVoided: route('VoidIdleParcel', 'idle-parcels', 'void', 'parcelId', idleParcelDecider),
  PollutionIncidentReported: route('ReportPollutionIncident', 'pollution-incidents', '', 'incidentId', pollutionIncidentDecider),
  PollutionIncidentHandled: route('HandlePollutionIncident', 'pollution-incidents', 'handle', 'incidentId', pollutionIncidentDecider),
  PollutionCompensationPaid: route('PayPollutionCompensation', 'pollution-incidents', 'pay-compensation', 'incidentId', pollutionIncidentDecider),
  PollutionCompensationCorrected: route('CorrectPollutionCompensation', 'pollution-incidents', 'correct-compensation', 'incidentId', pollutionIncidentDecider),
  SafetyAccidentReported: route('ReportSafetyAccident', 'safety-accidents', '', 'accidentId', safetyAccidentDecider),
  SafetyAccidentHandled: route('HandleSafetyAccident', 'safety-accidents', 'handle', 'accidentId', safetyAccidentDecider),
  ReminderBatchSent: route('SendReminderBatch', 'reminder-batches', '', 'batchId', reminderBatchDecider),
  SafetyAccidentHandlingCorrected: route('CorrectAccidentHandling', 'safety-accidents', 'correct-handling', 'accidentId', safetyAccidentDecider),
  ReminderBatchCorrected: route('CorrectReminderBatch', 'reminder-batches', 'correct', 'batchId', reminderBatchDecider),
  EconomicReturnSubmitted: route('SubmitEconomicReturn', 'economic-returns', '', 'enterpriseId/month', economicReturnDecider),
  EconomicReturnCorrected: route('CorrectEconomicReturn', 'economic-returns', 'correct', 'enterpriseId/month', economicReturnDecider),
  EconomicReturnVoided: route('VoidEconomicReturn', 'economic-returns', 'void', 'enterpriseId/month', economicReturnDecider),
  MilestoneRecorded: route('RecordMilestone', 'milestones', '', 'milestoneId', milestoneDecider),
  MilestoneCorrected: route('CorrectMilestone', 'milestones', 'correct', 'milestoneId', milestoneDecider),
  MilestoneVoided: route('VoidMilestone', 'milestones', 'void', 'milestoneId', milestoneDecider),
  ExpansionPlanListed: route('ListExpansionPlan', 'expansion-plans', '', 'planId', expansionPlanDecider),
  ExpansionPlanDetailsCorrected: route('CorrectExpansionPlan', 'expansion-plans', 'correct-details', 'planId', expansionPlanDecider),
  ExpansionAreaApproved: route('ApproveExpansionArea', 'expansion-plans', 'approve-area', 'planId', expansionPlanDecider),
  ExpansionAreaApprovalCorrected: route('CorrectExpansionApproval', 'expansion-plans', 'correct-approval', 'planId', expansionPlanDecider),
  SafetyInspectionConducted: route('ConductInspection', 'safety-inspections', '', 'inspectionId', safetyInspectionDecider),
  SafetyInspectionCorrected: route('CorrectInspection', 'safety-inspections', 'correct', 'inspectionId', safetyInspectionDecider),
  SafetyInspectionVoided: route('VoidInspection', 'safety-inspections', 'void', 'inspectionId', safetyInspectionDecider),
  HazardFound: route('ReportHazard', 'hazards', '', 'hazardId', hazardDecider),
  HazardDetailsCorrected: route('CorrectHazard', 'hazards', 'correct-details', 'hazardId', hazardDecider),
  HazardRectificationOrdered: route('OrderRectification', 'hazards', 'order-rectification', 'hazardId', hazardDecider),
  HazardRectificationOrderCorrected: route('CorrectRectificationOrder', 'hazards', 'correct-rectification-order', 'hazardId', hazardDecider),
  HazardRectificationVerified: route('VerifyRectification', 'hazards', 'verify-rectification', 'hazardId', hazardDecider),
  HazardPenaltyImposed: route('ImposePenalty', 'hazards', 'impose-penalty', 'hazardId', hazardDecider, penaltyInYuan),
  HazardPenaltyCorrected: route('CorrectPenalty', 'hazards', 'correct-penalty', 'hazardId', hazardDecider, penaltyInYuan),
  HazardVoided: route('VoidHazard', 'hazards', 'void', 'hazardId', hazardDecider),
  RelocationStarted: route('StartRelocation', 'relocations', '', 'relocationId', relocationDecider),
  RelocationDetailsCorrected: route('CorrectRelocation', 'relocations', 'correct-details', 'relocationId', relocationDecider),
  RelocationStepCompleted: route('CompleteRelocationStep', 'relocations', 'complete-step', 'relocationId', relocationDecider),
  RelocationCompleted: route('CompleteRelocation', 'relocations', 'complete', 'relocationId', relocationDecider),
  RelocationVoided: route('VoidRelocation', 'relocations', 'void', 'relocationId', relocationDecider),
  EnvironmentalFacilityRegistered: route('RegisterEnvironmentalFacility', 'environmental-facilities', '', 'facilityId', environmentalFacilityDecider),
  EnvironmentalFacilityDetailsCorrected: route('CorrectEnvironmentalFacility', 'environmental-facilities', 'correct-details', 'facilityId', environmentalFacilityDecider),
  EnvironmentalFacilityWorkCompleted: route('CompleteFacilityWork', 'environmental-facilities', 'complete-work', 'facilityId', environmentalFacilityDecider),
  EnvironmentalFacilityCommissioned: route('CommissionFacility', 'environmental-facilities', 'commission', 'facilityId', environmentalFacilityDecider),
  EnvironmentalFacilityVoided: route('VoidEnvironmentalFacility', 'environmental-facilities', 'void', 'facilityId', environmentalFacilityDecider),
  ExpansionPreparatoryTaskCompleted: route('CompletePreparatoryTask', 'expansion-plans', 'complete-task', 'planId', expansionPlanDecider),
};

export const routeOf = (event: EventEnvelope): CommandRoute => {
  const found = COMMANDS[event.type];
  if (!found) throw new Error(`no command records ${event.type}`);
  return found;
};

/** The command a clerk sends for the event: its fields and when it happened (the HTTP body plus the path's id). */
export const commandOf = (event: EventEnvelope): Record<string, unknown> => ({
  type: routeOf(event).command,
  ...fieldsOf(event),
  occurredAt: event.occurredAt,
});

/** The command's fields (the HTTP body's, with the path's ids) for the event. */
export const fieldsOf = (event: EventEnvelope): Record<string, unknown> => {
  const payload = event.payload as Record<string, unknown>;
  const { fields } = routeOf(event);
  return fields ? fields(payload) : payload;
};

/**
 * The year as the deciders record it: per stream, each event's command decided on the state folded from what was
 * decided before. Throws when a decider refuses a command (the generator made a year no clerk could record); the
 * returned problems name every event the decider would record otherwise than generated.
 */
export function decidedYear(events: readonly EventEnvelope[]): { events: EventEnvelope[]; problems: string[] } {
  const states = new Map<string, unknown>();
  const problems: string[] = [];
  const decided = events.map((event) => {
    const { decider } = routeOf(event);
    const state = states.has(event.streamId) ? states.get(event.streamId) : decider.initialState();
    let out: { type: string; payload: unknown }[];
    try {
      out = decider.decide(commandOf(event), state);
    } catch (error) {
      throw new Error(`the decider refuses ${event.type} on ${event.streamId} v${event.streamVersion}: ${(error as Error).message}`);
    }
    states.set(event.streamId, out.reduce(decider.evolve, state));
    if (out.length !== 1 || out[0].type !== event.type || JSON.stringify(sorted(out[0].payload)) !== JSON.stringify(sorted(event.payload))) {
      problems.push(`(deciders) ${event.type} on ${event.streamId}: the decider records ${JSON.stringify(out)}, generated ${JSON.stringify(event.payload)}`);
      return event;
    }
    // what the decider decided, as it comes back from the store (an undefined field is absent)
    return { ...event, payload: JSON.parse(JSON.stringify(out[0].payload)) };
  });
  return { events: decided, problems };
}

const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)]))
      : value;
