import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectToppedOut } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { TopOutProject } from './top-out-project';

const topOut: TopOutProject = { type: 'TopOutProject', projectId, occurredAt };

describe('a project under construction', () => {
  it('is topped out', () =>
    given(projectDecider, historyAt.ConstructionStarted).when(topOut).then([eventOf(ProjectToppedOut, { projectId })]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(topOut).thenThrows(NotFound));
});

describe.each([
  ['Negotiating', 'project-not-started'],
  ['Signed', 'project-not-started'],
  ['ToppedOut', 'project-already-topped-out'],
  ['InProduction', 'project-in-production'],
  ['Dropped', 'project-dropped'],
  ['Voided', 'project-voided'],
] as const)('a project that is %s', (status, code) => {
  it(`refuses topping out with ${code}`, () => given(projectDecider, historyAt[status]).when(topOut).thenThrows(code));
});
