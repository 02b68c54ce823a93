import { randomBytes, randomUUID } from 'node:crypto';
import { defineEvent } from './define-event';
import type { EventEnvelope } from './envelope';
import { EventRegistry } from './event-registry';
import { landEvents } from './events/land';
import { officeEvents } from './events/office';
import { projectsEvents } from './events/projects';
import { safetyEvents, HazardPenaltyCorrected } from './events/safety';
import { object, str } from './payload-schema';
import {
  ERASED,
  openEnvelope,
  openValue,
  personalFields,
  personalFieldsOf,
  sealEnvelope,
  sealedKeyIdsOf,
  sealValue,
  subjectsToSeal,
  type SubjectKey,
} from './personal-data';

const keyOf = (): SubjectKey => ({ keyId: randomUUID(), key: randomBytes(32) });
const envelope = (type: string, payload: unknown, schemaVersion = 1, department: EventEnvelope['department'] = 'safety'): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion,
  streamId: 'hazard-H-1',
  streamVersion: 1,
  occurredAt: '2014-03-01T01:00:00.000Z',
  recordedAt: '2014-03-01T01:00:00.000Z',
  department,
  actor: 'a7f3c2e0-5b1d-4c1a-9d1e-0b7c1a2b3c4d',
  correlationId: 'c-1',
  causationId: null,
  payload,
});

describe('sealed values', () => {
  it('never share an IV, across the draws of random IVs, and each opens to its text', () => {
    const key = keyOf();
    const sealed = Array.from({ length: 1500 }, (_, i) => sealValue(`张伟 ${i}`, key));
    expect(new Set(sealed.map((s) => s.iv)).size).toBe(1500);
    expect(sealed.every((s, i) => openValue(s, key) === `张伟 ${i}`)).toBe(true);
    expect(new Set(sealed.map((s) => Buffer.from(s.iv, 'base64url').length))).toEqual(new Set([12]));
  });
});

