import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, occurredAt, projectId } from '../project.examples';
import type { VoidProject } from './void-project';

const voidIt: VoidProject = { type: 'VoidProject', projectId, occurredAt, reason: '重复录入' };

describe.each(['Negotiating', 'InProduction', 'Dropped'] as const)('a project that is %s', (status) => {
  it('is voided, with the reason', () =>
    given(projectDecider, historyAt[status]).when(voidIt).then([eventOf(ProjectVoided, { projectId, reason: '重复录入' })]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(voidIt).thenThrows(NotFound));
});

describe('a voided project', () => {
  it('refuses voiding twice', () => given(projectDecider, historyAt.Voided).when(voidIt).thenThrows('project-voided'));
  it('refuses any further stage', () =>
    given(projectDecider, historyAt.Voided).when({ type: 'SignProject', projectId, occurredAt }).thenThrows('project-voided'));
});
