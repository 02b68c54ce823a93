import { eventOf, ParkRegistryEntryCorrected, ParkRegistryEntryVoided, PlatformSiteMoved } from '@park-ledger/contracts';
import { zoneDetails } from './zone.details';
import { history, zoneId } from './zone.examples';

const fold = (events: Parameters<typeof zoneDetails>[1][]) => events.reduce(zoneDetails, {});

describe('a zone with platforms and a phase', () => {
  it('lists its platforms and their phases with their names in zh and en', () => {
    expect(fold(history.withPlatforms)).toEqual({
      zoneId,
      nameZh: '福城医药园',
      nameEn: 'Fucheng Pharmaceutical Park',
      platforms: [
        {
          platformId: 'pharma-startup-park',
          parentPlatformId: null,
          nameZh: '医药创业园',
          nameEn: 'Pharma start-up park',
          siteZh: null,
          siteEn: null,
          voided: false,
          phases: [{ phaseId: 'phase-1', nameZh: '一期', nameEn: 'Phase 1', voided: false }],
        },
        expect.objectContaining({ platformId: 'pharma-logistics-park', nameZh: '医药物流园', phases: [] }),
      ],
    });
  });

  it('shows a corrected name, a moved site and a voided phase where they belong', () => {
    const details = fold([
      ...history.withPlatforms,
      eventOf(ParkRegistryEntryCorrected, { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-1', nameZh: '首期', nameEn: 'First phase', reason: '更名' }),
      eventOf(PlatformSiteMoved, { zoneId, platformId: 'pharma-logistics-park', siteZh: '新址', siteEn: 'New site' }),
      eventOf(ParkRegistryEntryVoided, { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-1', reason: '重复' }),
      eventOf(ParkRegistryEntryCorrected, { zoneId, nameZh: '福城医药产业园', reason: '更名' }),
    ]);
    expect(details).toMatchObject({ nameZh: '福城医药产业园', nameEn: null });
    expect(details.platforms[0].phases).toEqual([{ phaseId: 'phase-1', nameZh: '首期', nameEn: 'First phase', voided: true }]);
    expect(details.platforms[1]).toMatchObject({ siteZh: '新址', siteEn: 'New site' });
  });
});
