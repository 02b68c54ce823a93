import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, leadRegistered, occurredAt } from '../project.examples';
import type { RegisterProjectLead } from './register-project-lead';

const register: RegisterProjectLead = { type: 'RegisterProjectLead', occurredAt, ...leadRegistered.payload };

describe('no project under that id', () => {
  it('registers the lead as under negotiation', () =>
    given(projectDecider).when(register).then([leadRegistered]));
});

describe.each(Object.keys(historyAt) as (keyof typeof historyAt)[])('a project already %s', (status) => {
  it('refuses a second registration under the same id', () =>
    given(projectDecider, historyAt[status]).when(register).thenThrows('project-already-registered'));
});
