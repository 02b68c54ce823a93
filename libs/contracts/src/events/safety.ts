import { defineEvent, type DomainEventOf } from '../define-event';
import { arrayOf, bool, int, isoDate, money, object, oneOf, optional, str, type Schema } from '../payload-schema';
import { lateChange } from './late-change';

/** Client-chosen record ids of the safety department; stream ids are `<kind>-<id>`. */
export const SAFETY_RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const id = () => str({ min: 1, max: 64, pattern: SAFETY_RECORD_ID });
const nameZh = () => str({ min: 1, max: 200 });
const nameEn = () => optional(str({ min: 1, max: 200 }));
const text = () => str({ min: 1, max: 2000 });
const reason = () => str({ min: 1, max: 1000 });
const count = () => int({ min: 0, max: 1_000_000 });
const event = <const Type extends string, Payload extends Schema<unknown>>(type: Type, payload: Payload) =>
  defineEvent(type, 'safety', { schemaVersion: 1, payload });
const enterprise = { enterpriseNameZh: nameZh(), enterpriseNameEn: nameEn() };
const optionalEnterprise = { enterpriseNameZh: optional(nameZh()), enterpriseNameEn: nameEn() };

// Reminders (常提醒), one batch per record: `reminder-batch-<batchId>`.
export const reminderChannels = ['sms', 'door-to-door', 'banner'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];
export const reminderChannelNames: Record<ReminderChannel, { zh: string; en: string }> = {
  sms: { zh: '短信提醒', en: 'SMS reminder' },
  'door-to-door': { zh: '上门提醒', en: 'door-to-door visit' },
  banner: { zh: '标语提醒', en: 'banner or slogan' },
};
const batchDetails = { batchId: id(), channel: oneOf(reminderChannels), zoneId: id(), count: int({ min: 1, max: 1_000_000 }) };
export const ReminderBatchSent = event('ReminderBatchSent', object(batchDetails));
export const ReminderBatchCorrected = event('ReminderBatchCorrected', object({ ...batchDetails, reason: reason(), late: lateChange() }));
export const ReminderBatchVoided = event('ReminderBatchVoided', object({ batchId: id(), reason: reason(), late: lateChange() }));

// The department's monthly tally (月度台账) filed with the committee office: `safety-monthly-tally-<YYYY-MM>`.
// The clerk attests the month's counts of reminder batches and inspections; the business time
// (occurredAt) is the day it was handed to the office, which the office's calendar judges on time or late.
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const tallyCounts = { month: str({ min: 7, max: 7, pattern: YEAR_MONTH }), reminderBatches: count(), inspections: count() };
/** `late`: filed for a month in a period the office has closed (a late new fact: no reason asked). */
export const SafetyMonthlyTallyFiled = event('SafetyMonthlyTallyFiled', object({ ...tallyCounts, late: lateChange() }));
export const SafetyMonthlyTallyCorrected = event('SafetyMonthlyTallyCorrected', object({ ...tallyCounts, reason: reason(), late: lateChange() }));
export const SafetyMonthlyTallyVoided = event(
  'SafetyMonthlyTallyVoided',
  object({ month: str({ min: 7, max: 7, pattern: YEAR_MONTH }), reason: reason(), late: lateChange() }),
);

// Inspections (勤排查): `safety-inspection-<inspectionId>`.
export const inspectionKinds = ['weekly-small', 'fortnightly-large'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];
export const inspectionKindNames: Record<InspectionKind, { zh: string; en: string }> = {
  'weekly-small': { zh: '每周一小查', en: 'weekly small inspection' },
  'fortnightly-large': { zh: '半月一大查', en: 'fortnightly large inspection' },
};
const inspectionDetails = {
  inspectionId: id(),
  kind: oneOf(inspectionKinds),
  zoneId: id(),
  findingsCount: count(),
  summaryZh: optional(text()),
};
export const SafetyInspectionConducted = event('SafetyInspectionConducted', object(inspectionDetails));
export const SafetyInspectionCorrected = event(
  'SafetyInspectionCorrected',
  object({ ...inspectionDetails, reason: reason(), late: lateChange() }),
);
export const SafetyInspectionVoided = event('SafetyInspectionVoided', object({ inspectionId: id(), reason: reason(), late: lateChange() }));

