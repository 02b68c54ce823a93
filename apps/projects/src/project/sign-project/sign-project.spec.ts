import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectSigned } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { SignProject } from './sign-project';

const sign: SignProject = { type: 'SignProject', projectId, occurredAt };

describe('a project under negotiation', () => {
  it('is signed and settled', () =>
    given(projectDecider, historyAt.Negotiating).when(sign).then([eventOf(ProjectSigned, { projectId })]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(sign).thenThrows(NotFound));
});

describe.each([
  ['Signed', 'project-already-signed'],
  ['ConstructionStarted', 'project-already-signed'],
  ['ToppedOut', 'project-already-signed'],
  ['InProduction', 'project-already-signed'],
  ['Dropped', 'project-dropped'],
  ['Voided', 'project-voided'],
] as const)('a project that is %s', (status, code) => {
  it(`refuses signing with ${code}`, () => given(projectDecider, historyAt[status]).when(sign).thenThrows(code));
});
