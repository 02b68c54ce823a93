import { eventOf, MilestoneRecorded, MilestoneVoided } from '@park-ledger/contracts';

export const milestoneId = 'pharma-key-cluster-2014';
export const occurredAt = '2014-03-20T10:00:00+08:00';

export const recorded = eventOf(MilestoneRecorded, {
  milestoneId,
  kind: 'provincial-key-industrial-cluster',
  titleZh: '医药产业列入全省重点产业集群',
  titleEn: 'Pharmaceutical industry listed as a provincial key industrial cluster',
  date: '2014-03-20',
  authorityZh: '江西省工业和信息化委员会',
  industry: 'pharma',
});

export const provincialRanking = eventOf(MilestoneRecorded, {
  milestoneId: 'province-ranking-2014',
  kind: 'ranking',
  titleZh: '综合实力进入全省15强',
  titleEn: 'Among the top 15 parks of the province',
  date: '2014-12-31',
  rank: 15,
  previousRank: 22,
});

export const history = {
  recorded: [recorded],
  voided: [recorded, eventOf(MilestoneVoided, { milestoneId, reason: '重复录入' })],
};