// Hazards and their rectification (严整改): `hazard-<hazardId>`.
const hazardDetails = {
  hazardId: id(),
  zoneId: id(),
  ...enterprise,
  descriptionZh: text(),
  inspectionId: optional(id()),
};
const rectificationOrder = { hazardId: id(), stopProduction: bool(), rectifyBy: optional(isoDate()) };
export const HazardFound = event('HazardFound', object(hazardDetails));
export const HazardDetailsCorrected = event('HazardDetailsCorrected', object({ ...hazardDetails, reason: reason(), late: lateChange() }));
/** `stopProduction`: 责令停产整改. */
export const HazardRectificationOrdered = event('HazardRectificationOrdered', object(rectificationOrder));
export const HazardRectificationOrderCorrected = event(
  'HazardRectificationOrderCorrected',
  object({ ...rectificationOrder, reason: reason(), late: lateChange() }),
);
export const HazardRectificationVerified = event('HazardRectificationVerified', object({ hazardId: id() }));
/**
 * A penalty's amount states its currency (v2): a penalty decision (处罚决定书) names the currency with
 * the amount, and the park's foreign-invested enterprises made the committee ask for it. v1 events
 * carried a bare `amountYuan`; they read as v2 in CNY.
 */
export const penaltyCurrencies = ['CNY'] as const;
const penaltyAmount = () => object({ value: money(), currency: oneOf(penaltyCurrencies) });
const penaltyInCny = ({ amountYuan, ...rest }: { amountYuan: number }) => ({ ...rest, amount: { value: amountYuan, currency: 'CNY' } });
export const HazardPenaltyImposed = defineEvent('HazardPenaltyImposed', 'safety', {
  schemaVersion: 2,
  payload: object({ hazardId: id(), amount: penaltyAmount() }),
  upcasters: { 1: penaltyInCny },
});
export const HazardPenaltyCorrected = defineEvent('HazardPenaltyCorrected', 'safety', {
  schemaVersion: 2,
  payload: object({ hazardId: id(), amount: penaltyAmount(), reason: reason(), late: lateChange() }),
  upcasters: { 1: penaltyInCny },
});
export const HazardVoided = event('HazardVoided', object({ hazardId: id(), reason: reason(), late: lateChange() }));

// Pollution incidents (涉污事件): `pollution-incident-<incidentId>`.
const incidentDetails = { incidentId: id(), zoneId: id(), ...optionalEnterprise, descriptionZh: text() };
export const PollutionIncidentReported = event('PollutionIncidentReported', object(incidentDetails));
export const PollutionIncidentDetailsCorrected = event(
  'PollutionIncidentDetailsCorrected',
  object({ ...incidentDetails, reason: reason(), late: lateChange() }),
);
export const PollutionIncidentHandled = event(
  'PollutionIncidentHandled',
  object({ incidentId: id(), measuresZh: text() }),
);
export const PollutionCompensationPaid = event(
  'PollutionCompensationPaid',
  object({ incidentId: id(), amountYuan: money() }),
);
export const PollutionCompensationCorrected = event(
  'PollutionCompensationCorrected',
  object({ incidentId: id(), amountYuan: money(), reason: reason(), late: lateChange() }),
);
export const PollutionIncidentVoided = event(
  'PollutionIncidentVoided',
  object({ incidentId: id(), reason: reason(), late: lateChange() }),
);

// Safety accidents (安全事故): `safety-accident-<accidentId>`.
export const accidentSeverities = ['ordinary', 'serious', 'major', 'especially-serious'] as const;
export type AccidentSeverity = (typeof accidentSeverities)[number];
export const accidentSeverityNames: Record<AccidentSeverity, { zh: string; en: string }> = {
  ordinary: { zh: '一般事故', en: 'ordinary accident' },
  serious: { zh: '较大事故', en: 'serious accident' },
  major: { zh: '重大事故', en: 'major accident' },
  'especially-serious': { zh: '特别重大事故', en: 'especially serious accident' },
};
const accidentDetails = {
  accidentId: id(),
  zoneId: id(),
  ...optionalEnterprise,
  severity: oneOf(accidentSeverities),
  descriptionZh: text(),
};
const accidentHandling = { accidentId: id(), majorNegativeImpact: bool(), outcomeZh: optional(text()) };
export const SafetyAccidentReported = event('SafetyAccidentReported', object(accidentDetails));
export const SafetyAccidentDetailsCorrected = event(
  'SafetyAccidentDetailsCorrected',
  object({ ...accidentDetails, reason: reason(), late: lateChange() }),
);
/** `majorNegativeImpact`: whether it caused a major negative impact (重大负面影响). */
export const SafetyAccidentHandled = event('SafetyAccidentHandled', object(accidentHandling));
export const SafetyAccidentHandlingCorrected = event(
  'SafetyAccidentHandlingCorrected',
  object({ ...accidentHandling, reason: reason(), late: lateChange() }),
);
export const SafetyAccidentVoided = event('SafetyAccidentVoided', object({ accidentId: id(), reason: reason(), late: lateChange() }));

