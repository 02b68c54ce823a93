import {
  eventOf,
  FundingApplicationFiled,
  FundingApplicationGranted,
  FundingApplicationRejected,
  FundingApplicationVoided,
} from '@park-ledger/contracts';

export const applicationId = 'key-industry-cluster-2014';
export const occurredAt = '2014-07-08T15:00:00+08:00';

export const filed = eventOf(FundingApplicationFiled, {
  applicationId,
  titleZh: '重点产业集群项目',
  titleEn: 'Key industrial cluster project',
  grantorZh: '江西省工业和信息化委员会',
  requestedAmountYuan: 10_000_000,
});

export const history = {
  pending: [filed],
  granted: [filed, eventOf(FundingApplicationGranted, { applicationId, amountYuan: 8_000_000 })],
  rejected: [filed, eventOf(FundingApplicationRejected, { applicationId, reason: '不符合申报条件' })],
  voided: [filed, eventOf(FundingApplicationVoided, { applicationId, reason: '重复录入' })],
};
