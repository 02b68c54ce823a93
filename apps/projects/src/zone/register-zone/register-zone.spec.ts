import { given } from '@park-ledger/decider/testing';
import { zoneDecider } from '../zone';
import { history, occurredAt, zoneRegistered } from '../zone.examples';
import type { RegisterZone } from './register-zone';

const register: RegisterZone = { type: 'RegisterZone', occurredAt, ...zoneRegistered.payload };

describe('no zone under that id', () => {
  it('registers the zone with its bilingual name', () => given(zoneDecider).when(register).then([zoneRegistered]));
});

describe.each(['withPlatforms', 'zoneVoided'] as const)('a zone already registered (%s)', (name) => {
  it('refuses registering it again', () =>
    given(zoneDecider, history[name]).when(register).thenThrows('zone-already-registered'));
});
