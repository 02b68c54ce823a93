import fc from 'fast-check';
import type { FigureDefinition } from '@park-ledger/figures';
import { differences, digestOf, periodValues, type DimsSum } from './period-values';

const figure = (name: string, dims: string[], per?: string) => ({ name, dims, per, kind: 'flow', unit: 'count', labels: { zh: name, en: name } }) as unknown as FigureDefinition;
const catalogue = [figure('economy.taxes', ['zoneId', 'enterpriseId']), figure('infrastructure.progress-percent', ['workId'], 'workId')];

describe('a period’s values', () => {
  const sums: DimsSum[] = [
    { figure: 'economy.taxes', dims: { zoneId: 'chengbei', enterpriseId: 'a' }, value: 5 },
    { figure: 'economy.taxes', dims: { zoneId: 'chengbei', enterpriseId: 'b' }, value: 7 },
    { figure: 'economy.taxes', dims: { zoneId: 'fucheng' }, value: 1 },
    { figure: 'infrastructure.progress-percent', dims: { workId: 'w1' }, value: 60 },
  ];

  it('are each figure’s total and its parts by each dim, a figure of percentages per item only', () => {
    expect(periodValues(catalogue, sums)).toEqual([
      { figure: 'economy.taxes', dims: {}, value: 13 },
      { figure: 'economy.taxes', dims: { enterpriseId: 'a' }, value: 5 },
      { figure: 'economy.taxes', dims: { enterpriseId: 'b' }, value: 7 },
      { figure: 'economy.taxes', dims: { enterpriseId: null }, value: 1 },
      { figure: 'economy.taxes', dims: { zoneId: 'chengbei' }, value: 12 },
      { figure: 'economy.taxes', dims: { zoneId: 'fucheng' }, value: 1 },
      { figure: 'infrastructure.progress-percent', dims: { workId: 'w1' }, value: 60 },
    ]);
  });

  it('digest the same whatever order the read model gives them in, and differently when one value moves', () => {
    const digest = digestOf(periodValues(catalogue, sums));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOf(periodValues(catalogue, [...sums].reverse()))).toBe(digest);
    const moved = sums.map((s, i) => (i === 0 ? { ...s, value: 6 } : s));
    expect(digestOf(periodValues(catalogue, moved))).not.toBe(digest);
  });
});

describe('a restatement', () => {
  const part = fc.record({
    zone: fc.constantFrom('chengbei', 'fucheng', 'salt'),
    enterprise: fc.constantFrom('a', 'b', 'c', 'd'),
    value: fc.integer({ min: -1000, max: 1000 }),
  });
  const sumsOf = (parts: { zone: string; enterprise: string; value: number }[]): DimsSum[] =>
    parts.map((p) => ({ figure: 'economy.taxes', dims: { zoneId: p.zone, enterpriseId: p.enterprise }, value: p.value }));

  it('is exactly the difference of the two as-of views: applied to the closed values it gives the current ones', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.array(part, { maxLength: 6 }), (known, late) => {
        const closed = periodValues(catalogue, sumsOf(known));
        const current = periodValues(catalogue, sumsOf([...known, ...late]));
        const diff = differences(closed, current);
        const value = (vs: typeof closed, f: string, dims: object) => vs.find((v) => v.figure === f && JSON.stringify(v.dims) === JSON.stringify(dims))?.value ?? 0;
        for (const d of diff) {
          expect(d.closed).toBe(value(closed, d.figure, d.dims));
          expect(d.current).toBe(value(current, d.figure, d.dims));
          expect(d.difference).toBe(d.current - d.closed);
          expect(d.difference).not.toBe(0);
        }
        // every value not listed is unchanged
        for (const v of current) {
          if (!diff.some((d) => d.figure === v.figure && JSON.stringify(d.dims) === JSON.stringify(v.dims))) expect(value(closed, v.figure, v.dims)).toBe(v.value);
        }
        const total = diff.find((d) => Object.keys(d.dims).length === 0)?.difference ?? 0;
        expect(total).toBe(late.reduce((t, p) => t + p.value, 0));
        expect(diff.length === 0).toBe(digestOf(closed) === digestOf(current));
      }),
    );
  });
});
