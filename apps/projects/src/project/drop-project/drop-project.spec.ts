import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectDropped } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { DropProject } from './drop-project';

const drop: DropProject = { type: 'DropProject', projectId, occurredAt, reason: '投资方转投他处' };
const dropped = eventOf(ProjectDropped, { projectId, reason: '投资方转投他处' });

describe.each(['Negotiating', 'Signed', 'ConstructionStarted', 'ToppedOut'] as const)('a project that is %s', (status) => {
  it('is dropped, with the reason', () => given(projectDecider, historyAt[status]).when(drop).then([dropped]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(drop).thenThrows(NotFound));
});

describe.each([
  ['InProduction', 'project-in-production'],
  ['Dropped', 'project-already-dropped'],
  ['Voided', 'project-voided'],
] as const)('a project that is %s', (status, code) => {
  it(`refuses dropping with ${code}`, () => given(projectDecider, historyAt[status]).when(drop).thenThrows(code));
});
