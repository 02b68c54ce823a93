import { given } from '@park-ledger/decider/testing';
import { milestoneDecider } from '../milestone';
import { history, occurredAt, provincialRanking, recorded } from '../milestone.examples';
import type { RecordMilestone } from './record-milestone';

const record = (milestone = recorded.payload): RecordMilestone => ({ type: 'RecordMilestone', occurredAt, ...milestone });

describe('no milestone under that id', () => {
  it('records a designation', () => given(milestoneDecider).when(record()).then([recorded]));

  it('records a ranking with its place', () =>
    given(milestoneDecider).when(record(provincialRanking.payload)).then([provincialRanking]));

  it('refuses a ranking without a place', () =>
    given(milestoneDecider)
      .when(record({ ...provincialRanking.payload, rank: undefined }))
      .thenThrows('ranking-without-rank'));

  it('refuses a place on anything but a ranking', () =>
    given(milestoneDecider)
      .when(record({ ...recorded.payload, rank: 1 }))
      .thenThrows('rank-without-ranking'));
});

describe.each(Object.keys(history) as (keyof typeof history)[])('a milestone already %s', (status) => {
  it('refuses recording it again under the same id', () =>
    given(milestoneDecider, history[status]).when(record()).thenThrows('milestone-already-recorded'));
});
