import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectProductionStarted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { StartProjectProduction } from './start-project-production';

const startProduction: StartProjectProduction = { type: 'StartProjectProduction', projectId, occurredAt };
const productionStarted = eventOf(ProjectProductionStarted, { projectId });

describe.each(['ConstructionStarted', 'ToppedOut'] as const)('a project that is %s', (status) => {
  it('goes into production', () =>
    given(projectDecider, historyAt[status]).when(startProduction).then([productionStarted]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(startProduction).thenThrows(NotFound));
});

describe.each([
  ['Negotiating', 'project-not-started'],
  ['Signed', 'project-not-started'],
  ['InProduction', 'project-already-in-production'],
  ['Dropped', 'project-dropped'],
  ['Voided', 'project-voided'],
] as const)('a project that is %s', (status, code) => {
  it(`refuses production with ${code}`, () =>
    given(projectDecider, historyAt[status]).when(startProduction).thenThrows(code));
});
