import {
  eventOf,
  PollutionCompensationPaid,
  PollutionIncidentHandled,
  PollutionIncidentReported,
} from '@park-ledger/contracts';

export const incidentReported = eventOf(PollutionIncidentReported, {
  incidentId: 'PI-2014-05',
  zoneId: 'salt-chemical-base',
  enterpriseNameZh: '科海化工',
  descriptionZh: '废水外溢污染农田',
});

export const incidentHandled = eventOf(PollutionIncidentHandled, {
  incidentId: 'PI-2014-05',
  measuresZh: '封堵排口,清运污水,复垦农田',
});

export const compensationPaid = eventOf(PollutionCompensationPaid, { incidentId: 'PI-2014-05', amountYuan: 30_000 });

export const at = '2014-05-20T10:00:00+08:00';
