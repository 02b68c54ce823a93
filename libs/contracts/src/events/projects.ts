import { defineEvent, type DomainEventOf } from '../define-event';
import { arrayOf, int, isoDate, money, nullable, object, oneOf, optional, str, type Schema } from '../payload-schema';
import { lateChange } from './late-change';

/** Client-chosen record ids of the projects department; stream ids are `<kind>-<id>`. */
export const PROJECTS_RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const id = () => str({ min: 1, max: 64, pattern: PROJECTS_RECORD_ID });
const nameZh = () => str({ min: 1, max: 200 });
const nameEn = () => optional(str({ min: 1, max: 200 }));
const reason = () => str({ min: 1, max: 1000 });
const event = <const Type extends string, Payload extends Schema<unknown>>(type: Type, payload: Payload) =>
  defineEvent(type, 'projects', { schemaVersion: 1, payload });

// Park registry: one stream per zone (`zone-<zoneId>`) holding its platforms and their phases.
export const ZoneRegistered = event('ZoneRegistered', object({ zoneId: id(), nameZh: nameZh(), nameEn: nameEn() }));
export const PlatformAdded = event(
  'PlatformAdded',
  object({
    zoneId: id(),
    platformId: id(),
    parentPlatformId: optional(id()),
    nameZh: nameZh(),
    nameEn: nameEn(),
    siteZh: optional(str({ min: 1, max: 200 })),
  }),
);
export const PlatformPhaseAdded = event(
  'PlatformPhaseAdded',
  object({ zoneId: id(), platformId: id(), phaseId: id(), nameZh: nameZh(), nameEn: nameEn() }),
);
export const PlatformSiteMoved = event(
  'PlatformSiteMoved',
  object({ zoneId: id(), platformId: id(), siteZh: str({ min: 1, max: 200 }), siteEn: nameEn() }),
);
const registryEntry = { zoneId: id(), platformId: optional(id()), phaseId: optional(id()) };
export const ParkRegistryEntryCorrected = event(
  'ParkRegistryEntryCorrected',
  object({ ...registryEntry, nameZh: nameZh(), nameEn: nameEn(), reason: reason(), late: lateChange() }),
);
export const ParkRegistryEntryVoided = event('ParkRegistryEntryVoided', object({ ...registryEntry, reason: reason(), late: lateChange() }));

// Investment projects (招商引资): `project-<projectId>`.
export const projectStages = ['Negotiating', 'Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction', 'Dropped'] as const;
const projectDetails = {
  projectId: id(),
  nameZh: nameZh(),
  nameEn: nameEn(),
  zoneId: id(),
  platformId: id(),
  phaseId: optional(id()),
  industry: id(),
  investorNameZh: nameZh(),
  investorNameEn: nameEn(),
  plannedInvestmentYuan: money(),
};
export const ProjectLeadRegistered = event('ProjectLeadRegistered', object(projectDetails));
export const ProjectSigned = event('ProjectSigned', object({ projectId: id() }));
export const ProjectConstructionStarted = event('ProjectConstructionStarted', object({ projectId: id() }));
export const ProjectToppedOut = event('ProjectToppedOut', object({ projectId: id() }));
export const ProjectProductionStarted = event('ProjectProductionStarted', object({ projectId: id() }));
export const ProjectDropped = event('ProjectDropped', object({ projectId: id(), reason: reason(), late: lateChange() }));
export const ProjectDetailsCorrected = event('ProjectDetailsCorrected', object({ ...projectDetails, reason: reason(), late: lateChange() }));
export const ProjectStageCorrected = event(
  'ProjectStageCorrected',
  object({ projectId: id(), stage: oneOf(projectStages), reason: reason(), late: lateChange() }),
);
export const ProjectVoided = event('ProjectVoided', object({ projectId: id(), reason: reason(), late: lateChange() }));

