import { zoneChangeOf } from './zone-change';

describe('what projects events change in the list of zones', () => {
  it('a registered zone is added with its names', () => {
    expect(zoneChangeOf({ type: 'ZoneRegistered', payload: { zoneId: 'fucheng', nameZh: '福城医药园', nameEn: 'Fucheng Pharma Park' } })).toEqual({
      kind: 'registered',
      zoneId: 'fucheng',
      nameZh: '福城医药园',
      nameEn: 'Fucheng Pharma Park',
    });
  });

  it('a correction or a void of the zone itself renames or removes it', () => {
    expect(zoneChangeOf({ type: 'ParkRegistryEntryCorrected', payload: { zoneId: 'fucheng', nameZh: '福城园', reason: 'r' } })).toEqual({
      kind: 'renamed',
      zoneId: 'fucheng',
      nameZh: '福城园',
      nameEn: null,
    });
    expect(zoneChangeOf({ type: 'ParkRegistryEntryVoided', payload: { zoneId: 'fucheng', reason: 'r' } })).toEqual({
      kind: 'voided',
      zoneId: 'fucheng',
    });
  });

  it('a correction or a void of a platform or a phase inside the zone leaves the zone as it is', () => {
    expect(zoneChangeOf({ type: 'ParkRegistryEntryVoided', payload: { zoneId: 'fucheng', platformId: 'p', reason: 'r' } })).toBeUndefined();
    expect(
      zoneChangeOf({ type: 'ParkRegistryEntryCorrected', payload: { zoneId: 'fucheng', platformId: 'p', phaseId: 'p2', nameZh: '二期', reason: 'r' } }),
    ).toBeUndefined();
  });

  it('every other projects event changes nothing', () => {
    expect(zoneChangeOf({ type: 'PlatformAdded', payload: { zoneId: 'fucheng', platformId: 'p', nameZh: '医药创业园' } })).toBeUndefined();
    expect(zoneChangeOf({ type: 'ProjectSigned', payload: { projectId: 'x' } })).toBeUndefined();
  });
});
