// A small HTTP load balancer in node:http for `npm start -- --scale NAME=N`: one local port per
// service in front of its N instances. Round robin over the instances whose /health/ready answered
// 200 at the last check (every second); an instance that refuses a connection is taken out at once.
// A request is tried on another instance only when that is safe: the instance refused the
// connection (nothing reached it), or the request is a GET/HEAD, or it carries an Idempotency-Key
// (the service answers a retried key with the first answer and records nothing twice). Otherwise
// a cut connection is a 502 and the client decides. No dependency: nothing like it is installed.
import http from 'node:http';

const RETRY_SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

/**
 * @param {{ name: string, port: number, upstreams: { port: number, label: string }[], checkEveryMs?: number, log?: (line: string) => void }} options
 */
export async function startBalancer({ name, port, upstreams, checkEveryMs = 1000, log = () => undefined }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const state = upstreams.map((u) => ({ ...u, ready: false }));
  let next = 0;

  async function check(upstream) {
    const before = upstream.ready;
    try {
      const res = await fetch(`http://127.0.0.1:${upstream.port}/health/ready`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      upstream.ready = res.status === 200;
    } catch {
      upstream.ready = false;
    }
    if (before !== upstream.ready) log(`balancer ${name}: ${upstream.label} ${upstream.ready ? 'ready, in rotation' : 'not ready, out of rotation'}`);
  }
  const checkAll = () => Promise.all(state.map(check));
  await checkAll();
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void checkAll().finally(() => (checking = false));
  }, checkEveryMs);

  /** The next ready instance not yet tried; when none is ready, any not yet tried (it may be). */
  function pick(tried) {
    const candidates = state.filter((u) => !tried.has(u));
    const ready = candidates.filter((u) => u.ready);
    const pool = ready.length > 0 ? ready : candidates;
    if (pool.length === 0) return undefined;
    next = (next + 1) % 1_000_000;
    return pool[next % pool.length];
  }

  function forward(req, body, upstream) {
    const headers = { ...req.headers };
    for (const h of HOP_BY_HOP) delete headers[h];
    headers['content-length'] = String(body.length);
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    return new Promise((resolve, reject) => {
      const out = http.request(
        { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers, agent },
        (res) => resolve(res),
      );
      out.on('error', reject);
      out.end(body);
    });
  }

  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const retrySafe = RETRY_SAFE.has(req.method ?? 'GET') || req.headers['idempotency-key'] !== undefined;
    const tried = new Set();
    for (let upstream = pick(tried); upstream; upstream = pick(tried)) {
      tried.add(upstream);
      try {
        const answer = await forward(req, body, upstream);
        const headers = { ...answer.headers };
        for (const h of HOP_BY_HOP) delete headers[h];
        headers['x-served-by'] = upstream.label;
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
        return;
      } catch (e) {
        const refused = e.code === 'ECONNREFUSED';
        if (refused && upstream.ready) {
          upstream.ready = false;
          log(`balancer ${name}: ${upstream.label} refused a connection, out of rotation`);
        }
        if (!refused && !retrySafe) {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ statusCode: 502, error: 'bad-gateway', message: `${upstream.label} dropped the connection; the request may or may not have been applied (send an Idempotency-Key to retry safely)` }));
          return;
        }
      }
    }
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
    res.end(JSON.stringify({ statusCode: 503, error: 'no-instance', message: `no instance of ${name} answered` }));
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    ready: () => state.some((u) => u.ready),
    async close() {
      clearInterval(timer);
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
