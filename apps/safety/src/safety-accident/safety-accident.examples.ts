import { eventOf, SafetyAccidentHandled, SafetyAccidentReported } from '@park-ledger/contracts';

export const accidentReported = eventOf(SafetyAccidentReported, {
  accidentId: 'SA-2014-03',
  zoneId: 'chengbei',
  enterpriseNameZh: '某金属家具厂',
  severity: 'ordinary',
  descriptionZh: '冲压工手部受伤',
});

export const accidentHandled = eventOf(SafetyAccidentHandled, {
  accidentId: 'SA-2014-03',
  majorNegativeImpact: false,
  outcomeZh: '伤者及时送医,企业停机检修',
});

export const at = '2014-04-12T16:00:00+08:00';
