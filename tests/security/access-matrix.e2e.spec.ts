import { RunningService, spawnService, waitForStatus } from '../support/service-process';
import { stack } from '@park-ledger/test-support';
import { authorization, type TokenKind } from '../support/tokens';

const DEPARTMENTS = ['projects', 'land', 'safety'] as const;
const KINDS: TokenKind[] = ['none', 'expired', 'bad-signature', 'reader', 'admin', 'submitter'];

/** What each kind of caller gets from a department service: 'in' means past access control. */
const EXPECTED: Record<TokenKind, { write: number | 'in'; read: number | 'in' }> = {
  none: { write: 401, read: 401 },
  expired: { write: 401, read: 401 },
  'bad-signature': { write: 401, read: 401 },
  'wrong-department': { write: 403, read: 403 },
  reader: { write: 403, read: 'in' },
  admin: { write: 403, read: 'in' },
  submitter: { write: 'in', read: 'in' },
};

interface Endpoints {
  readonly write: string;
  readonly read: string;
}

/** A command route and a record route of the service, taken from its own OpenAPI document. */
async function endpointsOf(url: string): Promise<Endpoints> {
  const doc = (await fetch(`${url}/docs/openapi.json`).then((r) => r.json())) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const paths = Object.entries(doc.paths);
  const write = paths.find(([path, ops]) => ops['post'] && !path.includes('{'))?.[0];
  const read = paths.find(([path, ops]) => ops['get'] && /^\/[\w-]+\/\{\w+\}$/.test(path))?.[0];
  if (!write || !read) throw new Error(`${url} documents no command or record endpoint`);
  return { write, read: read.replace(/\{\w+\}/, 'no-such-record') };
}

describe('access to the department services: every department × every kind of caller', () => {
  const services = new Map<string, { running: RunningService; endpoints: Endpoints }>();

  beforeAll(async () => {
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const running = spawnService(department, {
          ...stack.serviceEnv(department),
          DATABASE_URL: await stack.createDatabase(`e2e_access_${department}`),
        });
        await waitForStatus(`${running.url}/health/ready`, 200, 120_000);
        services.set(department, { running, endpoints: await endpointsOf(running.url) });
      }),
    );
  });

  afterAll(async () => {
    await Promise.all([...services.values()].map(({ running }) => running.stop()));
  });

  const cases = DEPARTMENTS.flatMap((service) =>
    DEPARTMENTS.flatMap((caller) => KINDS.map((kind) => [service, caller, kind] as const)),
  );

  it.each(cases)('%s service, caller of %s with %s token', async (service, caller, kind) => {
    const { running, endpoints } = services.get(service)!;
    // a submitter of another department is, for this service, the wrong department
    const effective: TokenKind = kind === 'submitter' && caller !== service ? 'wrong-department' : kind;
    const headers = { 'content-type': 'application/json', ...authorization(kind, caller) };

    // an empty body: past access control it is a 400, so nothing is ever written by this test
    const write = await fetch(`${running.url}${endpoints.write}`, { method: 'POST', headers, body: '{}' });
    const read = await fetch(`${running.url}${endpoints.read}`, { headers });

    const expected = EXPECTED[effective];
    expect(write.status).toBe(expected.write === 'in' ? 400 : expected.write);
    expect(read.status).toBe(expected.read === 'in' ? 404 : expected.read);
    const body = (await write.json()) as { message: unknown };
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|SELECT|INSERT/i);
  });
});

describe('the edges of authentication on a department service', () => {
  let running: RunningService;
  let write: string;

  beforeAll(async () => {
    running = spawnService('land', { ...stack.serviceEnv('land'), DATABASE_URL: await stack.createDatabase('e2e_auth_edges') });
    await waitForStatus(`${running.url}/health/ready`, 200, 120_000);
    write = `${running.url}${(await endpointsOf(running.url)).write}`;
  });
  afterAll(() => running?.stop());

  const post = (headers: Record<string, string>, body: string) => fetch(write, { method: 'POST', headers, body });
  const token = () => authorization('submitter', 'land')['authorization'].replace(/^Bearer /, '');

  it('takes the scheme in any case (RFC 7235): "bearer", "BEARER"', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const res = await post({ 'content-type': 'application/json', authorization: `${scheme} ${token()}` }, '{}');
      expect(res.status).toBe(400); // past authentication: the empty body is what is wrong
    }
  });

  it('answers 401, not 400 or 415, to an unauthenticated write whatever its body', async () => {
    for (const [headers, body] of [
      [{ 'content-type': 'application/json' }, '{not json'],
      [{ 'content-type': 'text/plain' }, 'hello'],
      [{ 'content-type': 'application/json' }, '['.repeat(5000) + ']'.repeat(5000)],
    ] as const) {
      const res = await post(headers, body);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
  });

  it('refuses a token that is not a bearer token', async () => {
    for (const authorizationValue of [`Basic ${token()}`, `Bearer`, `Bearer ${token()} extra`, token()]) {
      const res = await post({ 'content-type': 'application/json', authorization: authorizationValue }, '{}');
      expect(res.status).toBe(401);
    }
  });
});
