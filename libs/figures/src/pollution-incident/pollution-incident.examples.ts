import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const incident = { incidentId: 'E-1', zoneId: 'salt-chemical-base', descriptionZh: '污水外溢' };

/** Reported Nov 2014, handled Nov, compensation of 30,000 yuan paid Jan 2015. */
export const incidentCompensated = (): EventEnvelope[] => {
  const pollution = streamOf('pollution-incident-E-1', 'safety');
  return [
    pollution('PollutionIncidentReported', incident, '2014-11-02T09:00:00+08:00'),
    pollution('PollutionIncidentHandled', { incidentId: 'E-1', measuresZh: '截流' }, '2014-11-03T09:00:00+08:00'),
    pollution('PollutionCompensationPaid', { incidentId: 'E-1', amountYuan: 30_000 }, '2015-01-10T09:00:00+08:00'),
  ];
};

export const pollutionIncidentHistories = [incidentCompensated()];