describe('personal data: sealing per subject (AES-256-GCM)', () => {
  const clerk = keyOf();
  const keys = new Map([['a7f3c2e0-5b1d-4c1a-9d1e-0b7c1a2b3c4d', clerk]]);
  const corrected = envelope('HazardPenaltyCorrected', { hazardId: 'H-1', amount: { value: 5000, currency: 'CNY' }, reason: '张伟核对后更正' }, 2);

  it('seals the actor and the reason: the name is nowhere in the stored form, the figures are untouched', () => {
    expect(subjectsToSeal(corrected)).toEqual(['a7f3c2e0-5b1d-4c1a-9d1e-0b7c1a2b3c4d']);
    const sealed = sealEnvelope(corrected, (s) => keys.get(s) as SubjectKey);
    const text = JSON.stringify(sealed);
    expect(text).not.toContain('张伟');
    expect(text).not.toContain('a7f3c2e0-5b1d-4c1a-9d1e-0b7c1a2b3c4d');
    expect(sealed.actor).toMatch(/^sealed\.[0-9a-f-]{36}\./);
    expect(sealed.payload).toMatchObject({ hazardId: 'H-1', amount: { value: 5000, currency: 'CNY' }, reason: { $sealed: 'aes-256-gcm', keyId: clerk.keyId } });
    expect(sealedKeyIdsOf(sealed)).toEqual([clerk.keyId]);
    // a random IV each time: the same reason sealed twice differs
    expect(JSON.stringify(sealEnvelope(corrected, (s) => keys.get(s) as SubjectKey).payload)).not.toEqual(JSON.stringify(sealed.payload));
    expect(openEnvelope(sealed, (id) => (id === clerk.keyId ? clerk : undefined))).toEqual(corrected);
  });

  it('reads "[erased]" without the key, under another key, or when the ciphertext was changed', () => {
    const sealed = sealEnvelope(corrected, (s) => keys.get(s) as SubjectKey);
    expect(openEnvelope(sealed, () => undefined)).toMatchObject({ actor: ERASED, payload: { reason: ERASED, amount: { value: 5000 } } });
    const other = { ...keyOf(), keyId: clerk.keyId };
    expect(openEnvelope(sealed, () => other)).toMatchObject({ actor: ERASED, payload: { reason: ERASED } });
    const reason = (sealed.payload as { reason: { data: string } }).reason;
    const tampered = { ...sealed, payload: { ...(sealed.payload as object), reason: { ...reason, data: Buffer.from('x').toString('base64url') + reason.data.slice(2) } } };
    expect((openEnvelope(tampered, () => clerk).payload as unknown as { reason: string }).reason).toBe(ERASED);
  });

  it('decodes sealed and erased values as the fields they stand for: the v1→v2 upcaster keeps its meaning', () => {
    const registry = new EventRegistry(safetyEvents);
    const v1 = envelope('HazardPenaltyCorrected', { hazardId: 'H-1', amountYuan: 5000, reason: '张伟核对后更正' }, 1);
    const sealedV1 = sealEnvelope(v1, (s) => keys.get(s) as SubjectKey);
    const decoded = registry.decode(sealedV1);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.event.schemaVersion).toBe(2);
    expect(openEnvelope(decoded.event, () => clerk).payload).toEqual({ hazardId: 'H-1', amount: { value: 5000, currency: 'CNY' }, reason: '张伟核对后更正' });
    expect(registry.decode(openEnvelope(sealedV1, () => undefined))).toMatchObject({ ok: true, event: { actor: ERASED, payload: { reason: ERASED } } });
    expect(HazardPenaltyCorrected.schemaVersion).toBe(2);
  });

  it('an erased value passes a pattern its field has (a phone number), while a wrong plain value is still refused', () => {
    const ContactNoted = defineEvent('ContactNoted', 'safety', {
      schemaVersion: 1,
      payload: object({ contactId: str({ min: 1, max: 64 }), phone: str({ min: 5, max: 20, pattern: /^\+?[0-9 -]{5,20}$/ }) }),
    });
    const registry = new EventRegistry([ContactNoted]);
    const fields = [{ type: 'ContactNoted', field: 'phone', subject: (p: Readonly<Record<string, unknown>>) => `contact-${String(p['contactId'])}`, why: 'test' }];
    const plain = envelope('ContactNoted', { contactId: 'C-1', phone: '+86 791 8888 0000' });
    expect(subjectsToSeal(plain, fields)).toEqual([plain.actor, 'contact-C-1']);
    const contact = keyOf();
    const sealed = sealEnvelope(plain, (s) => (s === 'contact-C-1' ? contact : clerk), fields);
    expect(registry.decode(sealed).ok).toBe(true);
    expect(registry.decode(openEnvelope(sealed, () => undefined))).toMatchObject({ ok: true, event: { payload: { phone: ERASED } } });
    expect(registry.decode(envelope('ContactNoted', { contactId: 'C-1', phone: 'not a phone' }))).toMatchObject({ ok: false, code: 'invalid-payload' });
  });

  it('every declared personal field is a text field of its event type', () => {
    const definitions = [...projectsEvents, ...landEvents, ...safetyEvents, ...officeEvents];
    for (const rule of personalFields) {
      const types = rule.type === '*' ? definitions : definitions.filter((d) => d.type === rule.type);
      const holding = types.filter((d) => (d.payload.json.properties ?? {})[rule.field] !== undefined);
      expect({ rule: `${rule.type}.${rule.field}`, found: holding.length > 0 }).toEqual({ rule: `${rule.type}.${rule.field}`, found: true });
      for (const d of holding) expect({ field: `${d.type}.${rule.field}`, type: d.payload.json.properties?.[rule.field]?.type }).toEqual({ field: `${d.type}.${rule.field}`, type: 'string' });
    }
    expect(personalFieldsOf('ProjectVoided').map((f) => f.field)).toEqual(['reason']);
  });
});
