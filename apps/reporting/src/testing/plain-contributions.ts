// The independent recomputation of what each event did to each figure, written apart from the product (none of
// libs/figures' folds, contributions helpers or month function; none of the reporting app's plans): for every record,
// the facts its events state so far, by figure, business month and breakdown; an event's contribution is what the
// record's facts are after it minus what they were before it. Summed over a period and a breakdown, the
// contributions are the figure; the events whose contribution there is not zero are exactly the drill-down's.
// It knows the event types the year generator makes, and refuses any other (so it cannot silently count nothing).
import type { EventEnvelope } from '@park-ledger/contracts';

type Payload = Record<string, unknown>;
type Dims = Record<string, string>;

/** One fact: a figure's value in a business month for one exact breakdown. */
export interface PlainFact {
  readonly figure: string;
  readonly period: string;
  readonly dims: Dims;
  readonly value: number;
}

/** An event's change to one fact. */
export interface PlainChange extends PlainFact {
  readonly event: EventEnvelope;
}

/** The park month of a time (UTC+8, no daylight saving), computed here without the product's helper. */
export const plainMonth = (time: string) => new Date(Date.parse(time) + 8 * 3600_000).toISOString().slice(0, 7);

const keyOf = (figure: string, period: string, dims: Dims) =>
  JSON.stringify([figure, period, Object.keys(dims).sort().map((k) => [k, dims[k]])]);

class Facts {
  readonly byKey = new Map<string, PlainFact>();
  add(figure: string, period: string, dims: Record<string, string | undefined>, value = 1): void {
    const present: Dims = {};
    for (const [k, v] of Object.entries(dims)) if (v !== undefined) present[k] = v;
    const key = keyOf(figure, period, present);
    const before = this.byKey.get(key)?.value ?? 0;
    this.byKey.set(key, { figure, period, dims: present, value: before + value });
  }
  /** a state held from one month until another (the later of the two) */
  held(figure: string, dims: Record<string, string | undefined>, from: string, until: string | null, value = 1): void {
    this.add(figure, from, dims, value);
    if (until !== null) this.add(figure, until < from ? from : until, dims, -value);
  }
}

const p = (e: EventEnvelope) => e.payload as Payload;
const str = (payload: Payload, key: string) => payload[key] as string | undefined;
const num = (payload: Payload, key: string) => payload[key] as number;

/**
 * The facts a record's events (its stream so far, in order) state; nothing once it is voided. An enterprise's return
 * for a month voided may be submitted afresh: then it is the events after the void that state it.
 */
