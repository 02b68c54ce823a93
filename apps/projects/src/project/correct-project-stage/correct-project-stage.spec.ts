import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectStageCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { CorrectProjectStage } from './correct-project-stage';

const backToConstruction: CorrectProjectStage = {
  type: 'CorrectProjectStage',
  projectId,
  occurredAt,
  stage: 'ConstructionStarted',
  reason: '误报封顶，实际仍在施工',
};

describe('a project recorded as topped out by mistake', () => {
  it('is restated as under construction', () =>
    given(projectDecider, historyAt.ToppedOut)
      .when(backToConstruction)
      .then([eventOf(ProjectStageCorrected, { projectId, stage: 'ConstructionStarted', reason: '误报封顶，实际仍在施工' })]));
});

describe('a project dropped by mistake and corrected back to negotiation', () => {
  it('can be signed again', () => {
    const corrected = eventOf(ProjectStageCorrected, { projectId, stage: 'Negotiating', reason: '误操作' });
    given(projectDecider, [...historyAt.Dropped, corrected])
      .when({ type: 'SignProject', projectId, occurredAt })
      .then([{ type: 'ProjectSigned', payload: { projectId } }]);
  });
});

describe('a project under construction', () => {
  it('refuses a correction to the stage it is already in', () =>
    given(projectDecider, historyAt.ConstructionStarted).when(backToConstruction).thenThrows('stage-unchanged'));
  it('refuses production again once the stage is corrected back to signed', () => {
    const corrected = eventOf(ProjectStageCorrected, { projectId, stage: 'Signed', reason: '开工日期未到' });
    given(projectDecider, [...historyAt.ConstructionStarted, corrected])
      .when({ type: 'StartProjectProduction', projectId, occurredAt })
      .thenThrows('project-not-started');
  });
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(backToConstruction).thenThrows(NotFound));
});

describe('a voided project', () => {
  it('refuses a stage correction', () =>
    given(projectDecider, historyAt.Voided).when(backToConstruction).thenThrows('project-voided'));
});
