import { eventOf, ProjectSigned } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, leadRegistered, occurredAt } from '../project.examples';
import type { RegisterSignedProject } from './register-signed-project';

const register: RegisterSignedProject = { type: 'RegisterSignedProject', occurredAt, ...leadRegistered.payload };

describe('no project under that id', () => {
  it('registers the project and signs it: the lead’s and the signing’s events', () =>
    given(projectDecider).when(register).then([leadRegistered, eventOf(ProjectSigned, { projectId: leadRegistered.payload.projectId })]));
});

describe.each(Object.keys(historyAt) as (keyof typeof historyAt)[])('a project already %s', (status) => {
  it('refuses it as a second registration under the same id', () =>
    given(projectDecider, historyAt[status]).when(register).thenThrows('project-already-registered'));
});