function factsOfRecord(whole: readonly EventEnvelope[]): Facts {
  const facts = new Facts();
  const lastVoid = whole.findLastIndex((e) => /Voided$/.test(e.type));
  const resubmitted = lastVoid >= 0 && whole[0]?.type === 'EconomicReturnSubmitted';
  const stream = resubmitted ? whole.slice(lastVoid + 1) : whole;
  if (stream.length === 0 || stream.some((e) => /Voided$/.test(e.type))) return facts;
  const month = (e: EventEnvelope) => plainMonth(e.occurredAt);
  const first = stream[0];
  const firstOf = (type: string) => stream.find((e) => e.type === type);
  const known = (types: string[]) => {
    for (const e of stream) if (!types.includes(e.type)) throw new Error(`the plain fold does not know ${e.type}`);
  };
  switch (first.type) {
    case 'ZoneRegistered':
      known(['ZoneRegistered', 'PlatformAdded', 'PlatformPhaseAdded']);
      return facts;
    case 'ProjectLeadRegistered': {
      known(['ProjectLeadRegistered', 'ProjectSigned', 'ProjectConstructionStarted', 'ProjectToppedOut', 'ProjectProductionStarted', 'ProjectDropped', 'ProjectDetailsCorrected', 'ProjectStageCorrected']);
      // the details as last stated (a correction restates them whole)
      const details = p([...stream].reverse().find((e) => e.type === 'ProjectDetailsCorrected') ?? first);
      const dims = { zoneId: str(details, 'zoneId'), platformId: str(details, 'platformId'), phaseId: str(details, 'phaseId'), industry: str(details, 'industry') };
      // the pipeline walked in order: a stage keeps the month first reached; reaching (or restating) a stage means
      // the ones before it (in its month, unless reached earlier) and not the ones after it, and takes the project
      // back from dropped; restating it as under negotiation clears every stage; dropped keeps the month first dropped
      const order = ['Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction'];
      const byEvent: Record<string, string> = { ProjectSigned: 'Signed', ProjectConstructionStarted: 'ConstructionStarted', ProjectToppedOut: 'ToppedOut', ProjectProductionStarted: 'InProduction', ProjectDropped: 'Dropped' };
      let reached: (string | null)[] = [null, null, null, null];
      let droppedIn: string | null = null;
      for (const e of stream.slice(1)) {
        const stage = e.type === 'ProjectStageCorrected' ? str(p(e), 'stage')! : byEvent[e.type];
        if (stage === undefined) continue;
        if (stage === 'Dropped') droppedIn = droppedIn ?? month(e);
        else if (stage === 'Negotiating') [reached, droppedIn] = [[null, null, null, null], null];
        else [reached, droppedIn] = [reached.map((m, i) => (i <= order.indexOf(stage) ? (m ?? month(e)) : null)), null];
      }
      const registered = month(first);
      facts.add('projects.leads', registered, dims);
      facts.held('projects.negotiating', dims, registered, reached[0] ?? droppedIn);
      const names = ['signed', 'construction-started', 'topped-out', 'in-production'];
      const toDate = ['signed-to-date', 'started-to-date', 'topped-out-to-date', 'in-production-to-date'];
      reached.forEach((m, i) => {
        if (m === null) return;
        facts.add(`projects.${names[i]}`, m, dims);
        facts.held(`projects.${toDate[i]}`, dims, m, droppedIn);
      });
      if (reached[0] !== null) facts.add('projects.planned-investment-signed', reached[0], dims, num(details, 'plannedInvestmentYuan'));
      if (droppedIn !== null) facts.add('projects.dropped', droppedIn, dims);
      return facts;
    }
    case 'InfrastructureWorkRegistered': {
      known(['InfrastructureWorkRegistered', 'InfrastructureWorkStageReached', 'InfrastructureWorkProgressReported', 'InfrastructureWorkCorrected']);
      // the site as last stated
      const details = p([...stream].reverse().find((e) => e.type === 'InfrastructureWorkCorrected') ?? first);
      const site = { zoneId: str(details, 'zoneId'), platformId: str(details, 'platformId'), phaseId: str(details, 'phaseId') };
      // the stages in the order reached (a repeat of the current one is no new stage), each held until the next; the
      // share of work done as last reported in each month (completed: all of it)
      const stages: { stage: string; since: string }[] = [];
      const percent = new Map<string, number>();
      for (const e of stream) {
        if (e.type === 'InfrastructureWorkProgressReported') {
          percent.set(month(e), num(p(e), 'percentComplete'));
          continue;
        }
        const stage = str(p(e), 'stage')!;
        if (e.type === 'InfrastructureWorkCorrected') {
          // a correction restates the current stage (back to the one before it, if that is the one restated) and
          // the latest progress report, in the months they were first recorded
          const current = stages.pop()!;
          if (stages.at(-1)?.stage !== stage) stages.push({ stage, since: current.since });
          const latest = [...percent.keys()].sort().at(-1) ?? month(e);
          percent.set(latest, num(p(e), 'percentComplete'));
          continue;
        }
        if (stages.at(-1)?.stage !== stage) stages.push({ stage, since: month(e) });
        if (stage === 'completed') percent.set(month(e), 100);
      }
      stages.forEach(({ stage, since }, i) => facts.held('infrastructure.works', { ...site, stage }, since, stages[i + 1]?.since ?? null));
      const completed = stages.find((s) => s.stage === 'completed');
      if (completed) facts.add('infrastructure.works-completed', completed.since, site);
      // a percent stock: each month's report adds its change from the one before
      let before = 0;
      for (const m of [...percent.keys()].sort()) {
        facts.add('infrastructure.progress-percent', m, { ...site, workId: str(details, 'workId') }, percent.get(m)! - before);
        before = percent.get(m)!;
      }
      return facts;
    }
    case 'FundingApplicationFiled': {
      known(['FundingApplicationFiled', 'FundingApplicationGranted', 'FundingApplicationRejected', 'FundingApplicationCorrected']);
      const filed = month(first);
      // the outcome as last stated; decided in the month it first stopped being pending (a correction back to
      // pending undoes the decision, a later one decides anew)
      let outcome = 'pending';
      let decidedIn: string | null = null;
      let granted = 0;
      for (const e of stream.slice(1)) {
        const stated = e.type === 'FundingApplicationGranted' ? 'granted' : e.type === 'FundingApplicationRejected' ? 'rejected' : str(p(e), 'outcome')!;
        granted = e.type === 'FundingApplicationGranted' ? num(p(e), 'amountYuan') : ((p(e)['grantedAmountYuan'] as number | undefined) ?? 0);
        outcome = stated;
        decidedIn = outcome === 'pending' ? null : (decidedIn ?? month(e));
      }
      facts.add('funding.filed', filed, {});
      facts.held('funding.pending', {}, filed, decidedIn);
      if (outcome === 'granted' && decidedIn) {
        facts.add('funding.granted', decidedIn, {});
        facts.add('funding.granted-yuan', decidedIn, {}, granted);
      }
      if (outcome === 'rejected' && decidedIn) facts.add('funding.rejected', decidedIn, {});
      return facts;
    }
    case 'IdleParcelIdentified': {
      known(['IdleParcelIdentified', 'IdleParcelDetailsCorrected', 'IdleLandRectificationCommitmentSubmitted', 'IdleLandFeeCollected', 'IdleLandFeeCorrected', 'IdleParcelReclaimed', 'IdleParcelReclaimCorrected']);
      // its details as last stated, counted in the month it was identified
      const details = p([...stream].reverse().find((e) => e.type === 'IdleParcelDetailsCorrected') ?? first);
      const dims = { zoneId: str(details, 'zoneId'), category: str(details, 'category') };
      facts.add('land.idle-identified-parcels', month(first), dims);
      facts.add('land.idle-identified-area', month(first), dims, num(details, 'idleAreaCentiMu'));
      const commitment = [...stream].reverse().find((e) => e.type === 'IdleLandRectificationCommitmentSubmitted');
      if (commitment) facts.add('land.idle-commitments', month(commitment), dims);
      // reclaimed in the month first reclaimed, the area as last stated
      const reclaimed = firstOf('IdleParcelReclaimed');
      if (reclaimed) {
        const area = [...stream].reverse().find((e) => e.type === 'IdleParcelReclaimed' || e.type === 'IdleParcelReclaimCorrected')!;
        facts.add('land.idle-reclaimed-parcels', month(reclaimed), dims);
        facts.add('land.idle-reclaimed-area', month(reclaimed), dims, num(p(area), 'reclaimedAreaCentiMu'));
      }
      // each receipt in the month first collected, at the amount last stated; a parcel paid from its first receipt still above 0
      const receipts = new Map<string, { month: string; amount: number }>();
      for (const e of stream.filter((x) => x.type === 'IdleLandFeeCollected' || x.type === 'IdleLandFeeCorrected')) {
        const receipt = str(p(e), 'receiptNo')!;
        receipts.set(receipt, { month: receipts.get(receipt)?.month ?? month(e), amount: num(p(e), 'amountYuan') });
      }
      for (const fee of receipts.values()) facts.add('land.idle-fees-yuan', fee.month, dims, fee.amount);
      const paid = [...receipts.values()].filter((fee) => fee.amount > 0).map((fee) => fee.month).sort();
      if (paid.length > 0) facts.add('land.idle-fee-parcels', paid[0], dims);
      return facts;
    }
    case 'ExpansionPlanListed': {
      known(['ExpansionPlanListed', 'ExpansionPlanDetailsCorrected', 'ExpansionPreparatoryTaskCompleted', 'ExpansionAreaApproved', 'ExpansionAreaApprovalCorrected']);
      // the plan as last stated (its areas, its list of tasks), counted from the month it was listed
      const plan = p([...stream].reverse().find((e) => e.type === 'ExpansionPlanDetailsCorrected') ?? first);
      const dims = { planId: str(plan, 'planId') };
      const listed = month(first);
      const tasks = (plan['preparatoryTasks'] as { taskId: string }[]).map((t) => t.taskId);
      facts.add('land.expansion-plans-listed', listed, dims);
      facts.add('land.expansion-planned-area', listed, dims, num(plan, 'plannedAreaCentiHectares'));
      // the approved area: the area before the plan until the month first approved, then the area last approved
      const before = num(plan, 'approvedAreaBeforeCentiHectares');
      const approval = firstOf('ExpansionAreaApproved');
      const approvedArea = [...stream].reverse().find((e) => e.type === 'ExpansionAreaApproved' || e.type === 'ExpansionAreaApprovalCorrected');
      facts.held('land.expansion-approved-area', dims, listed, approval ? month(approval) : null, before);
      if (approval) facts.add('land.expansion-approved-area', month(approval), dims, num(p(approvedArea!), 'approvedAreaCentiHectares'));
      // a task counts while it is on the list: pending from the listing, done in the month first completed
      facts.add('land.expansion-tasks-pending', listed, dims, tasks.length);
      const done = new Map<string, string>();
      for (const e of stream.filter((x) => x.type === 'ExpansionPreparatoryTaskCompleted')) if (!done.has(str(p(e), 'taskId')!)) done.set(str(p(e), 'taskId')!, month(e));
      for (const [taskId, m] of done) {
        if (!tasks.includes(taskId)) continue;
        facts.add('land.expansion-tasks-completed', m, dims);
        facts.add('land.expansion-tasks-pending', m, dims, -1);
      }
      return facts;
    }
    case 'SafetyInspectionConducted': {
      known(['SafetyInspectionConducted', 'SafetyInspectionCorrected']);
      // the round as last stated (a correction restates its findings, not a delta), in the month it was conducted
      const round = p(stream.at(-1)!);
      const dims = { kind: str(round, 'kind'), zoneId: str(round, 'zoneId') };
      facts.add('safety.inspections', month(first), dims);
      facts.add('safety.inspection-findings', month(first), dims, num(round, 'findingsCount'));
      return facts;
    }
    case 'HazardFound': {
      known(['HazardFound', 'HazardDetailsCorrected', 'HazardRectificationOrdered', 'HazardRectificationOrderCorrected', 'HazardRectificationVerified', 'HazardPenaltyImposed', 'HazardPenaltyCorrected']);
      // where it is as last stated; found in the month first reported
      const details = p([...stream].reverse().find((e) => e.type === 'HazardDetailsCorrected') ?? first);
      const dims = { zoneId: str(details, 'zoneId') };
      facts.add('safety.hazards', month(first), dims);
      // the order in the month first given, production stopped as last stated; open from then until verified
      const ordered = firstOf('HazardRectificationOrdered');
      if (ordered) {
        const order = p([...stream].reverse().find((e) => e.type === 'HazardRectificationOrdered' || e.type === 'HazardRectificationOrderCorrected')!);
        const verified = firstOf('HazardRectificationVerified');
        facts.add('safety.rectification-orders', month(ordered), dims);
        if (order['stopProduction'] === true) facts.add('safety.stop-production-orders', month(ordered), dims);
        facts.held('safety.rectifications-open', dims, month(ordered), verified ? month(verified) : null);
        if (verified) facts.add('safety.rectifications-verified', month(verified), dims);
      }
      // a fine in the month first imposed, at the amount last stated (in CNY, v2: { value, currency }); 0 = withdrawn
      const fined = firstOf('HazardPenaltyImposed');
      if (fined) {
        const amount = (p([...stream].reverse().find((e) => e.type === 'HazardPenaltyImposed' || e.type === 'HazardPenaltyCorrected')!)['amount'] as { value: number; currency: string });
        if (amount.currency !== 'CNY') throw new Error(`the plain fold counts yuan only, not ${amount.currency}`);
        if (amount.value > 0) {
          facts.add('safety.penalties', month(fined), dims);
          facts.add('safety.penalties-yuan', month(fined), dims, amount.value);
        }
      }
      return facts;
    }
    case 'RelocationStarted': {
      known(['RelocationStarted', 'RelocationDetailsCorrected', 'RelocationStepCompleted', 'RelocationCompleted']);
      const started = month(first);
      const completed = firstOf('RelocationCompleted');
      facts.add('land.relocations-started', started, {});
      facts.held('land.relocations-in-progress', {}, started, completed ? month(completed) : null);
      if (completed) facts.add('land.relocations-completed', month(completed), {});
      // each step in the month first done; past it from then on
      const steps = new Map<string, string>();
      for (const e of stream.filter((x) => x.type === 'RelocationStepCompleted')) if (!steps.has(str(p(e), 'step')!)) steps.set(str(p(e), 'step')!, month(e));
      for (const [step, m] of steps) {
        facts.add('land.relocation-steps-completed', m, { step });
        facts.add('land.relocation-steps-to-date', m, { step });
      }
      return facts;
    }
    case 'EnvironmentalFacilityRegistered': {
      known(['EnvironmentalFacilityRegistered', 'EnvironmentalFacilityDetailsCorrected', 'EnvironmentalFacilityWorkCompleted', 'EnvironmentalFacilityCommissioned']);
      // the facility as last stated (its zone, its list of works), counted from the month it was registered
      const facility = p([...stream].reverse().find((e) => e.type === 'EnvironmentalFacilityDetailsCorrected') ?? first);
      const dims = { zoneId: str(facility, 'zoneId'), facilityId: str(facility, 'facilityId') };
      const works = (facility['works'] as { workId: string }[]).map((w) => w.workId);
      facts.add('safety.facility-works-pending', month(first), dims, works.length);
      const done = new Map<string, string>();
      for (const e of stream.filter((x) => x.type === 'EnvironmentalFacilityWorkCompleted')) if (!done.has(str(p(e), 'workId')!)) done.set(str(p(e), 'workId')!, month(e));
      for (const [workId, m] of done) {
        if (!works.includes(workId)) continue;
        facts.add('safety.facility-works-completed', m, dims);
        facts.add('safety.facility-works-pending', m, dims, -1);
      }
      const commissioned = firstOf('EnvironmentalFacilityCommissioned');
      if (commissioned) facts.add('safety.facilities-commissioned', month(commissioned), dims);
      return facts;
    }
    case 'ReminderBatchSent': {
      known(['ReminderBatchSent', 'ReminderBatchCorrected']);
      // the batch as last stated, in the month it was sent
      const batch = p(stream.at(-1)!);
      const dims = { channel: str(batch, 'channel'), zoneId: str(batch, 'zoneId') };
      facts.add('safety.reminder-batches', month(first), dims);
      facts.add('safety.reminders', month(first), dims, num(batch, 'count'));
      return facts;
    }
    case 'PollutionIncidentReported': {
      known(['PollutionIncidentReported', 'PollutionIncidentHandled', 'PollutionCompensationPaid', 'PollutionCompensationCorrected']);
      const dims = { zoneId: str(p(first), 'zoneId') };
      facts.add('safety.pollution-incidents', month(first), dims);
      const handled = firstOf('PollutionIncidentHandled');
      if (handled) facts.add('safety.pollution-incidents-handled', month(handled), dims);
      const paid = stream.filter((e) => e.type === 'PollutionCompensationPaid' || e.type === 'PollutionCompensationCorrected');
      // compensation counts in the month first paid, at the amount last stated
      if (paid.length > 0) facts.add('safety.pollution-compensation-yuan', month(paid[0]), dims, num(p(paid.at(-1)!), 'amountYuan'));
      return facts;
    }
    case 'SafetyAccidentReported': {
      known(['SafetyAccidentReported', 'SafetyAccidentHandled', 'SafetyAccidentHandlingCorrected']);
      const dims = { zoneId: str(p(first), 'zoneId'), severity: str(p(first), 'severity') };
      facts.add('safety.accidents', month(first), dims);
      const handled = firstOf('SafetyAccidentHandled');
      if (handled) facts.add('safety.accidents-handled', month(handled), dims);
      // a major impact is a trait of the accident: it counts in the accident's month
      const impact = [...stream].reverse().find((e) => e.type === 'SafetyAccidentHandled' || e.type === 'SafetyAccidentHandlingCorrected');
      if (handled && impact && p(impact)['majorNegativeImpact'] === true) facts.add('safety.accidents-major-impact', month(first), dims);
      return facts;
    }
    case 'EconomicReturnSubmitted': {
      known(['EconomicReturnSubmitted', 'EconomicReturnCorrected']);
      // the month's figures as last stated (a correction restates them all, and where the enterprise is), counted
      // in the month the return is for, whenever it was submitted
      const figures = p(stream.at(-1)!);
      const dims = { zoneId: str(figures, 'zoneId'), platformId: str(figures, 'platformId'), enterpriseId: str(figures, 'enterpriseId') };
      const period = str(figures, 'month')!;
      facts.add('economy.returns', period, dims);
      facts.add('economy.main-business-revenue', period, dims, num(figures, 'mainBusinessRevenueYuan'));
      facts.add('economy.industrial-added-value', period, dims, num(figures, 'industrialAddedValueYuan'));
      facts.add('economy.taxes', period, dims, num(figures, 'taxesYuan'));
      return facts;
    }
    case 'MilestoneRecorded': {
      known(['MilestoneRecorded', 'MilestoneCorrected']);
      // the milestone as last stated, counted in the month of its own date (not when it was recorded)
      const milestone = p(stream.at(-1)!);
      const dims = { kind: str(milestone, 'kind'), zoneId: str(milestone, 'zoneId'), platformId: str(milestone, 'platformId'), industry: str(milestone, 'industry') };
      facts.add('milestones.recorded', str(milestone, 'date')!.slice(0, 7), dims);
      return facts;
    }
    default:
      throw new Error(`the plain fold does not know records starting with ${first.type}`);
  }
}

