import { defineEvent, type DomainEventOf } from '../define-event';
import { arrayOf, int, isoDate, money, object, oneOf, optional, str, type Schema } from '../payload-schema';
import { lateChange } from './late-change';

/** Client-chosen record ids of the land department; stream ids are `<kind>-<id>`. */
export const LAND_RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const id = () => str({ min: 1, max: 64, pattern: LAND_RECORD_ID });
const nameZh = () => str({ min: 1, max: 200 });
const nameEn = () => optional(str({ min: 1, max: 200 }));
const reason = () => str({ min: 1, max: 1000 });
/** Areas are integers of hundredths: 500 mu is `50000` centi-mu, 300 ha is `30000` centi-hectares. */
const centiArea = (min: 0 | 1) => int({ min, max: 1_000_000_000 });
const event = <const Type extends string, Payload extends Schema<unknown>>(type: Type, payload: Payload) =>
  defineEvent(type, 'land', { schemaVersion: 1, payload });

// Idle land (闲置土地): `idle-parcel-<parcelId>`.
export const idleLandCategories = ['supplied-unused', 'under-built'] as const;
export type IdleLandCategory = (typeof idleLandCategories)[number];
export const idleLandCategoryNames: Record<IdleLandCategory, { zh: string; en: string }> = {
  'supplied-unused': { zh: '供而未用', en: 'supplied but unused' },
  'under-built': { zh: '供多建少', en: 'supplied much, built little' },
};
const parcelDetails = {
  parcelId: id(),
  category: oneOf(idleLandCategories),
  zoneId: id(),
  enterpriseNameZh: nameZh(),
  enterpriseNameEn: nameEn(),
  idleAreaCentiMu: centiArea(1),
};
export const IdleParcelIdentified = event('IdleParcelIdentified', object(parcelDetails));
export const IdleParcelDetailsCorrected = event(
  'IdleParcelDetailsCorrected',
  object({ ...parcelDetails, reason: reason(), late: lateChange() }),
);
/** Reclaimed by law (依法收回); once per parcel, at most its idle area. */
export const IdleParcelReclaimed = event(
  'IdleParcelReclaimed',
  object({ parcelId: id(), reclaimedAreaCentiMu: centiArea(1) }),
);
export const IdleParcelReclaimCorrected = event(
  'IdleParcelReclaimCorrected',
  object({ parcelId: id(), reclaimedAreaCentiMu: centiArea(1), reason: reason(), late: lateChange() }),
);
/** 整改承诺书 handed in by the parcel's enterprise. */
export const IdleLandRectificationCommitmentSubmitted = event(
  'IdleLandRectificationCommitmentSubmitted',
  object({ parcelId: id(), rectifyBy: optional(isoDate()) }),
);
/** 闲置土地费, one receipt at a time. */
export const IdleLandFeeCollected = event(
  'IdleLandFeeCollected',
  object({ parcelId: id(), receiptNo: id(), amountYuan: money() }),
);
/** Restates a receipt's amount; 0 says nothing was collected on it. */
export const IdleLandFeeCorrected = event(
  'IdleLandFeeCorrected',
  object({ parcelId: id(), receiptNo: id(), amountYuan: money(), reason: reason(), late: lateChange() }),
);
export const IdleParcelVoided = event('IdleParcelVoided', object({ parcelId: id(), reason: reason(), late: lateChange() }));

// Land-use tax arrears (拖欠土地使用税), one collection per record: `land-tax-arrears-<collectionId>`.
const arrearsDetails = {
  collectionId: id(),
  enterpriseNameZh: nameZh(),
  enterpriseNameEn: nameEn(),
  amountYuan: money(),
  parcelId: optional(id()),
};
export const LandUseTaxArrearsCollected = event('LandUseTaxArrearsCollected', object(arrearsDetails));
export const LandUseTaxArrearsCollectionCorrected = event(
  'LandUseTaxArrearsCollectionCorrected',
  object({ ...arrearsDetails, reason: reason(), late: lateChange() }),
);
export const LandUseTaxArrearsCollectionVoided = event(
  'LandUseTaxArrearsCollectionVoided',
  object({ collectionId: id(), reason: reason(), late: lateChange() }),
);

