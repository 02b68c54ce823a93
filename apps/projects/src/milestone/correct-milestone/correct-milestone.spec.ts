import { NotFound } from '@park-ledger/decider';
import { eventOf, MilestoneCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { milestoneDecider } from '../milestone';
import { history, occurredAt, recorded } from '../milestone.examples';
import type { CorrectMilestone } from './correct-milestone';

const restated = { ...recorded.payload, date: '2014-03-18', reason: '以省工信委文件日期为准' };
const correct = (overrides: Partial<CorrectMilestone> = {}): CorrectMilestone => ({
  type: 'CorrectMilestone',
  occurredAt,
  ...restated,
  ...overrides,
});

describe('a recorded milestone', () => {
  it('records the restated facts with the reason', () =>
    given(milestoneDecider, history.recorded).when(correct()).then([eventOf(MilestoneCorrected, restated)]));

  it('refuses turning it into a ranking without a place', () =>
    given(milestoneDecider, history.recorded).when(correct({ kind: 'ranking' })).thenThrows('ranking-without-rank'));
});

describe('no milestone under that id', () => {
  it('is not found', () => given(milestoneDecider).when(correct()).thenThrows(NotFound));
});

describe('a voided milestone', () => {
  it('refuses corrections', () => given(milestoneDecider, history.voided).when(correct()).thenThrows('milestone-voided'));
});
