import { NotFound } from '@park-ledger/decider';
import { eventOf, MilestoneVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { milestoneDecider } from '../milestone';
import { history, milestoneId, occurredAt } from '../milestone.examples';
import type { VoidMilestone } from './void-milestone';

const voidIt: VoidMilestone = { type: 'VoidMilestone', milestoneId, occurredAt, reason: '重复录入' };

describe('a recorded milestone', () => {
  it('is voided, with the reason', () =>
    given(milestoneDecider, history.recorded)
      .when(voidIt)
      .then([eventOf(MilestoneVoided, { milestoneId, reason: '重复录入' })]));
});

describe('no milestone under that id', () => {
  it('is not found', () => given(milestoneDecider).when(voidIt).thenThrows(NotFound));
});

describe('a voided milestone', () => {
  it('refuses voiding twice', () => given(milestoneDecider, history.voided).when(voidIt).thenThrows('milestone-voided'));
});