// Environmental facilities (e.g. the salt-chemical wastewater plant): `environmental-facility-<facilityId>`.
// Its works are data, named when registered.
const facilityWork = object({ workId: id(), nameZh: nameZh(), nameEn: nameEn() });
const facilityDetails = {
  facilityId: id(),
  nameZh: nameZh(),
  nameEn: nameEn(),
  zoneId: id(),
  works: arrayOf(facilityWork, { min: 0, max: 50 }),
};
export const EnvironmentalFacilityRegistered = event('EnvironmentalFacilityRegistered', object(facilityDetails));
export const EnvironmentalFacilityDetailsCorrected = event(
  'EnvironmentalFacilityDetailsCorrected',
  object({ ...facilityDetails, reason: reason(), late: lateChange() }),
);
export const EnvironmentalFacilityWorkCompleted = event(
  'EnvironmentalFacilityWorkCompleted',
  object({ facilityId: id(), workId: id() }),
);
/** Put into formal operation (正式运行). */
export const EnvironmentalFacilityCommissioned = event(
  'EnvironmentalFacilityCommissioned',
  object({ facilityId: id() }),
);
export const EnvironmentalFacilityVoided = event(
  'EnvironmentalFacilityVoided',
  object({ facilityId: id(), reason: reason(), late: lateChange() }),
);

export const reminderBatchEvents = [ReminderBatchSent, ReminderBatchCorrected, ReminderBatchVoided] as const;
export const safetyMonthlyTallyEvents = [SafetyMonthlyTallyFiled, SafetyMonthlyTallyCorrected, SafetyMonthlyTallyVoided] as const;
export const safetyInspectionEvents = [SafetyInspectionConducted, SafetyInspectionCorrected, SafetyInspectionVoided] as const;
export const hazardEvents = [
  HazardFound,
  HazardDetailsCorrected,
  HazardRectificationOrdered,
  HazardRectificationOrderCorrected,
  HazardRectificationVerified,
  HazardPenaltyImposed,
  HazardPenaltyCorrected,
  HazardVoided,
] as const;
export const pollutionIncidentEvents = [
  PollutionIncidentReported,
  PollutionIncidentDetailsCorrected,
  PollutionIncidentHandled,
  PollutionCompensationPaid,
  PollutionCompensationCorrected,
  PollutionIncidentVoided,
] as const;
export const safetyAccidentEvents = [
  SafetyAccidentReported,
  SafetyAccidentDetailsCorrected,
  SafetyAccidentHandled,
  SafetyAccidentHandlingCorrected,
  SafetyAccidentVoided,
] as const;
export const environmentalFacilityEvents = [
  EnvironmentalFacilityRegistered,
  EnvironmentalFacilityDetailsCorrected,
  EnvironmentalFacilityWorkCompleted,
  EnvironmentalFacilityCommissioned,
  EnvironmentalFacilityVoided,
] as const;

export const safetyEvents = [
  ...reminderBatchEvents,
  ...safetyInspectionEvents,
  ...hazardEvents,
  ...pollutionIncidentEvents,
  ...safetyAccidentEvents,
  ...environmentalFacilityEvents,
  ...safetyMonthlyTallyEvents,
];

export type ReminderBatchEvent = DomainEventOf<(typeof reminderBatchEvents)[number]>;
export type SafetyMonthlyTallyEvent = DomainEventOf<(typeof safetyMonthlyTallyEvents)[number]>;
export type SafetyInspectionEvent = DomainEventOf<(typeof safetyInspectionEvents)[number]>;
export type HazardEvent = DomainEventOf<(typeof hazardEvents)[number]>;
export type PollutionIncidentEvent = DomainEventOf<(typeof pollutionIncidentEvents)[number]>;
export type SafetyAccidentEvent = DomainEventOf<(typeof safetyAccidentEvents)[number]>;
export type EnvironmentalFacilityEvent = DomainEventOf<(typeof environmentalFacilityEvents)[number]>;
export type SafetyEvent =
  | ReminderBatchEvent
  | SafetyInspectionEvent
  | HazardEvent
  | PollutionIncidentEvent
  | SafetyAccidentEvent
  | EnvironmentalFacilityEvent
  | SafetyMonthlyTallyEvent;
