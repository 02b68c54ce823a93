import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probeEnvelope } from '../testing/probe-events';
import { eventKeyFrom, loadEventKeys, messageSigner, messageVerifier, publishedAsDepartment, SIGNATURE_HEADER } from './envelope-signature';

describe('message signatures', () => {
  const land = randomBytes(32);
  const safety = randomBytes(32);
  const value = Buffer.from('{"type":"IdleParcelIdentified","department":"land"}');
  const verify = messageVerifier(new Map([['park.land.events', land], ['park.safety.events', safety]]));
  const signed = (key: Buffer, bytes = value) => ({ [SIGNATURE_HEADER]: messageSigner(key)(bytes) });

  it('trusts a value signed by its topic’s department', () => {
    expect(verify({ topic: 'park.land.events', value, headers: signed(land) })).toBeUndefined();
  });

  it('refuses another department’s signature, a changed value, no signature, a mangled one, an unknown topic', () => {
    expect(verify({ topic: 'park.land.events', value, headers: signed(safety) })).toMatch(/does not verify/);
    const changed = Buffer.from(value.toString().replace('land', 'lanD'));
    expect(verify({ topic: 'park.land.events', value: changed, headers: signed(land) })).toMatch(/does not verify/);
    expect(verify({ topic: 'park.land.events', value, headers: {} })).toMatch(/no park-signature header/);
    expect(verify({ topic: 'park.land.events', value, headers: { [SIGNATURE_HEADER]: 'bm90IGEgc2lnbmF0dXJl' } })).toMatch(/does not verify/);
    expect(verify({ topic: 'park.land.events', value: null, headers: signed(land) })).toMatch(/no value/);
    expect(verify({ topic: 'park.other.events', value, headers: signed(land) })).toMatch(/no key/);
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => messageSigner(randomBytes(16))).toThrow(/at least 32 bytes/);
    expect(() => eventKeyFrom('c2hvcnQ=', 'EVENT_SIGNING_KEY_FILE: k')).toThrow(/EVENT_SIGNING_KEY_FILE: k must hold at least 32 random bytes/);
  });

  it('signs a department’s envelopes as its relay does', () => {
    const publish = publishedAsDepartment(() => land.toString('base64'));
    const message = publish(probeEnvelope('s-1', 1));
    const keyed = messageVerifier(new Map([['t', land]]));
    expect(keyed({ topic: 't', value: Buffer.from(message.value as string), headers: message.headers })).toBeUndefined();
  });

  it('loads the keys a service’s settings name, per topic with its prefix, and names a missing file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'event-keys-'));
    writeFileSync(path.join(dir, 'land.key'), `${land.toString('base64')}\n`);
    const keys = loadEventKeys({ signingKeyFile: path.join(dir, 'land.key'), verifyKeysDir: dir, topicPrefix: 't1.' });
    const check = keys.verifierFor(['land'])!;
    expect(check({ topic: 't1.park.land.events', value, headers: { [SIGNATURE_HEADER]: keys.sign!(value) } })).toBeUndefined();
    expect(check({ topic: 'park.land.events', value, headers: { [SIGNATURE_HEADER]: keys.sign!(value) } })).toMatch(/no key/);
    expect(() => keys.verifierFor(['land', 'safety'])).toThrow(/EVENT_VERIFY_KEYS_DIR: .*safety\.key does not exist/);
    expect(loadEventKeys({}).verifierFor(['land'])).toBeUndefined();
    expect(() => loadEventKeys({ signingKeyFile: path.join(dir, 'nope.key') })).toThrow(/EVENT_SIGNING_KEY_FILE: .*nope\.key does not exist/);
  });
});
