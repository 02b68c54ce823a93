import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectConstructionStarted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { StartProjectConstruction } from './start-project-construction';

const start: StartProjectConstruction = { type: 'StartProjectConstruction', projectId, occurredAt };

describe('a signed project', () => {
  it('starts construction', () =>
    given(projectDecider, historyAt.Signed).when(start).then([eventOf(ProjectConstructionStarted, { projectId })]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(start).thenThrows(NotFound));
});

describe.each([
  ['Negotiating', 'project-not-signed'],
  ['ConstructionStarted', 'construction-already-started'],
  ['ToppedOut', 'construction-already-started'],
  ['InProduction', 'construction-already-started'],
  ['Dropped', 'project-dropped'],
  ['Voided', 'project-voided'],
] as const)('a project that is %s', (status, code) => {
  it(`refuses starting construction with ${code}`, () =>
    given(projectDecider, historyAt[status]).when(start).thenThrows(code));
});