/**
 * Every event's change to every fact, in the order given (each stream's events in their order): the facts of its
 * record after it minus before it. Events that change nothing have no entry.
 */
export function plainChanges(events: readonly EventEnvelope[]): PlainChange[] {
  const streams = new Map<string, EventEnvelope[]>();
  const changes: PlainChange[] = [];
  for (const event of events) {
    const before = factsOfRecord(streams.get(event.streamId) ?? []);
    const stream = [...(streams.get(event.streamId) ?? []), event];
    streams.set(event.streamId, stream);
    const after = factsOfRecord(stream);
    for (const key of new Set([...before.byKey.keys(), ...after.byKey.keys()])) {
      const was = before.byKey.get(key);
      const now = after.byKey.get(key);
      const change = (now?.value ?? 0) - (was?.value ?? 0);
      if (change !== 0) changes.push({ ...(now ?? was)!, value: change, event });
    }
  }
  return changes;
}

/** A drill-down's question: a figure, a year and a breakdown ('' = the dim absent), stock or flow. */
export interface PlainQuestion {
  readonly figure: string;
  readonly year: number;
  readonly stock: boolean;
  readonly dims: Readonly<Record<string, string>>;
}

const answers = (q: PlainQuestion) => (c: PlainFact) =>
  c.figure === q.figure &&
  (q.stock ? c.period <= `${q.year}-12` : c.period.startsWith(`${q.year}-`)) &&
  Object.entries(q.dims).every(([k, v]) => (v === '' ? c.dims[k] === undefined : c.dims[k] === v));

/** The events that changed the figure for that year and breakdown, each with its contribution (none zero). */
export function plainDrillDown(changes: readonly PlainChange[], question: PlainQuestion): Map<EventEnvelope, number> {
  const byEvent = new Map<EventEnvelope, number>();
  for (const c of changes.filter(answers(question))) byEvent.set(c.event, (byEvent.get(c.event) ?? 0) + c.value);
  for (const [event, value] of byEvent) if (value === 0) byEvent.delete(event);
  return byEvent;
}

/** The figure's value for the year and breakdown: the sum of the facts. */
export const plainValue = (changes: readonly PlainChange[], question: PlainQuestion): number =>
  changes.filter(answers(question)).reduce((sum, c) => sum + c.value, 0);
