import { versionFit } from './version-fit';

describe('a stream whose last applied version is 4', () => {
  it('takes version 5 as the next one to apply', () => {
    expect(versionFit(5, 4)).toBe('next');
  });

  it('treats versions up to 4 as redeliveries', () => {
    expect([1, 4].map((v) => versionFit(v, 4))).toEqual(['duplicate', 'duplicate']);
  });

  it('holds back versions beyond 5 until the gap closes', () => {
    expect(versionFit(6, 4)).toBe('ahead');
  });
});

describe('a stream never seen before', () => {
  it('starts at version 1', () => {
    expect(versionFit(1, 0)).toBe('next');
    expect(versionFit(2, 0)).toBe('ahead');
  });
});