// Infrastructure works (路网, 管网, …) per platform and phase: `infrastructure-work-<workId>`.
export const infrastructureKinds = [
  'road-network',
  'pipe-network',
  'irrigation-canal',
  'public-rental-housing',
  'planning',
  'other',
] as const;
export const infrastructureStages = [
  'design',
  'drawing-review',
  'budget',
  'tendering',
  'under-construction',
  'completed',
] as const;
const workDetails = {
  workId: id(),
  nameZh: nameZh(),
  nameEn: nameEn(),
  zoneId: id(),
  platformId: id(),
  phaseId: optional(id()),
  kinds: arrayOf(oneOf(infrastructureKinds), { min: 1, max: infrastructureKinds.length }),
  stage: oneOf(infrastructureStages),
};
const percent = () => int({ min: 0, max: 100 });
export const InfrastructureWorkRegistered = event(
  'InfrastructureWorkRegistered',
  object({ ...workDetails, expectedStartOn: optional(isoDate()), expectedCompletionOn: optional(isoDate()) }),
);
export const InfrastructureWorkStageReached = event(
  'InfrastructureWorkStageReached',
  object({ workId: id(), stage: oneOf(infrastructureStages) }),
);
export const InfrastructureWorkProgressReported = event(
  'InfrastructureWorkProgressReported',
  object({ workId: id(), percentComplete: percent() }),
);
export const InfrastructureWorkScheduleRevised = event(
  'InfrastructureWorkScheduleRevised',
  object({ workId: id(), expectedStartOn: nullable(isoDate()), expectedCompletionOn: nullable(isoDate()) }),
);
export const InfrastructureWorkCorrected = event(
  'InfrastructureWorkCorrected',
  object({ ...workDetails, percentComplete: percent(), reason: reason(), late: lateChange() }),
);
export const InfrastructureWorkVoided = event('InfrastructureWorkVoided', object({ workId: id(), reason: reason(), late: lateChange() }));

// Funding applications to higher government (跑项争资): `funding-application-<applicationId>`.
export const fundingOutcomes = ['pending', 'granted', 'rejected'] as const;
const applicationDetails = {
  applicationId: id(),
  titleZh: nameZh(),
  titleEn: nameEn(),
  grantorZh: optional(str({ min: 1, max: 200 })),
  grantorEn: nameEn(),
  requestedAmountYuan: optional(money()),
};
export const FundingApplicationFiled = event('FundingApplicationFiled', object(applicationDetails));
export const FundingApplicationGranted = event(
  'FundingApplicationGranted',
  object({ applicationId: id(), amountYuan: money() }),
);
export const FundingApplicationRejected = event(
  'FundingApplicationRejected',
  object({ applicationId: id(), reason: reason(), late: lateChange() }),
);
export const FundingApplicationCorrected = event(
  'FundingApplicationCorrected',
  object({
    ...applicationDetails,
    outcome: oneOf(fundingOutcomes),
    grantedAmountYuan: optional(money()),
    reason: reason(),
    late: lateChange(),
  }),
);
export const FundingApplicationVoided = event(
  'FundingApplicationVoided',
  object({ applicationId: id(), reason: reason(), late: lateChange() }),
);

// Enterprise monthly economic returns: `economic-return-<enterpriseId>-<YYYY-MM>`.
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const returnFigures = {
  enterpriseId: id(),
  month: str({ min: 7, max: 7, pattern: YEAR_MONTH }),
  enterpriseNameZh: nameZh(),
  enterpriseNameEn: nameEn(),
  zoneId: id(),
  platformId: optional(id()),
  mainBusinessRevenueYuan: money(),
  industrialAddedValueYuan: money(),
  taxesYuan: money(),
  /**
   * The enterprise's contact for its returns, as the return names it (the office chases a missing one
   * through them). Personal data: the person's name and phone, each its own field.
   */
  contactName: optional(str({ min: 1, max: 100 })),
  contactPhone: optional(str({ min: 1, max: 40 })),
};
/** `late`: a new return whose month falls in a period the office has closed (a late new fact: no reason asked). */
export const EconomicReturnSubmitted = event('EconomicReturnSubmitted', object({ ...returnFigures, late: lateChange() }));
export const EconomicReturnCorrected = event('EconomicReturnCorrected', object({ ...returnFigures, reason: reason(), late: lateChange() }));
export const EconomicReturnVoided = event(
  'EconomicReturnVoided',
  object({ enterpriseId: id(), month: str({ min: 7, max: 7, pattern: YEAR_MONTH }), reason: reason(), late: lateChange() }),
);

