import 'reflect-metadata';
import { lanesByStream, validItem, type ValidItem } from './economic-returns-in-bulk';

const item = {
  enterpriseId: 'jinghao-salt-chemical',
  month: '2014-03',
  occurredAt: '2014-04-10T09:00:00+08:00',
  enterpriseNameZh: '江西晶昊盐化有限公司',
  zoneId: 'salt-chemical-base',
  mainBusinessRevenueYuan: 186_000_000,
  industrialAddedValueYuan: 45_000_000,
  taxesYuan: 9_800_000,
};

describe('an item of a bulk submission', () => {
  it('is valid when the single endpoint would accept it, with the stream of its enterprise and month', () => {
    expect(validItem(item, 0)).toMatchObject({ index: 0, streamId: 'economic-return-jinghao-salt-chemical-2014-03' });
  });

  it('is refused with 400 naming each bad field under returns.<index>', () => {
    const result = validItem({ ...item, taxesYuan: -1, month: '2014-13', isAdmin: true }, 3);
    expect(result).toMatchObject({ index: 3, status: 400, error: 'BadRequest' });
    const messages = (result as { message: string[] }).message;
    expect(messages.map((m) => m.split(':')[0]).sort()).toEqual(['returns.3.isAdmin', 'returns.3.month', 'returns.3.taxesYuan']);
  });

  it('is refused when it is not an object at all', () => {
    expect(validItem(42, 1)).toEqual({ index: 1, status: 400, error: 'BadRequest', message: ['returns.1: must be an object'] });
    expect(validItem(null, 2)).toMatchObject({ status: 400 });
    expect(validItem([item], 2)).toMatchObject({ status: 400 });
  });
});

describe('valid items of several enterprises and months', () => {
  const valid = [
    { ...item, enterpriseId: 'a' },
    { ...item, enterpriseId: 'b' },
    { ...item, enterpriseId: 'a', taxesYuan: 1 },
    { ...item, enterpriseId: 'a', month: '2014-04' },
  ].map((body, index) => validItem(body, index) as ValidItem);

  it('are grouped one lane per stream, in request order', () => {
    expect(lanesByStream(valid).map((lane) => lane.map(({ index }) => index))).toEqual([[0, 2], [1], [3]]);
  });
});
