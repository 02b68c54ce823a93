import { generateKeyPairSync, sign } from 'node:crypto';
import { stack, waitFor } from '@park-ledger/test-support';
import { RunningService, spawnService, waitForStatus } from '../support/service-process';

/**
 * The services verify people's tokens with Keycloak's key set (JWT_JWKS_URL), the realm imported
 * from tools/keycloak: tokens come from Keycloak itself, by the development-only password grant.
 */
const identity = stack.identity();
const user = (name: string) => stack.demoUsers().find((u) => u.username === name)!;
const tokenOf = (name: string) => stack.keycloakToken(name, user(name).password);

/** A record route of the service from its OpenAPI document; 404 there means "past access control". */
async function recordRoute(url: string): Promise<string> {
  const doc = (await fetch(`${url}/docs/openapi.json`).then((r) => r.json())) as { paths: Record<string, Record<string, unknown>> };
  const path = Object.keys(doc.paths).find((p) => doc.paths[p]['get'] && /^\/[\w-]+\/\{\w+\}$/.test(p));
  if (!path) throw new Error(`${url} documents no record route`);
  return url + path.replace(/\{\w+\}/, 'no-such-record');
}

const get = async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { message?: string } };
};

async function landService(): Promise<RunningService> {
  const service = spawnService('land', { ...stack.serviceEnv('land'), DATABASE_URL: await stack.createDatabase('e2e_keycloak_land') });
  await waitForStatus(`${service.url}/health/live`, 200, 120_000);
  return service;
}

async function adminToken(): Promise<string> {
  const admin = stack.keycloakAdmin();
  const res = await fetch(`${identity.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: admin.username, password: admin.password }),
  });
  if (!res.ok) throw new Error(`no admin token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid?: string }).kid;

describe('tokens issued by Keycloak, verified through its key set', () => {
  let land: RunningService;
  let route: string;

  beforeAll(async () => {
    expect((await stack.status()).keycloak.up).toBe(true);
    land = await landService();
    route = await recordRoute(land.url);
  });

  afterAll(async () => {
    await stack.startKeycloak();
    await land?.stop();
  });

  it('accepts a Keycloak token: the land clerk reads its own service, the reader too', async () => {
    expect((await get(route, await tokenOf('land-clerk'))).status).toBe(404);
    expect((await get(route, await tokenOf('reader'))).status).toBe(404);
    // the projects clerk is a submitter of another department: a valid token that does not grant this
    expect((await get(route, await tokenOf('projects-clerk'))).status).toBe(403);
  });

  it('refuses a token with the realm’s issuer and audience signed by another key (401)', async () => {
    const real = await tokenOf('reader');
    const [, payload] = real.split('.');
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    for (const kid of [kidOf(real), 'not-a-realm-key']) {
      const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid })).toString('base64url');
      const forged = `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), stranger).toString('base64url')}`;
      const answer = await get(route, forged);
      expect({ kid, status: answer.status }).toEqual({ kid, status: 401 });
    }
  });

  it('picks up a key added to the realm (rotation) without a restart', async () => {
    const before = await tokenOf('reader');
    const admin = await adminToken();
    const realm = (await fetch(`${identity.url}/admin/realms/${identity.realm}`, { headers: { authorization: `Bearer ${admin}` } }).then((r) => r.json())) as { id: string };
    const created = await fetch(`${identity.url}/admin/realms/${identity.realm}/components`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `rotated-${Date.now()}`,
        providerId: 'rsa-generated',
        providerType: 'org.keycloak.keys.KeyProvider',
        parentId: realm.id,
        config: { priority: [String(Date.now())], algorithm: ['RS256'], keySize: ['2048'], active: ['true'], enabled: ['true'] },
      }),
    });
    expect(created.status).toBe(201);
    const component = created.headers.get('location')!;
    const after = await tokenOf('reader');
    expect(kidOf(after)).not.toBe(kidOf(before));
    // jose refetches the key set for an unknown kid, at most every 30 s
    await waitFor(async () => (await get(route, after)).status === 404, { timeoutMs: 75_000, intervalMs: 2000, what: 'a token signed with the new key to be accepted' });
    expect((await get(route, before)).status).toBe(404); // the old key is still in the set
    // leave the realm as imported: the added key goes again
    expect((await fetch(component, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } })).status).toBe(204);
  });

  it('answers 503 with a clear body, not 500, when Keycloak is down and the key is not cached', async () => {
    const token = await tokenOf('land-clerk');
    const fresh = await landService(); // a new process: no key set fetched yet
    try {
      await stack.stopKeycloak();
      const answer = await get(await recordRoute(fresh.url), token);
      expect(answer.status).toBe(503);
      expect(answer.body.message).toMatch(/identity provider’s signing keys are unreachable/);
      // a dev token (the local key, no network) is still judged meanwhile
      expect((await get(await recordRoute(fresh.url), stack.token({ roles: ['reader'] }))).status).toBe(404);
    } finally {
      await stack.startKeycloak();
      await fresh.stop();
    }
    expect((await get(await recordRoute(land.url), await tokenOf('land-clerk'))).status).toBe(404);
  });
});
