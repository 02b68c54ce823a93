import { NotFound } from '@park-ledger/decider';
import { eventOf, ProjectDetailsCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { projectDecider } from '../project';
import { historyAt, leadRegistered, occurredAt } from '../project.examples';
import type { CorrectProjectDetails } from './correct-project-details';

const restated = { ...leadRegistered.payload, plannedInvestmentYuan: 120_000_000, reason: '合同投资额为1.2亿元' };
const correct: CorrectProjectDetails = { type: 'CorrectProjectDetails', occurredAt, ...restated };

describe.each(['Negotiating', 'Signed', 'InProduction', 'Dropped'] as const)('a project that is %s', (status) => {
  it('records the restated details and the reason', () =>
    given(projectDecider, historyAt[status]).when(correct).then([eventOf(ProjectDetailsCorrected, restated)]));
});

describe('no project under that id', () => {
  it('is not found', () => given(projectDecider).when(correct).thenThrows(NotFound));
});

describe('a voided project', () => {
  it('refuses corrections', () => given(projectDecider, historyAt.Voided).when(correct).thenThrows('project-voided'));
});
