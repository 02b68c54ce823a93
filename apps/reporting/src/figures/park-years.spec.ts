import { parkYear } from '@park-ledger/platform';
import { assertParkYear } from './park-years';

const established = '2001-01-01T00:00:00+08:00';
const now = new Date('2026-12-31T17:00:00Z'); // 2027-01-01 01:00 in the park

describe('a park established on 2001-01-01 (park time), asked on 2027-01-01 park time', () => {
  it('reads years in park time', () => {
    expect(parkYear(established)).toBe(2001);
    expect(parkYear(now)).toBe(2027);
  });

  it('answers every year from the establishment to the current one', () => {
    for (const year of [2001, 2014, 2027]) expect(() => assertParkYear(year, established, now)).not.toThrow();
  });

  it('refuses a year before the establishment or after the current year, naming the bounds', () => {
    expect(() => assertParkYear(2000, established, now)).toThrow('year must be from 2001, when the park was established, to 2027, the current year');
    expect(() => assertParkYear(2028, established, now)).toThrow(/year must be from 2001/);
  });
});
