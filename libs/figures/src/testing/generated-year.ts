import type { EventEnvelope } from '@park-ledger/contracts';
import fc from 'fast-check';
import { streamOf } from './projection-testing';

/**
 * Random but plausible years of events for every department, for property tests: zones with platforms with and
 * without phases, projects (signed, started, dropped, corrected to another platform after the year, their stage
 * corrected, voided),
 * infrastructure works with plans that may be late (their site, stage and progress
 * corrected), funding granted (small and big amounts), rejected and pending,
 * idle parcels of both kinds with commitments, fees and reclamations, an expansion plan with tasks done before and
 * within the year, pollution incidents (handled, compensated after the year), accidents, reminders. Any section may
 * be empty; stocks carry over from the year before. Corrections within the year or in the January after it restate a
 * funding outcome, an idle parcel's details (zone, category, area), fee or reclaimed area, a compensation, an accident's
 * impact, a reminder batch. Enterprises' monthly returns (revenue, added value and taxes, small, big or nil; with or
 * without a platform and a contact) are restated (figures, zone, platform, contact), voided, some submitted afresh
 * after the void; milestones of every kind (rankings with their places) dated from the year before to the January
 * after are restated (another kind, date, zone, industry; optional facts dropped) and voided. Every payload is
 * checked against the published contracts.
 */
export interface GeneratedYear {
  readonly year: number;
  readonly events: readonly EventEnvelope[];
}

/** 0 = January of the year before, 12 = January of the year, 24 = January of the year after. */
type MonthIndex = number;

