import { EconomicReturnSubmitted, EconomicReturnVoided, eventOf } from '@park-ledger/contracts';

export const enterpriseId = 'jinghao-salt-chemical';
export const month = '2014-03';
export const occurredAt = '2014-04-10T09:00:00+08:00';

export const submitted = eventOf(EconomicReturnSubmitted, {
  enterpriseId,
  month,
  enterpriseNameZh: '江西晶昊盐化有限公司',
  enterpriseNameEn: 'Jiangxi Jinghao Salt Chemical Co., Ltd.',
  zoneId: 'salt-chemical-base',
  mainBusinessRevenueYuan: 186_000_000,
  industrialAddedValueYuan: 45_000_000,
  taxesYuan: 9_800_000,
});

export const history = {
  submitted: [submitted],
  voided: [submitted, eventOf(EconomicReturnVoided, { enterpriseId, month, reason: '企业填错月份' })],
};
