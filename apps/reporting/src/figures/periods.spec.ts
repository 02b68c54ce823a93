import { changeOf, periodOf, previousOf } from './periods';

describe('a year', () => {
  it('spans its twelve months and is compared with the year before', () => {
    expect(periodOf(2014)).toMatchObject({ label: '2014', from: '2014-01', to: '2014-12' });
    expect(previousOf(periodOf(2014))).toMatchObject({ label: '2013', from: '2013-01', to: '2013-12' });
  });
});

describe('a quarter or a month', () => {
  it('is compared with the same quarter or month of the year before', () => {
    expect(periodOf(2014, 2)).toMatchObject({ label: '2014-Q2', from: '2014-04', to: '2014-06' });
    expect(previousOf(periodOf(2014, 2))).toMatchObject({ from: '2013-04', to: '2013-06' });
    expect(previousOf(periodOf(2014, undefined, 1))).toMatchObject({ label: '2013-01', from: '2013-01', to: '2013-01' });
  });

  it('cannot be both', () => {
    expect(() => periodOf(2014, 1, 1)).toThrow(/not both/);
  });
});

describe('a value beside the previous period', () => {
  it("reads as the seed does: 12 incidents is 46.2% of last year's 26", () => {
    expect(changeOf(12, 26)).toEqual({ absolute: -14, percentOfPrevious: 46.2, percentChange: -53.8 });
  });

  it('has no percentage when the previous period had nothing', () => {
    expect(changeOf(3, 0)).toEqual({ absolute: 3, percentOfPrevious: null, percentChange: null });
  });
});
