import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const filing = { applicationId: 'F-1', titleZh: '重点产业集群项目', requestedAmountYuan: 10_000_000 };

/** Filed Feb 2014, granted 8,000,000 yuan in Jun 2014. */
export const fundingGranted = (): EventEnvelope[] => {
  const application = streamOf('funding-application-F-1', 'projects');
  return [
    application('FundingApplicationFiled', filing, '2014-02-10T09:00:00+08:00'),
    application('FundingApplicationGranted', { applicationId: 'F-1', amountYuan: 8_000_000 }, '2014-06-18T09:00:00+08:00'),
  ];
};

/** Filed Nov 2013, rejected Jan 2014. */
export const fundingRejected = (): EventEnvelope[] => {
  const application = streamOf('funding-application-F-2', 'projects');
  return [
    application('FundingApplicationFiled', { ...filing, applicationId: 'F-2' }, '2013-11-10T09:00:00+08:00'),
    application('FundingApplicationRejected', { applicationId: 'F-2', reason: 'quota' }, '2014-01-08T09:00:00+08:00'),
  ];
};

export const fundingApplicationHistories = [fundingGranted(), fundingRejected()];
