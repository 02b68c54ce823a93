import { NotFound } from '@park-ledger/decider';
import { eventOf, ParkRegistryEntryCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneId } from '../zone.examples';
import type { CorrectRegistryEntry } from './correct-registry-entry';

const correct = (entry: { platformId?: string; phaseId?: string } = {}): CorrectRegistryEntry => ({
  type: 'CorrectRegistryEntry',
  occurredAt,
  zoneId,
  ...entry,
  nameZh: '更正后的名称',
  nameEn: 'Corrected name',
  reason: '名称录入有误',
});
const corrected = (entry: { platformId?: string; phaseId?: string } = {}) =>
  eventOf(ParkRegistryEntryCorrected, { zoneId, ...entry, nameZh: '更正后的名称', nameEn: 'Corrected name', reason: '名称录入有误' });

describe('a zone with platforms and phases', () => {
  it.each([{}, { platformId: 'pharma-startup-park' }, { platformId: 'pharma-startup-park', phaseId: 'phase-1' }])(
    'restates the names of %j',
    (entry) => given(zoneDecider, history.withPlatforms).when(correct(entry)).then([corrected(entry)]),
  );

  it.each([{ platformId: 'nowhere' }, { platformId: 'pharma-startup-park', phaseId: 'phase-9' }, { phaseId: 'phase-1' }])(
    'refuses correcting the unknown entry %j',
    (entry) => given(zoneDecider, history.withPlatforms).when(correct(entry)).thenThrows('registry-entry-unknown'),
  );
});

describe('a zone with a voided phase', () => {
  it('refuses correcting the voided phase', () =>
    given(zoneDecider, history.phase1Voided)
      .when(correct({ platformId: 'pharma-startup-park', phaseId: 'phase-1' }))
      .thenThrows('registry-entry-unknown'));
});

describe('no zone under that id', () => {
  it('is not found', () => given(zoneDecider).when(correct()).thenThrows(NotFound));
});

describe('a voided zone', () => {
  it('refuses corrections', () => given(zoneDecider, history.zoneVoided).when(correct()).thenThrows('zone-voided'));
});
