import { NotFound } from '@park-ledger/decider';
import { eventOf, PlatformSiteMoved } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneId } from '../zone.examples';
import type { MovePlatformSite } from './move-platform-site';

const move = (platformId = 'pharma-startup-park'): MovePlatformSite => ({
  type: 'MovePlatformSite',
  occurredAt,
  zoneId,
  platformId,
  siteZh: '仁和大道东侧',
});

describe('a zone with platforms', () => {
  it('records the new site', () =>
    given(zoneDecider, history.withPlatforms)
      .when(move())
      .then([eventOf(PlatformSiteMoved, { zoneId, platformId: 'pharma-startup-park', siteZh: '仁和大道东侧' })]));

  it('refuses moving an unknown platform', () =>
    given(zoneDecider, history.withPlatforms).when(move('nowhere')).thenThrows('platform-unknown'));
});

describe('a voided platform', () => {
  it('refuses a move', () =>
    given(zoneDecider, history.logisticsParkVoided).when(move('pharma-logistics-park')).thenThrows('platform-unknown'));
});

describe('no zone under that id', () => {
  it('is not found', () => given(zoneDecider).when(move()).thenThrows(NotFound));
});
