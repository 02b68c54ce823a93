import {
  projectEvents,
  ProjectLeadRegistered,
  type DomainEventOf,
  type PayloadOf,
  type projectStages,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, span, withoutReason } from '../contributions';

type ProjectEvent = DomainEventOf<(typeof projectEvents)[number]>;
type Stage = (typeof projectStages)[number];

const pipeline = ['Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction'] as const;
type PipelineStage = (typeof pipeline)[number];

export type ProjectRow = PayloadOf<typeof ProjectLeadRegistered> & {
  readonly stage: Stage;
  readonly registeredIn: string;
  /** Business month each pipeline stage was reached; null: not reached (or corrected away). */
  readonly reached: Readonly<Record<PipelineStage, string | null>>;
  readonly droppedIn: string | null;
};

/** Reaching a stage implies the earlier ones; a stage keeps the month first recorded for it. */
const reach = (row: ProjectRow, stage: PipelineStage, month: string): ProjectRow => {
  const upTo = pipeline.indexOf(stage);
  const reached = Object.fromEntries(pipeline.map((s, i) => [s, i <= upTo ? (row.reached[s] ?? month) : null]));
  return { ...row, stage, reached: reached as ProjectRow['reached'], droppedIn: null };
};

const restage = (row: ProjectRow, stage: Stage, month: string): ProjectRow => {
  if (stage === 'Dropped') return { ...row, stage, droppedIn: row.droppedIn ?? month };
  if (stage === 'Negotiating') {
    return { ...row, stage, reached: { Signed: null, ConstructionStarted: null, ToppedOut: null, InProduction: null }, droppedIn: null };
  }
  return reach(row, stage, month);
};

const evolve = (row: ProjectRow | null, event: ProjectEvent, month: string): ProjectRow | null => {
  if (event.type === 'ProjectLeadRegistered') {
    const reached = { Signed: null, ConstructionStarted: null, ToppedOut: null, InProduction: null };
    return { ...event.payload, stage: 'Negotiating', registeredIn: month, reached, droppedIn: null };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'ProjectSigned':
      return reach(row, 'Signed', month);
    case 'ProjectConstructionStarted':
      return reach(row, 'ConstructionStarted', month);
    case 'ProjectToppedOut':
      return reach(row, 'ToppedOut', month);
    case 'ProjectProductionStarted':
      return reach(row, 'InProduction', month);
    case 'ProjectDropped':
      return restage(row, 'Dropped', month);
    case 'ProjectStageCorrected':
      return restage(row, event.payload.stage, month);
    case 'ProjectDetailsCorrected':
      // a correction restates the details: an optional one it leaves out (the phase of a project moved to a
      // platform without phases, an English name) is gone, not kept from before
      return { ...row, phaseId: undefined, nameEn: undefined, investorNameEn: undefined, ...withoutReason(event.payload) };
    case 'ProjectVoided':
      return null;
  }
};

const contributions = (row: ProjectRow) => {
  const dims = { zoneId: row.zoneId, platformId: row.platformId, phaseId: row.phaseId, industry: row.industry };
  const { reached, droppedIn } = row;
  return netted([
    fact('projects.leads', row.registeredIn, dims),
    ...span('projects.negotiating', dims, row.registeredIn, reached.Signed ?? droppedIn),
    ...factIn(reached.Signed, 'projects.signed', dims),
    ...factIn(reached.Signed, 'projects.planned-investment-signed', dims, row.plannedInvestmentYuan),
    ...factIn(reached.ConstructionStarted, 'projects.construction-started', dims),
    ...factIn(reached.ToppedOut, 'projects.topped-out', dims),
    ...factIn(reached.InProduction, 'projects.in-production', dims),
    ...factIn(droppedIn, 'projects.dropped', dims),
    ...span('projects.signed-to-date', dims, reached.Signed, droppedIn),
    ...span('projects.started-to-date', dims, reached.ConstructionStarted, droppedIn),
    ...span('projects.topped-out-to-date', dims, reached.ToppedOut, droppedIn),
    ...span('projects.in-production-to-date', dims, reached.InProduction, droppedIn),
  ]);
};

/** An investment project (招商引资) through its pipeline: lead, signed, started, topped out, in production. */
export const projectProjection = streamProjection<ProjectRow, ProjectEvent>('project', projectEvents, evolve, contributions);
