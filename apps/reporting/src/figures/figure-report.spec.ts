import type { FigureDefinition } from '@park-ledger/figures';
import { figureReports } from './figure-report';
import { periodOf } from './periods';

const progress: FigureDefinition = {
  name: 'infrastructure.progress-percent',
  kind: 'stock',
  unit: 'percent',
  labels: { zh: '工程完成比例', en: 'share of work done' },
  dims: ['zoneId', 'workId'],
  per: 'workId',
};
const works: FigureDefinition = { name: 'infrastructure.works', kind: 'stock', unit: 'count', labels: { zh: '工程', en: 'works' }, dims: ['zoneId'] };
const scope = { period: periodOf(2014) };

describe('two works 80% and 40% done, in one zone', () => {
  const sums = [
    { figure: progress.name, keys: ['chengbei', 'road'], value: 80, previous: 30 },
    { figure: progress.name, keys: ['chengbei', 'bridge'], value: 40, previous: 0 },
    { figure: works.name, keys: ['chengbei'], value: 2, previous: 1 },
  ];
  const [percent, count] = figureReports([progress, works], sums, ['zoneId'], scope);

  it('states no total, previous or change of the percentages, and says why', () => {
    expect(percent).toMatchObject({ value: null, previous: null, change: null, per: 'workId', noTotal: expect.stringContaining('per item') });
  });

  it('breaks the percentages down per work even when asked by zone only, each with its own change', () => {
    expect(percent.breakdown?.map((part) => [part.dims, part.value, part.change.absolute])).toEqual([
      [{ zoneId: 'chengbei', workId: 'road' }, 80, 50],
      [{ zoneId: 'chengbei', workId: 'bridge' }, 40, 40],
    ]);
  });

  it('still adds a count of works', () => {
    expect(count).toMatchObject({ value: 2, previous: 1, change: { absolute: 1 } });
    expect(count.breakdown?.map((part) => part.dims)).toEqual([{ zoneId: 'chengbei' }]);
  });
});