// Park expansion (扩区调区): `expansion-plan-<planId>`. Its preparatory tasks are data, named when listed.
const preparatoryTask = object({ taskId: id(), nameZh: nameZh(), nameEn: nameEn() });
const planDetails = {
  planId: id(),
  nameZh: nameZh(),
  nameEn: nameEn(),
  listedByZh: nameZh(),
  listedByEn: nameEn(),
  approvedAreaBeforeCentiHectares: centiArea(0),
  plannedAreaCentiHectares: centiArea(1),
  preparatoryTasks: arrayOf(preparatoryTask, { min: 1, max: 50 }),
};
export const ExpansionPlanListed = event('ExpansionPlanListed', object(planDetails));
export const ExpansionPlanDetailsCorrected = event(
  'ExpansionPlanDetailsCorrected',
  object({ ...planDetails, reason: reason(), late: lateChange() }),
);
export const ExpansionPreparatoryTaskCompleted = event(
  'ExpansionPreparatoryTaskCompleted',
  object({ planId: id(), taskId: id() }),
);
export const ExpansionAreaApproved = event(
  'ExpansionAreaApproved',
  object({ planId: id(), approvedAreaCentiHectares: centiArea(1) }),
);
export const ExpansionAreaApprovalCorrected = event(
  'ExpansionAreaApprovalCorrected',
  object({ planId: id(), approvedAreaCentiHectares: centiArea(1), reason: reason(), late: lateChange() }),
);
export const ExpansionPlanVoided = event('ExpansionPlanVoided', object({ planId: id(), reason: reason(), late: lateChange() }));

// Relocation into the park (退城进园): `relocation-<relocationId>`.
export const relocationSteps = [
  'asset-inventory',
  'appraisal',
  'compensation-agreement',
  'old-site-handover',
  'new-site-construction',
] as const;
export type RelocationStep = (typeof relocationSteps)[number];
export const relocationStepNames: Record<RelocationStep, { zh: string; en: string }> = {
  'asset-inventory': { zh: '清产核算', en: 'asset inventory' },
  appraisal: { zh: '中介评估', en: 'appraisal' },
  'compensation-agreement': { zh: '签订补偿协议', en: 'compensation agreement' },
  'old-site-handover': { zh: '原址移交', en: 'old site handed over' },
  'new-site-construction': { zh: '新址建设', en: 'new site built' },
};
const relocationDetails = { relocationId: id(), enterpriseNameZh: nameZh(), enterpriseNameEn: nameEn() };
export const RelocationStarted = event('RelocationStarted', object(relocationDetails));
export const RelocationDetailsCorrected = event(
  'RelocationDetailsCorrected',
  object({ ...relocationDetails, reason: reason(), late: lateChange() }),
);
export const RelocationStepCompleted = event(
  'RelocationStepCompleted',
  object({ relocationId: id(), step: oneOf(relocationSteps) }),
);
export const RelocationCompleted = event('RelocationCompleted', object({ relocationId: id() }));
export const RelocationVoided = event('RelocationVoided', object({ relocationId: id(), reason: reason(), late: lateChange() }));

export const idleParcelEvents = [
  IdleParcelIdentified,
  IdleParcelDetailsCorrected,
  IdleParcelReclaimed,
  IdleParcelReclaimCorrected,
  IdleLandRectificationCommitmentSubmitted,
  IdleLandFeeCollected,
  IdleLandFeeCorrected,
  IdleParcelVoided,
] as const;
export const landTaxArrearsEvents = [
  LandUseTaxArrearsCollected,
  LandUseTaxArrearsCollectionCorrected,
  LandUseTaxArrearsCollectionVoided,
] as const;
export const expansionPlanEvents = [
  ExpansionPlanListed,
  ExpansionPlanDetailsCorrected,
  ExpansionPreparatoryTaskCompleted,
  ExpansionAreaApproved,
  ExpansionAreaApprovalCorrected,
  ExpansionPlanVoided,
] as const;
export const relocationEvents = [
  RelocationStarted,
  RelocationDetailsCorrected,
  RelocationStepCompleted,
  RelocationCompleted,
  RelocationVoided,
] as const;

export const landEvents = [...idleParcelEvents, ...landTaxArrearsEvents, ...expansionPlanEvents, ...relocationEvents];

export type IdleParcelEvent = DomainEventOf<(typeof idleParcelEvents)[number]>;
export type LandTaxArrearsEvent = DomainEventOf<(typeof landTaxArrearsEvents)[number]>;
export type ExpansionPlanEvent = DomainEventOf<(typeof expansionPlanEvents)[number]>;
export type RelocationEvent = DomainEventOf<(typeof relocationEvents)[number]>;
export type LandEvent = IdleParcelEvent | LandTaxArrearsEvent | ExpansionPlanEvent | RelocationEvent;
