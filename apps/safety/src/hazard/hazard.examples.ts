import { eventOf, HazardFound, HazardPenaltyImposed, HazardRectificationOrdered } from '@park-ledger/contracts';

/** One of the seed's three enterprises ordered to stop production and rectify. */
export const hazardFound = eventOf(HazardFound, {
  hazardId: 'H-2014-017',
  zoneId: 'salt-chemical-base',
  enterpriseNameZh: '晶昊盐化',
  enterpriseNameEn: 'Jinghao Salt Chemical',
  descriptionZh: '高盐废水未经预处理直排',
});

export const stopProductionOrdered = eventOf(HazardRectificationOrdered, {
  hazardId: 'H-2014-017',
  stopProduction: true,
  rectifyBy: '2014-07-31',
});

export const penaltyImposed = eventOf(HazardPenaltyImposed, { hazardId: 'H-2014-017', amount: { value: 50_000, currency: 'CNY' } });

export const at = '2014-07-01T10:00:00+08:00';
