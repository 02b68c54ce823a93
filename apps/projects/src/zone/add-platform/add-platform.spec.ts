import { NotFound } from '@park-ledger/decider';
import { eventOf, PlatformAdded } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneId, zoneRegistered } from '../zone.examples';
import type { AddPlatform } from './add-platform';

const add = (platform: Partial<AddPlatform> = {}): AddPlatform => ({
  type: 'AddPlatform',
  occurredAt,
  zoneId,
  platformId: 'pharma-public-area',
  parentPlatformId: 'pharma-startup-park',
  nameZh: '医药创业园公共配套区',
  nameEn: 'Pharma start-up park public supporting area',
  ...platform,
});
const { type: _type, occurredAt: _at, ...added } = add();

describe('a registered zone with platforms', () => {
  it('adds a platform inside another', () =>
    given(zoneDecider, history.withPlatforms).when(add()).then([eventOf(PlatformAdded, added)]));

  it('refuses a platform id already taken', () =>
    given(zoneDecider, history.withPlatforms)
      .when(add({ platformId: 'pharma-startup-park', parentPlatformId: undefined }))
      .thenThrows('platform-already-exists'));

  it('refuses an unknown parent platform', () =>
    given(zoneDecider, history.withPlatforms)
      .when(add({ parentPlatformId: 'nowhere' }))
      .thenThrows('parent-platform-unknown'));
});

describe('a zone whose logistics park was voided', () => {
  it('never reuses the voided id', () =>
    given(zoneDecider, history.logisticsParkVoided)
      .when(add({ platformId: 'pharma-logistics-park', parentPlatformId: undefined }))
      .thenThrows('platform-already-exists'));

  it('refuses the voided platform as a parent', () =>
    given(zoneDecider, history.logisticsParkVoided)
      .when(add({ parentPlatformId: 'pharma-logistics-park' }))
      .thenThrows('parent-platform-unknown'));
});

describe('a zone with no platforms yet', () => {
  it('adds a top-level platform', () =>
    given(zoneDecider, [zoneRegistered])
      .when(add({ parentPlatformId: undefined }))
      .then([eventOf(PlatformAdded, { ...added, parentPlatformId: undefined })]));
});

describe('no zone under that id', () => {
  it('is not found', () => given(zoneDecider).when(add()).thenThrows(NotFound));
});

describe('a voided zone', () => {
  it('refuses new platforms', () => given(zoneDecider, history.zoneVoided).when(add()).thenThrows('zone-voided'));
});