const at = (year: number, month: MonthIndex, day = 15): string => {
  const y = year - 1 + Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00+08:00`;
};
const dateOf = (year: number, month: MonthIndex) => at(year, month).slice(0, 10);

const ZONES = [
  { zoneId: 'gz-north', nameZh: '城北开发区', nameEn: 'Chengbei Development Zone' },
  { zoneId: 'gz-pharma', nameZh: '福城医药园', nameEn: 'Fucheng Pharmaceutical Park' },
  { zoneId: 'gz-salt', nameZh: '盐化基地', nameEn: 'Salt-Chemical Base' },
] as const;
const PLATFORM_NAMES = [
  ['医药创业园', 'Pharma Start-up Park'],
  ['医药物流园', 'Pharma Logistics Park'],
  ['金属家具科技园', 'Metal Furniture Tech Park'],
  ['汽配城', 'Auto Parts City'],
] as const;
const PHASE_NAMES = [
  ['一期', 'phase 1'],
  ['二期', 'phase 2'],
] as const;

interface Site {
  readonly zoneId: string;
  readonly platformId: string;
  readonly phaseId?: string;
}

/** Names as a clerk would enter them, none ending in a digit (a number printed after a name must not run into it). */
const CJK = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const nameZh = (prefix: string, i: number) => `${prefix}${CJK[i % CJK.length]}${i >= CJK.length ? CJK[Math.floor(i / CJK.length) % CJK.length] : ''}`;

const month = (from: MonthIndex, to: MonthIndex) => fc.integer({ min: from, max: to });
/** ascending months: a record's events happen in order */
const months = (n: number, from: MonthIndex, to: MonthIndex) =>
  fc.array(month(from, to), { minLength: n, maxLength: n }).map((ms) => [...ms].sort((a, b) => a - b));
const amount = fc.oneof(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 10_000, max: 99_999_999 }), fc.integer({ min: 100_000_000, max: 5_000_000_000 }));

const registry = fc.record({
  zones: fc.integer({ min: 1, max: ZONES.length }),
  platforms: fc.array(fc.record({ zone: fc.nat(), phases: fc.integer({ min: 0, max: 2 }), name: fc.nat() }), { minLength: 1, maxLength: 4 }),
});

const project = fc.record({
  site: fc.nat(),
  months: months(5, 0, 23),
  progress: fc.integer({ min: 0, max: 4 }),
  dropped: fc.boolean(),
  movedAfterYear: fc.boolean(),
  voided: fc.integer({ min: 0, max: 9 }),
  investment: amount,
  /** its stage restated (set back, forward, dropped or back to negotiation) within the year or in the January after it */
  stageCorrected: fc.option(fc.record({ month: month(12, 24), stage: fc.constantFrom('Negotiating', 'Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction', 'Dropped') }), {
    nil: undefined,
  }),
});
const work = fc.record({
  site: fc.nat(),
  months: months(3, 0, 23),
  reached: fc.integer({ min: 0, max: 5 }),
  progress: fc.integer({ min: 0, max: 100 }),
  plannedFor: month(6, 30),
  /** restated as it should stand: another site, stage and progress */
  correction: fc.option(fc.record({ month: month(12, 24), site: fc.nat(), stage: fc.integer({ min: 0, max: 5 }), progress: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }),
});
const funding = fc.record({
  months: months(2, 0, 23),
  outcome: fc.constantFrom('granted', 'rejected', 'pending'),
  amount,
  voided: fc.integer({ min: 0, max: 9 }),
  /** the outcome restated, within the year or in the January after it */
  correction: fc.option(fc.record({ month: month(12, 24), outcome: fc.constantFrom('granted', 'rejected', 'pending'), amount }), { nil: undefined }),
});
const parcel = fc.record({
  zone: fc.nat(),
  category: fc.constantFrom('supplied-unused', 'under-built'),
  area: fc.integer({ min: 1, max: 90_000 }),
  months: months(4, 0, 23),
  commitment: fc.boolean(),
  fee: fc.option(amount, { nil: undefined }),
  reclaimed: fc.boolean(),
  voided: fc.integer({ min: 0, max: 9 }),
  /** its details (another zone or category, another area), its fee receipt (0: nothing collected) or its reclaimed area restated */
  correction: fc.option(
    fc.record({ month: month(12, 24), kind: fc.constantFrom('details', 'fee', 'reclaim'), zone: fc.nat(), flip: fc.boolean(), area: fc.integer({ min: 1, max: 90_000 }), amount: fc.oneof(fc.constant(0), amount) }),
    { nil: undefined },
  ),
});
const correction = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.record({ month: month(12, 24), to: arb }), { nil: undefined });
const incident = fc.record({ zone: fc.nat(), months: months(3, 0, 23), handled: fc.boolean(), compensation: fc.option(amount, { nil: undefined }), correction: correction(amount) });
const accident = fc.record({
  zone: fc.nat(),
  months: months(2, 0, 23),
  severity: fc.constantFrom('ordinary', 'serious'),
  handled: fc.boolean(),
  major: fc.boolean(),
  correction: correction(fc.boolean()),
});
const channel = fc.constantFrom('sms', 'door-to-door', 'banner');
const reminders = fc.record({
  zone: fc.nat(),
  month: month(0, 23),
  channel,
  count: fc.integer({ min: 1, max: 500 }),
  correction: correction(fc.record({ zone: fc.nat(), channel, count: fc.integer({ min: 1, max: 500 }) })),
});
/** An enterprise's monthly returns: each month's return submitted in the month after it (months of the year before and the year). */
const enterprise = fc.record({
  site: fc.nat(),
  onPlatform: fc.boolean(),
  contact: fc.boolean(),
  returns: fc.array(
    fc.record({
      month: month(0, 23),
      revenue: amount,
      addedValue: fc.oneof(fc.constant(0), amount),
      taxes: fc.oneof(fc.constant(0), amount),
      /** its figures (and its zone, platform, contact) restated within the year or in the January after it */
      correction: fc.option(fc.record({ month: month(12, 24), site: fc.nat(), onPlatform: fc.boolean(), contact: fc.boolean(), revenue: fc.oneof(fc.constant(0), amount), taxes: amount }), { nil: undefined }),
      /** 0: voided in the February after the year; 1: voided, then submitted afresh */
      voided: fc.integer({ min: 0, max: 9 }),
    }),
    { maxLength: 6 },
  ),
});
const milestoneKinds = ['provincial-key-industrial-cluster', 'provincial-demonstration-cluster', 'national-base-approval', 'base-named', 'exhibition', 'recognition', 'ranking', 'other'] as const;
/** A milestone as stated: its kind (a ranking's places), its date (the year before to the January after), where it belongs. */
const milestoneFacts = fc.record({
  kind: fc.constantFrom(...milestoneKinds),
  month: month(0, 24),
  day: fc.integer({ min: 1, max: 28 }),
  rank: fc.integer({ min: 1, max: 200 }),
  previousRank: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  zone: fc.option(fc.nat(), { nil: undefined }),
  industry: fc.option(fc.constantFrom('pharma', 'salt-chemical'), { nil: undefined }),
  authority: fc.boolean(),
});
const milestone = fc.record({ facts: milestoneFacts, correction: correction(milestoneFacts), voided: fc.integer({ min: 0, max: 9 }) });
const expansion = fc.record({
  listed: month(0, 20),
  tasks: fc.array(fc.option(month(0, 23), { nil: undefined }), { minLength: 1, maxLength: 6 }),
  /** its details restated after the tasks done so far: a pending task dropped, a task added, another planned area, the English names left out */
  correction: fc.option(fc.record({ month: month(12, 24), dropPending: fc.boolean(), addTask: fc.boolean(), plannedArea: fc.integer({ min: 40_000, max: 300_000 }) }), { nil: undefined }),
  /** the area approved once every task is done (and the approval's area restated) */
  approval: fc.option(fc.record({ month: month(0, 24), area: fc.integer({ min: 30_001, max: 300_000 }), correction: correction(fc.integer({ min: 30_001, max: 300_000 })) }), { nil: undefined }),
});
const inspection = fc.record({
  zone: fc.nat(),
  kind: fc.constantFrom('weekly-small', 'fortnightly-large'),
  month: month(0, 23),
  findings: fc.integer({ min: 0, max: 30 }),
  summary: fc.boolean(),
  correction: correction(fc.record({ zone: fc.nat(), kind: fc.constantFrom('weekly-small', 'fortnightly-large'), findings: fc.integer({ min: 0, max: 30 }) })),
  voided: fc.integer({ min: 0, max: 9 }),
});
const hazard = fc.record({
  zone: fc.nat(),
  months: months(4, 0, 23),
  /** found by one of the year's inspections (its index), or not */
  inspection: fc.option(fc.nat(), { nil: undefined }),
  nameEn: fc.boolean(),
  order: fc.option(fc.record({ stop: fc.boolean(), verified: fc.boolean(), corrected: fc.option(month(12, 24), { nil: undefined }) }), { nil: undefined }),
  /** fined (the v2 amount in CNY), the fine restated (0: withdrawn) */
  penalty: fc.option(fc.record({ amount, correction: correction(fc.oneof(fc.constant(0), amount)) }), { nil: undefined }),
  /** its details restated: another zone, the English name and the inspection left out */
  details: fc.option(fc.record({ month: month(12, 24), zone: fc.nat() }), { nil: undefined }),
  voided: fc.integer({ min: 0, max: 9 }),
});
const relocation = fc.record({
  started: month(0, 23),
  /** the steps done, each in a month from the start on (undefined: not yet) */
  steps: fc.array(fc.option(month(0, 23), { nil: undefined }), { minLength: 5, maxLength: 5 }),
  completed: fc.option(month(0, 24), { nil: undefined }),
  renamed: fc.option(month(12, 24), { nil: undefined }),
  voided: fc.integer({ min: 0, max: 9 }),
});
const facility = fc.record({
  zone: fc.nat(),
  registered: month(0, 20),
  works: fc.array(fc.option(month(0, 23), { nil: undefined }), { maxLength: 4 }),
  commissioned: fc.option(month(0, 24), { nil: undefined }),
  /** restated after its works: another zone, a pending work dropped, a work added, the English name left out */
  correction: fc.option(fc.record({ month: month(12, 24), zone: fc.nat(), dropPending: fc.boolean(), addWork: fc.boolean() }), { nil: undefined }),
  voided: fc.integer({ min: 0, max: 9 }),
});

const few = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { maxLength: max });

export const yearShape = fc.record({
  year: fc.integer({ min: 2003, max: 2024 }),
  registry,
  projects: few(project, 8),
  works: few(work, 4),
  funding: few(funding, 5),
  parcels: few(parcel, 5),
  incidents: few(incident, 5),
  accidents: few(accident, 4),
  reminders: few(reminders, 4),
  expansion: fc.option(expansion, { nil: undefined }),
  enterprises: few(enterprise, 3),
  inspections: few(inspection, 4),
  hazards: few(hazard, 4),
  relocations: few(relocation, 3),
  facilities: few(facility, 2),
  milestones: few(milestone, 5),
});
export type YearShape = typeof yearShape extends fc.Arbitrary<infer T> ? T : never;

/**
 * When each event is recorded, as codes drawn per event (cycled): 0–9 the same day, a few hours after it happened;
 * 10–15 days to weeks later; 16–17 late, in the January after the year; 18–19 in the February after it. Without
 * them an event is recorded when it happens (recordedAt = occurredAt).
 */
export const recordingShape = fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 1, maxLength: 40 });
export type RecordingShape = readonly number[];

const HOUR = 3600_000;
/** The record time of an event that happened at `occurredAt`, by its code; never before it happened. */
const recordedAfter = (year: number, occurredAt: string, code: number): number => {
  const happened = Date.parse(occurredAt);
  if (code < 10) return happened + (code * 37 + 1) * 60_000;
  if (code < 16) return happened + (code - 9) * 3 * 24 * HOUR;
  const late = Date.parse(at(year, code < 18 ? 24 : 25, 5 + code));
  return Math.max(late, happened + HOUR);
};

/** Record times from the codes: each stream's events recorded in order, at least a second apart. */
function recorded(year: number, events: readonly EventEnvelope[], recording: RecordingShape): EventEnvelope[] {
  const last = new Map<string, number>();
  return events.map((event, i) => {
    const time = Math.max(recordedAfter(year, event.occurredAt, recording[i % recording.length]), (last.get(event.streamId) ?? 0) + 1000);
    last.set(event.streamId, time);
    return { ...event, recordedAt: new Date(time).toISOString() };
  });
}

/**
 * A generated year's events, every record's stream in order. With `recording`, events are recorded apart from when
 * they happened (late, some in the January or February after the year; see recordingShape); each stream's record
 * times ascend with its versions.
 */
export function eventsOf(shape: YearShape, tag = 'g', recording?: RecordingShape): GeneratedYear {
  const { year } = shape;
  const events: EventEnvelope[] = [];
  // the tag keeps the zones of years loaded side by side (an e2e test's) apart
  const zones = ZONES.slice(0, shape.registry.zones).map((zone) => ({ ...zone, zoneId: tag === 'g' ? zone.zoneId : `${tag}-${zone.zoneId}` }));
  const sites: Site[] = [];
  // the registry, recorded before anything names it
  zones.forEach((zone, z) => {
    const stream = streamOf(`zone-${zone.zoneId}`, 'projects');
    const registered = at(year, 0, 1);
    events.push(stream('ZoneRegistered', zone, registered));
    shape.registry.platforms
      .filter((p) => p.zone % zones.length === z)
      .forEach((p, i) => {
        const [nameZh, nameEn] = PLATFORM_NAMES[(p.name + i) % PLATFORM_NAMES.length];
        const platformId = `${zone.zoneId}-p${i}`;
        events.push(stream('PlatformAdded', { zoneId: zone.zoneId, platformId, nameZh: `${zone.nameZh.slice(0, 2)}${nameZh}`, nameEn: `${nameEn} ${z}${i}` }, registered));
        sites.push({ zoneId: zone.zoneId, platformId });
        for (let k = 0; k < p.phases; k++) {
          const [phaseZh, phaseEn] = PHASE_NAMES[k];
          events.push(stream('PlatformPhaseAdded', { zoneId: zone.zoneId, platformId, phaseId: `ph${k + 1}`, nameZh: phaseZh, nameEn: phaseEn }, registered));
          sites.push({ zoneId: zone.zoneId, platformId, phaseId: `ph${k + 1}` });
        }
      });
  });
  const zoneOf = (n: number) => zones[n % zones.length].zoneId;

  shape.projects.forEach((p, i) => {
    if (sites.length === 0) return;
    const projectId = `${tag}-P${i}`;
    const stream = streamOf(`project-${projectId}`, 'projects');
    const site = sites[p.site % sites.length];
    const details = { projectId, nameZh: nameZh('项目', i), ...site, industry: 'pharma', investorNameZh: nameZh('投资方', i), plannedInvestmentYuan: p.investment };
    const [lead, ...later] = p.months;
    events.push(stream('ProjectLeadRegistered', details, at(year, lead, 5)));
    const steps = ['ProjectSigned', 'ProjectConstructionStarted', 'ProjectToppedOut', 'ProjectProductionStarted'].slice(0, p.progress);
    steps.forEach((type, s) => events.push(stream(type, { projectId }, at(year, later[s], 10))));
    // a project in production is not dropped (its decider refuses it: it would leave the park, another record)
    const dropped = p.dropped && steps.length < 4;
    if (dropped) events.push(stream('ProjectDropped', { projectId, reason: 'investor withdrew' }, at(year, later[3], 20)));
    const status = dropped ? 'Dropped' : (['Negotiating', 'Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction'][steps.length] as string);
    // restating the stage it has is refused by its decider
    if (p.stageCorrected && p.stageCorrected.stage !== status) {
      events.push(stream('ProjectStageCorrected', { projectId, stage: p.stageCorrected.stage, reason: 'stage recorded by mistake' }, at(year, Math.max(p.stageCorrected.month, later[3]), 27)));
    }
    const other = sites[(p.site + 1) % sites.length];
    if (p.movedAfterYear) events.push(stream('ProjectDetailsCorrected', { ...details, ...other, phaseId: other.phaseId, reason: 'entered on the wrong platform' }, at(year, 25, 5)));
    if (p.voided === 0) events.push(stream('ProjectVoided', { projectId, reason: 'entered twice' }, at(year, 25, 6)));
  });

  const stages = ['design', 'drawing-review', 'budget', 'tendering', 'under-construction', 'completed'] as const;
  shape.works.forEach((w, i) => {
    if (sites.length === 0) return;
    const workId = `${tag}-W${i}`;
    const stream = streamOf(`infrastructure-work-${workId}`, 'projects');
    const site = sites[w.site % sites.length];
    const plan = dateOf(year, w.plannedFor);
    events.push(
      stream(
        'InfrastructureWorkRegistered',
        { workId, nameZh: nameZh('路网工程', i), nameEn: `road network ${i}`, ...site, kinds: ['road-network'], stage: 'design', expectedStartOn: plan, expectedCompletionOn: plan },
        at(year, w.months[0]),
      ),
    );
    const reached = stages[w.reached];
    if (reached !== 'design') events.push(stream('InfrastructureWorkStageReached', { workId, stage: reached }, at(year, w.months[1])));
    if (reached === 'under-construction') events.push(stream('InfrastructureWorkProgressReported', { workId, percentComplete: w.progress }, at(year, w.months[2])));
    if (w.correction) {
      const stage = stages[w.correction.stage];
      // the progress its stage allows (its decider refuses any other): none before construction, all when completed
      const percentComplete = stage === 'completed' ? 100 : w.correction.stage < 4 ? 0 : w.correction.progress;
      const restated = { workId, nameZh: nameZh('路网工程', i), nameEn: `road network ${i}`, ...sites[w.correction.site % sites.length], kinds: ['road-network'], stage, percentComplete };
      events.push(stream('InfrastructureWorkCorrected', { ...restated, reason: 'stage reported wrongly' }, at(year, Math.max(w.correction.month, w.months[2]), 27)));
    }
  });

  shape.funding.forEach((f, i) => {
    const applicationId = `${tag}-F${i}`;
    const stream = streamOf(`funding-application-${applicationId}`, 'projects');
    events.push(stream('FundingApplicationFiled', { applicationId, titleZh: nameZh('争资项目', i), titleEn: `funding ${i}`, requestedAmountYuan: f.amount }, at(year, f.months[0])));
    if (f.outcome === 'granted') events.push(stream('FundingApplicationGranted', { applicationId, amountYuan: f.amount }, at(year, f.months[1], 20)));
    if (f.outcome === 'rejected') events.push(stream('FundingApplicationRejected', { applicationId, reason: 'quota' }, at(year, f.months[1], 20)));
    if (f.correction) {
      const { outcome, amount: granted } = f.correction;
      const restated = { applicationId, titleZh: nameZh('争资项目', i), titleEn: `funding ${i}`, requestedAmountYuan: f.amount, outcome, ...(outcome === 'granted' ? { grantedAmountYuan: granted } : {}) };
      events.push(stream('FundingApplicationCorrected', { ...restated, reason: 'decision misread' }, at(year, Math.max(f.correction.month, f.months[1]), 27)));
    }
    if (f.voided === 0) events.push(stream('FundingApplicationVoided', { applicationId, reason: 'entered twice' }, at(year, 25, 7)));
  });

  shape.parcels.forEach((p, i) => {
    const parcelId = `${tag}-L${i}`;
    const stream = streamOf(`idle-parcel-${parcelId}`, 'land');
    const [identified, committed, paid, reclaimed] = p.months;
    events.push(stream('IdleParcelIdentified', { parcelId, category: p.category, zoneId: zoneOf(p.zone), enterpriseNameZh: nameZh('企业', i), enterpriseNameEn: `Enterprise ${i}`, idleAreaCentiMu: p.area }, at(year, identified)));
    if (p.commitment) events.push(stream('IdleLandRectificationCommitmentSubmitted', { parcelId, rectifyBy: dateOf(year, committed + 6) }, at(year, committed, 16)));
    if (p.fee !== undefined) events.push(stream('IdleLandFeeCollected', { parcelId, receiptNo: `R-${i}`, amountYuan: p.fee }, at(year, paid, 17)));
    if (p.reclaimed) events.push(stream('IdleParcelReclaimed', { parcelId, reclaimedAreaCentiMu: p.area }, at(year, reclaimed, 18)));
    const c = p.correction;
    const correctedAt = at(year, Math.max(c?.month ?? 0, p.months[3]), 27);
    if (c?.kind === 'details') {
      const category = c.flip ? (p.category === 'under-built' ? 'supplied-unused' : 'under-built') : p.category;
      // never below what was reclaimed (its decider refuses that)
      const idleAreaCentiMu = p.reclaimed ? Math.max(c.area, p.area) : c.area;
      const restated = { parcelId, category, zoneId: zoneOf(c.zone), enterpriseNameZh: nameZh('企业', i), enterpriseNameEn: `Enterprise ${i}`, idleAreaCentiMu };
      events.push(stream('IdleParcelDetailsCorrected', { ...restated, reason: 'resurveyed' }, correctedAt));
    }
    if (c?.kind === 'fee' && p.fee !== undefined) events.push(stream('IdleLandFeeCorrected', { parcelId, receiptNo: `R-${i}`, amountYuan: c.amount, reason: 'receipt misread' }, correctedAt));
    if (c?.kind === 'reclaim' && p.reclaimed) events.push(stream('IdleParcelReclaimCorrected', { parcelId, reclaimedAreaCentiMu: Math.min(c.area, p.area), reason: 'decision misread' }, correctedAt));
    if (p.voided === 0) events.push(stream('IdleParcelVoided', { parcelId, reason: 'not idle after all' }, at(year, 25, 8)));
  });

  shape.incidents.forEach((e, i) => {
    const incidentId = `${tag}-E${i}`;
    const stream = streamOf(`pollution-incident-${incidentId}`, 'safety');
    events.push(stream('PollutionIncidentReported', { incidentId, zoneId: zoneOf(e.zone), descriptionZh: '污水外溢' }, at(year, e.months[0])));
    if (e.handled) events.push(stream('PollutionIncidentHandled', { incidentId, measuresZh: '截流' }, at(year, e.months[1], 16)));
    if (e.compensation !== undefined) events.push(stream('PollutionCompensationPaid', { incidentId, amountYuan: e.compensation }, at(year, e.months[2], 17)));
    if (e.compensation !== undefined && e.correction) {
      events.push(stream('PollutionCompensationCorrected', { incidentId, amountYuan: e.correction.to, reason: 'receipt misread' }, at(year, Math.max(e.correction.month, e.months[2]), 27)));
    }
  });

  shape.accidents.forEach((a, i) => {
    const accidentId = `${tag}-A${i}`;
    const stream = streamOf(`safety-accident-${accidentId}`, 'safety');
    events.push(stream('SafetyAccidentReported', { accidentId, zoneId: zoneOf(a.zone), severity: a.severity, descriptionZh: '机械伤害' }, at(year, a.months[0])));
    if (a.handled) events.push(stream('SafetyAccidentHandled', { accidentId, majorNegativeImpact: a.major }, at(year, a.months[1], 16)));
    if (a.handled && a.correction) {
      events.push(stream('SafetyAccidentHandlingCorrected', { accidentId, majorNegativeImpact: a.correction.to, reason: 'impact reassessed' }, at(year, Math.max(a.correction.month, a.months[1]), 27)));
    }
  });

  shape.reminders.forEach((r, i) => {
    const batchId = `${tag}-B${i}`;
    const stream = streamOf(`reminder-batch-${batchId}`, 'safety');
    events.push(stream('ReminderBatchSent', { batchId, channel: r.channel, zoneId: zoneOf(r.zone), count: r.count }, at(year, r.month)));
    if (r.correction) {
      const { zone, channel, count } = r.correction.to;
      events.push(stream('ReminderBatchCorrected', { batchId, channel, zoneId: zoneOf(zone), count, reason: 'count misread' }, at(year, Math.max(r.correction.month, r.month), 27)));
    }
  });

  shape.enterprises.forEach((e, i) => {
    if (sites.length === 0) return;
    const enterpriseId = `${tag}-C${i}`;
    const placed = (site: number, onPlatform: boolean) => {
      const { zoneId, platformId } = sites[site % sites.length];
      return onPlatform ? { zoneId, platformId } : { zoneId };
    };
    const contact = (given: boolean) => (given ? { contactName: nameZh('联系人', i), contactPhone: `0795-72${String(1000 + i)}` } : {});
    // one return per month (a second one for a month is a correction)
    const seen = new Set<number>();
    e.returns
      .filter((r) => !seen.has(r.month) && seen.add(r.month))
      .forEach((r) => {
        const returnMonth = dateOf(year, r.month).slice(0, 7);
        const stream = streamOf(`economic-return-${enterpriseId}-${returnMonth}`, 'projects');
        const named = { enterpriseId, month: returnMonth, enterpriseNameZh: nameZh('企业', 10 + i), enterpriseNameEn: `Enterprise ${10 + i}` };
        const figures = { mainBusinessRevenueYuan: r.revenue, industrialAddedValueYuan: r.addedValue, taxesYuan: r.taxes };
        const submitted = { ...named, ...placed(e.site, e.onPlatform), ...figures, ...contact(e.contact) };
        events.push(stream('EconomicReturnSubmitted', submitted, at(year, r.month + 1, 10)));
        if (r.correction) {
          const c = r.correction;
          const restated = { ...named, ...placed(c.site, c.onPlatform), ...figures, mainBusinessRevenueYuan: c.revenue, taxesYuan: c.taxes, ...contact(c.contact) };
          events.push(stream('EconomicReturnCorrected', { ...restated, reason: 'figures restated by the statistics bureau' }, at(year, Math.max(c.month, r.month + 1), 27)));
        }
        if (r.voided <= 1) events.push(stream('EconomicReturnVoided', { enterpriseId, month: returnMonth, reason: 'entered under the wrong enterprise' }, at(year, 25, 9)));
        if (r.voided === 1) events.push(stream('EconomicReturnSubmitted', { ...submitted, taxesYuan: r.taxes + 1 }, at(year, 25, 10)));
      });
  });

  shape.milestones.forEach((m, i) => {
    const milestoneId = `${tag}-M${i}`;
    const stream = streamOf(`milestone-${milestoneId}`, 'projects');
    const stated = (f: typeof m.facts) => ({
      milestoneId,
      kind: f.kind,
      titleZh: nameZh('荣誉', i),
      titleEn: `honour ${i}`,
      date: at(year, f.month, f.day).slice(0, 10),
      ...(f.authority ? { authorityZh: '省工业和信息化厅', authorityEn: 'provincial industry department' } : {}),
      ...(f.zone === undefined ? {} : { zoneId: zoneOf(f.zone) }),
      ...(f.industry === undefined ? {} : { industry: f.industry }),
      // only a ranking carries places (its decider refuses any other)
      ...(f.kind === 'ranking' ? { rank: f.rank, ...(f.previousRank === undefined ? {} : { previousRank: f.previousRank }) } : {}),
    });
    // recorded on its date or a few days after it
    events.push(stream('MilestoneRecorded', stated(m.facts), at(year, m.facts.month, Math.min(27, m.facts.day + 2))));
    if (m.correction) {
      events.push(stream('MilestoneCorrected', { ...stated(m.correction.to), reason: 'title and date as in the notice' }, at(year, Math.max(m.correction.month, m.facts.month), 28)));
    }
    if (m.voided === 0) events.push(stream('MilestoneVoided', { milestoneId, reason: 'entered twice' }, at(year, 25, 11)));
  });

  if (shape.expansion) {
    const plan = shape.expansion;
    const planId = `${tag}-X`;
    const stream = streamOf(`expansion-plan-${planId}`, 'land');
    const tasks = plan.tasks.map((_, k) => ({ taskId: `t${k}`, nameZh: nameZh('前期工作', k), nameEn: `task ${k}` }));
    const listed = { planId, nameZh: '扩区调区计划', nameEn: 'expansion plan', listedByZh: '省人民政府', listedByEn: 'provincial government', approvedAreaBeforeCentiHectares: 30_000, plannedAreaCentiHectares: 166_100, preparatoryTasks: tasks };
    events.push(stream('ExpansionPlanListed', listed, at(year, plan.listed)));
    const done = plan.tasks
      .map((month, k) => ({ month, k }))
      .filter((t): t is { month: number; k: number } => t.month !== undefined && t.month >= plan.listed)
      .sort((a, b) => a.month - b.month);
    done.forEach(({ month, k }) => events.push(stream('ExpansionPreparatoryTaskCompleted', { planId, taskId: `t${k}` }, at(year, month, 20))));
    const lastDone = Math.max(plan.listed, ...done.map((t) => t.month));
    let onList: { taskId: string; nameZh: string; nameEn?: string }[] = tasks;
    if (plan.correction) {
      const c = plan.correction;
      // a completed task stays on the list (its decider refuses dropping one)
      const pending = tasks.filter((_, k) => !done.some((t) => t.k === k));
      // never an empty list (a plan has at least one task)
      const dropped = c.dropPending && pending.length > 0 && (tasks.length > 1 || c.addTask) ? pending[0].taskId : undefined;
      onList = [
        ...tasks.filter((t) => t.taskId !== dropped).map(({ taskId, nameZh }) => ({ taskId, nameZh })),
        ...(c.addTask ? [{ taskId: 'added', nameZh: nameZh('补充工作', 0) }] : []),
      ];
      const { nameEn: _nameEn, listedByEn: _listedByEn, ...zhOnly } = listed;
      events.push(stream('ExpansionPlanDetailsCorrected', { ...zhOnly, plannedAreaCentiHectares: c.plannedArea, preparatoryTasks: onList, reason: 'as the province listed it' }, at(year, Math.max(c.month, lastDone), 25)));
    }
    // approved once every task on its list is done (its decider refuses it before), after the correction
    const allDone = onList.every((t) => done.some(({ k }) => `t${k}` === t.taskId));
    if (plan.approval && allDone) {
      const approvedIn = Math.max(plan.approval.month, lastDone, plan.correction ? Math.max(plan.correction.month, lastDone) : 0);
      events.push(stream('ExpansionAreaApproved', { planId, approvedAreaCentiHectares: plan.approval.area }, at(year, approvedIn, 26)));
      if (plan.approval.correction) {
        events.push(stream('ExpansionAreaApprovalCorrected', { planId, approvedAreaCentiHectares: plan.approval.correction.to, reason: 'area as in the approval' }, at(year, Math.max(plan.approval.correction.month, approvedIn), 27)));
      }
    }
  }

  const inspectionIds: string[] = [];
  shape.inspections.forEach((n, i) => {
    const inspectionId = `${tag}-I${i}`;
    inspectionIds.push(inspectionId);
    const stream = streamOf(`safety-inspection-${inspectionId}`, 'safety');
    const stated = { inspectionId, kind: n.kind, zoneId: zoneOf(n.zone), findingsCount: n.findings, ...(n.summary ? { summaryZh: '消防通道堵塞' } : {}) };
    events.push(stream('SafetyInspectionConducted', stated, at(year, n.month, 12)));
    if (n.correction) {
      const { zone, kind, findings } = n.correction.to;
      // restated whole: the summary left out
      events.push(stream('SafetyInspectionCorrected', { inspectionId, kind, zoneId: zoneOf(zone), findingsCount: findings, reason: 'findings recounted' }, at(year, Math.max(n.correction.month, n.month), 27)));
    }
    if (n.voided === 0) events.push(stream('SafetyInspectionVoided', { inspectionId, reason: 'entered twice' }, at(year, 25, 12)));
  });

  shape.hazards.forEach((h, i) => {
    const hazardId = `${tag}-H${i}`;
    const stream = streamOf(`hazard-${hazardId}`, 'safety');
    const [found, ordered, verified, fined] = h.months;
    // its corrections in one month after everything else, in order
    const correctedIn = Math.max(fined, h.order?.corrected ?? 0, h.penalty?.correction?.month ?? 0, h.details?.month ?? 0);
    const inspectionId = h.inspection === undefined || inspectionIds.length === 0 ? {} : { inspectionId: inspectionIds[h.inspection % inspectionIds.length] };
    const details = { hazardId, zoneId: zoneOf(h.zone), enterpriseNameZh: nameZh('企业', 20 + i), ...(h.nameEn ? { enterpriseNameEn: `Enterprise ${20 + i}` } : {}), descriptionZh: '消防通道堵塞', ...inspectionId };
    events.push(stream('HazardFound', details, at(year, found, 13)));
    if (h.order) {
      events.push(stream('HazardRectificationOrdered', { hazardId, stopProduction: h.order.stop, rectifyBy: dateOf(year, ordered + 1) }, at(year, ordered, 14)));
      if (h.order.verified) events.push(stream('HazardRectificationVerified', { hazardId }, at(year, verified, 15)));
      if (h.order.corrected !== undefined) {
        events.push(stream('HazardRectificationOrderCorrected', { hazardId, stopProduction: !h.order.stop, reason: 'production was (not) stopped' }, at(year, correctedIn, 24)));
      }
    }
    if (h.penalty) {
      events.push(stream('HazardPenaltyImposed', { hazardId, amount: { value: h.penalty.amount, currency: 'CNY' } }, at(year, fined, 16)));
      if (h.penalty.correction) {
        events.push(stream('HazardPenaltyCorrected', { hazardId, amount: { value: h.penalty.correction.to, currency: 'CNY' }, reason: 'decision misread' }, at(year, correctedIn, 25)));
      }
    }
    if (h.details) {
      const { enterpriseNameEn: _en, inspectionId: _inspection, ...kept } = details as typeof details & { enterpriseNameEn?: string; inspectionId?: string };
      events.push(stream('HazardDetailsCorrected', { ...kept, zoneId: zoneOf(h.details.zone), reason: 'another enterprise' }, at(year, correctedIn, 26)));
    }
    if (h.voided === 0) events.push(stream('HazardVoided', { hazardId, reason: 'entered twice' }, at(year, 25, 13)));
  });

  const relocationSteps = ['asset-inventory', 'appraisal', 'compensation-agreement', 'old-site-handover', 'new-site-construction'] as const;
  shape.relocations.forEach((r, i) => {
    const relocationId = `${tag}-R${i}`;
    const stream = streamOf(`relocation-${relocationId}`, 'land');
    const named = { relocationId, enterpriseNameZh: nameZh('搬迁企业', i), enterpriseNameEn: `Relocating ${i}` };
    events.push(stream('RelocationStarted', named, at(year, r.started, 3)));
    const steps = r.steps
      .map((m, k) => ({ m: m === undefined ? undefined : Math.max(m, r.started), step: relocationSteps[k] }))
      .filter((s): s is { m: number; step: (typeof relocationSteps)[number] } => s.m !== undefined)
      .sort((a, b) => a.m - b.m);
    steps.forEach(({ m, step }) => events.push(stream('RelocationStepCompleted', { relocationId, step }, at(year, m, 18))));
    const lastStep = Math.max(r.started, ...steps.map((s) => s.m));
    // completed once every step is done (its decider refuses it before)
    const completedIn = r.completed !== undefined && steps.length === relocationSteps.length ? Math.max(r.completed, lastStep) : lastStep;
    if (r.completed !== undefined && steps.length === relocationSteps.length) events.push(stream('RelocationCompleted', { relocationId }, at(year, completedIn, 22)));
    if (r.renamed !== undefined) {
      events.push(stream('RelocationDetailsCorrected', { relocationId, enterpriseNameZh: nameZh('搬迁企业', i + 5), reason: 'name as registered' }, at(year, Math.max(r.renamed, completedIn), 26)));
    }
    if (r.voided === 0) events.push(stream('RelocationVoided', { relocationId, reason: 'entered twice' }, at(year, 25, 14)));
  });

  shape.facilities.forEach((f, i) => {
    const facilityId = `${tag}-V${i}`;
    const stream = streamOf(`environmental-facility-${facilityId}`, 'safety');
    const works = f.works.map((_, k) => ({ workId: `w${k}`, nameZh: nameZh('配套工程', k), nameEn: `work ${k}` }));
    const registered = { facilityId, nameZh: nameZh('污水处理厂', i), nameEn: `wastewater plant ${i}`, zoneId: zoneOf(f.zone), works };
    events.push(stream('EnvironmentalFacilityRegistered', registered, at(year, f.registered, 4)));
    const done = f.works
      .map((m, k) => ({ m: m === undefined ? undefined : Math.max(m, f.registered), k }))
      .filter((w): w is { m: number; k: number } => w.m !== undefined)
      .sort((a, b) => a.m - b.m);
    done.forEach(({ m, k }) => events.push(stream('EnvironmentalFacilityWorkCompleted', { facilityId, workId: `w${k}` }, at(year, m, 19))));
    const lastDone = Math.max(f.registered, ...done.map((w) => w.m));
    // commissioned once all its works are done (its decider refuses it before)
    if (f.commissioned !== undefined && done.length === works.length) events.push(stream('EnvironmentalFacilityCommissioned', { facilityId }, at(year, Math.max(f.commissioned, lastDone), 21)));
    if (f.correction) {
      const c = f.correction;
      const pending = works.filter((_, k) => !done.some((w) => w.k === k));
      const dropped = c.dropPending && pending.length > 0 ? pending[0].workId : undefined;
      const restatedWorks = [...works.filter((w) => w.workId !== dropped), ...(c.addWork ? [{ workId: 'added', nameZh: nameZh('补充工程', 0) }] : [])];
      const { nameEn: _nameEn, ...zhOnly } = registered;
      events.push(stream('EnvironmentalFacilityDetailsCorrected', { ...zhOnly, zoneId: zoneOf(c.zone), works: restatedWorks, reason: 'as built' }, at(year, Math.max(c.month, lastDone, f.commissioned ?? 0), 27)));
    }
    if (f.voided === 0) events.push(stream('EnvironmentalFacilityVoided', { facilityId, reason: 'entered twice' }, at(year, 25, 15)));
  });
  // as the wire carries them: an undefined field is absent (a correction to a site without a phase has no phaseId)
  const wire = events.map((event) => ({ ...event, payload: JSON.parse(JSON.stringify(event.payload)) }));
  return { year, events: recording && recording.length > 0 ? recorded(year, wire, recording) : wire };
}

/** Generated years: the shape is what fast-check shrinks, the events are built from it. */
export const generatedYear = (tag = 'g'): fc.Arbitrary<GeneratedYear> => yearShape.map((shape) => eventsOf(shape, tag));
