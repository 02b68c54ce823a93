import {
  eventOf,
  ProjectConstructionStarted,
  ProjectDropped,
  ProjectLeadRegistered,
  ProjectProductionStarted,
  ProjectSigned,
  ProjectToppedOut,
  ProjectVoided,
} from '@park-ledger/contracts';
import { NotFound } from '@park-ledger/decider';
import { given } from '@park-ledger/decider/testing';
import { projectDecider, type ProjectCommand } from './project';
import type { ProjectEvent, ProjectStage } from './project.state';

export const projectId = 'startup-park-p2-007';
export const occurredAt = '2014-06-18T10:00:00+08:00';

export const leadRegistered = eventOf(ProjectLeadRegistered, {
  projectId,
  nameZh: '年产3000吨中药饮片项目',
  nameEn: 'TCM decoction pieces plant, 3,000 t/yr',
  zoneId: 'fucheng-pharma',
  platformId: 'pharma-startup-park',
  phaseId: 'phase-2',
  industry: 'pharma',
  investorNameZh: '江西仁和药业有限公司',
  plannedInvestmentYuan: 150_000_000,
});
const signed = eventOf(ProjectSigned, { projectId });
const started = eventOf(ProjectConstructionStarted, { projectId });
const toppedOut = eventOf(ProjectToppedOut, { projectId });
const inProduction = eventOf(ProjectProductionStarted, { projectId });

/** A history that leaves the project in each status. */
export const historyAt: Record<ProjectStage | 'Voided', ProjectEvent[]> = {
  Negotiating: [leadRegistered],
  Signed: [leadRegistered, signed],
  ConstructionStarted: [leadRegistered, signed, started],
  ToppedOut: [leadRegistered, signed, started, toppedOut],
  InProduction: [leadRegistered, signed, started, toppedOut, inProduction],
  Dropped: [leadRegistered, eventOf(ProjectDropped, { projectId, reason: '投资方资金链断裂' })],
  Voided: [leadRegistered, eventOf(ProjectVoided, { projectId, reason: '重复录入' })],
};

/**
 * The specs of a step along the pipeline (sign, start construction, top out): taken from one
 * stage, not found without a project, refused in every other status with its rule code.
 */
export const specifyPipelineStep = (
  command: ProjectCommand,
  step: {
    readonly from: ProjectStage;
    readonly given: string;
    readonly outcome: string;
    readonly then: ProjectEvent;
    readonly refusing: string;
    readonly refusals: readonly (readonly [ProjectStage | 'Voided', string])[];
  },
) => {
  describe(step.given, () => {
    it(step.outcome, () => given(projectDecider, historyAt[step.from]).when(command).then([step.then]));
  });

  describe('no project under that id', () => {
    it('is not found', () => given(projectDecider).when(command).thenThrows(NotFound));
  });

  describe.each(step.refusals)('a project that is %s', (status, code) => {
    it(`refuses ${step.refusing} with ${code}`, () => given(projectDecider, historyAt[status]).when(command).thenThrows(code));
  });
};
