import { NotFound } from '@park-ledger/decider';
import { eventOf, ParkRegistryEntryVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneId } from '../zone.examples';
import type { VoidRegistryEntry } from './void-registry-entry';

const voidEntry = (entry: { platformId?: string; phaseId?: string } = {}): VoidRegistryEntry => ({
  type: 'VoidRegistryEntry',
  occurredAt,
  zoneId,
  ...entry,
  reason: '误建',
});

describe('a zone with platforms and phases', () => {
  it.each([{}, { platformId: 'pharma-logistics-park' }, { platformId: 'pharma-startup-park', phaseId: 'phase-1' }])(
    'voids %j',
    (entry) =>
      given(zoneDecider, history.withPlatforms)
        .when(voidEntry(entry))
        .then([eventOf(ParkRegistryEntryVoided, { zoneId, ...entry, reason: '误建' })]),
  );

  it('refuses voiding an unknown platform', () =>
    given(zoneDecider, history.withPlatforms).when(voidEntry({ platformId: 'nowhere' })).thenThrows('registry-entry-unknown'));
});

describe('a zone whose platform was voided', () => {
  it('refuses voiding it twice', () =>
    given(zoneDecider, history.logisticsParkVoided)
      .when(voidEntry({ platformId: 'pharma-logistics-park' }))
      .thenThrows('registry-entry-unknown'));
});

describe('no zone under that id', () => {
  it('is not found', () => given(zoneDecider).when(voidEntry()).thenThrows(NotFound));
});

describe('a voided zone', () => {
  it('refuses voiding it twice', () => given(zoneDecider, history.zoneVoided).when(voidEntry()).thenThrows('zone-voided'));
});
