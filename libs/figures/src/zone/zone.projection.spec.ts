import { contributionsAfter, replay, streamOf } from '../testing/projection-testing';
import { fuchengRegistered } from './zone.examples';
import { zoneProjection as projection } from './zone.projection';

const later = streamOf('zone-fucheng', 'projects');
const at = '2014-06-01T09:00:00+08:00';

describe('a zone with platforms and phases', () => {
  it('holds the names reports print for its ids', () => {
    expect(replay(projection, fuchengRegistered())).toEqual({
      zoneId: 'fucheng',
      nameZh: '福城医药园',
      nameEn: 'Fucheng Pharmaceutical Park',
      platforms: {
        'pharma-startup-park': { nameZh: '医药创业园', phases: { 'phase-1': { nameZh: '一期' }, 'phase-2': { nameZh: '二期' } } },
        'pharma-logistics-park': { nameZh: '医药物流园', phases: {} },
      },
    });
  });

  it('adds to no figure', () => {
    expect(contributionsAfter(projection, fuchengRegistered())).toEqual([]);
  });
});

describe('a registry entry corrected or voided', () => {
  it('renames a platform and moves its site', () => {
    const row = replay(projection, [
      ...fuchengRegistered(),
      later('ParkRegistryEntryCorrected', { zoneId: 'fucheng', platformId: 'pharma-logistics-park', nameZh: '医药物流港', nameEn: 'Pharma Logistics Port', reason: 'renamed' }, at),
      later('PlatformSiteMoved', { zoneId: 'fucheng', platformId: 'pharma-logistics-park', siteZh: '仁和大道东侧' }, at),
    ]);
    expect(row?.platforms['pharma-logistics-park']).toMatchObject({ nameZh: '医药物流港', nameEn: 'Pharma Logistics Port', siteZh: '仁和大道东侧' });
  });

  it('removes a voided phase, platform or the whole zone', () => {
    const withoutPhase = replay(projection, [
      ...fuchengRegistered(),
      later('ParkRegistryEntryVoided', { zoneId: 'fucheng', platformId: 'pharma-startup-park', phaseId: 'phase-2', reason: 'x' }, at),
      later('ParkRegistryEntryVoided', { zoneId: 'fucheng', platformId: 'pharma-logistics-park', reason: 'x' }, at),
    ]);
    expect(Object.keys(withoutPhase?.platforms ?? {})).toEqual(['pharma-startup-park']);
    expect(Object.keys(withoutPhase?.platforms['pharma-startup-park'].phases ?? {})).toEqual(['phase-1']);
    const voided = later('ParkRegistryEntryVoided', { zoneId: 'fucheng', reason: 'x' }, at);
    expect(replay(projection, [...fuchengRegistered(), voided])).toBeNull();
  });

  it('ignores a change to a platform it does not know', () => {
    const unknown = later('PlatformSiteMoved', { zoneId: 'fucheng', platformId: 'nowhere', siteZh: '某地' }, at);
    expect(replay(projection, [...fuchengRegistered(), unknown])).toEqual(replay(projection, fuchengRegistered()));
  });
});
