import { NotFound } from '@park-ledger/decider';
import { eventOf, PlatformPhaseAdded } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneId } from '../zone.examples';
import type { AddPlatformPhase } from './add-platform-phase';

const add = (phase: Partial<AddPlatformPhase> = {}): AddPlatformPhase => ({
  type: 'AddPlatformPhase',
  occurredAt,
  zoneId,
  platformId: 'pharma-startup-park',
  phaseId: 'phase-2',
  nameZh: '二期',
  nameEn: 'Phase 2',
  ...phase,
});
const { type: _type, occurredAt: _at, ...added } = add();

describe('a platform with phase 1', () => {
  it('adds phase 2', () => given(zoneDecider, history.withPlatforms).when(add()).then([eventOf(PlatformPhaseAdded, added)]));

  it('refuses phase 1 again', () =>
    given(zoneDecider, history.withPlatforms).when(add({ phaseId: 'phase-1' })).thenThrows('phase-already-exists'));

  it('refuses a phase of an unknown platform', () =>
    given(zoneDecider, history.withPlatforms).when(add({ platformId: 'nowhere' })).thenThrows('platform-unknown'));
});

describe('a platform whose phase 1 was voided', () => {
  it('never reuses the voided phase id', () =>
    given(zoneDecider, history.phase1Voided).when(add({ phaseId: 'phase-1' })).thenThrows('phase-already-exists'));
});

describe('a voided platform', () => {
  it('refuses new phases', () =>
    given(zoneDecider, history.logisticsParkVoided)
      .when(add({ platformId: 'pharma-logistics-park' }))
      .thenThrows('platform-unknown'));
});

describe('no zone under that id', () => {
  it('is not found', () => given(zoneDecider).when(add()).thenThrows(NotFound));
});

describe('a voided zone', () => {
  it('refuses new phases', () => given(zoneDecider, history.zoneVoided).when(add()).thenThrows('zone-voided'));
});