// Designations and milestones (重点产业集群, 国家级基地, 展会, 排名): `milestone-<milestoneId>`.
export const milestoneKinds = [
  'provincial-key-industrial-cluster',
  'provincial-demonstration-cluster',
  'national-base-approval',
  'base-named',
  'exhibition',
  'recognition',
  'ranking',
  'other',
] as const;
const milestoneFacts = {
  milestoneId: id(),
  kind: oneOf(milestoneKinds),
  titleZh: nameZh(),
  titleEn: nameEn(),
  date: isoDate(),
  authorityZh: optional(str({ min: 1, max: 200 })),
  authorityEn: nameEn(),
  zoneId: optional(id()),
  platformId: optional(id()),
  industry: optional(id()),
  /** For a ranking: the park's place, and its place a year before. */
  rank: optional(int({ min: 1, max: 10_000 })),
  previousRank: optional(int({ min: 1, max: 10_000 })),
};
export const MilestoneRecorded = event('MilestoneRecorded', object(milestoneFacts));
export const MilestoneCorrected = event('MilestoneCorrected', object({ ...milestoneFacts, reason: reason(), late: lateChange() }));
export const MilestoneVoided = event('MilestoneVoided', object({ milestoneId: id(), reason: reason(), late: lateChange() }));

export const zoneEvents = [
  ZoneRegistered,
  PlatformAdded,
  PlatformPhaseAdded,
  PlatformSiteMoved,
  ParkRegistryEntryCorrected,
  ParkRegistryEntryVoided,
] as const;
export const projectEvents = [
  ProjectLeadRegistered,
  ProjectSigned,
  ProjectConstructionStarted,
  ProjectToppedOut,
  ProjectProductionStarted,
  ProjectDropped,
  ProjectDetailsCorrected,
  ProjectStageCorrected,
  ProjectVoided,
] as const;
export const infrastructureWorkEvents = [
  InfrastructureWorkRegistered,
  InfrastructureWorkStageReached,
  InfrastructureWorkProgressReported,
  InfrastructureWorkScheduleRevised,
  InfrastructureWorkCorrected,
  InfrastructureWorkVoided,
] as const;
export const fundingApplicationEvents = [
  FundingApplicationFiled,
  FundingApplicationGranted,
  FundingApplicationRejected,
  FundingApplicationCorrected,
  FundingApplicationVoided,
] as const;
export const economicReturnEvents = [EconomicReturnSubmitted, EconomicReturnCorrected, EconomicReturnVoided] as const;
export const milestoneEvents = [MilestoneRecorded, MilestoneCorrected, MilestoneVoided] as const;

export const projectsEvents = [
  ...zoneEvents,
  ...projectEvents,
  ...infrastructureWorkEvents,
  ...fundingApplicationEvents,
  ...economicReturnEvents,
  ...milestoneEvents,
] as const;

export type ProjectsEvent = DomainEventOf<(typeof projectsEvents)[number]>;
export type ZoneEvent = DomainEventOf<(typeof zoneEvents)[number]>;
export type ProjectEvent = DomainEventOf<(typeof projectEvents)[number]>;
export type InfrastructureWorkEvent = DomainEventOf<(typeof infrastructureWorkEvents)[number]>;
export type FundingApplicationEvent = DomainEventOf<(typeof fundingApplicationEvents)[number]>;
export type EconomicReturnEvent = DomainEventOf<(typeof economicReturnEvents)[number]>;
export type MilestoneEvent = DomainEventOf<(typeof milestoneEvents)[number]>;
