// The web app's one origin for `npm start` and the browser tests: the built bundle (SPA fallback to
// index.html), /config.json for the OIDC client, and /api/<service>/… proxied to the services, so the
// browser never makes a cross-origin call except to the identity provider. node:http only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// RFC 9110 §7.6.1: connection-specific headers are not forwarded; the host is the upstream's own
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']);

/** Vite names built assets `name-<hash>.ext` under assets/: their content never changes under that name. */
const IMMUTABLE = /^\/assets\/.+-[\w-]{8,}\.\w+$/;

function contentSecurityPolicy(authority) {
  const idp = authority ? new URL(authority).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // antd writes its CSS-in-JS into <style> elements; the annual summary carries its own stylesheet
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${idp}`.trim(),
    // oidc-client-ts falls back to a hidden iframe for silent renew when there is no refresh token
    `frame-src 'self' ${idp}`.trim(),
    `form-action 'self' ${idp}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

const problem = (res, status, title, detail) => {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ type: 'about:blank', status, title, detail }));
};

function proxy(req, res, base, rest, remote) {
  const target = new URL(rest, base.endsWith('/') ? base : `${base}/`);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
  headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], remote].filter(Boolean).join(', ');
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  const upstream = http.request(target, { method: req.method, headers }, (answer) => {
    const out = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(res);
    answer.on('error', () => res.destroy());
  });
  upstream.on('error', (error) =>
    problem(res, 502, 'Bad Gateway', `the ${target.origin} service did not answer (${error.code ?? error.message})`),
  );
  req.on('aborted', () => upstream.destroy());
  req.pipe(upstream);
}

async function fileOf(root, urlPath) {
  try {
    const resolved = path.resolve(root, `.${path.posix.normalize(decodeURIComponent(urlPath))}`);
    if (!resolved.startsWith(root + path.sep)) return undefined;
    const info = await stat(resolved);
    return info.isFile() ? { file: resolved, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(req, res, { file, size }, cacheControl, csp) {
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(file.endsWith('.html') ? { 'content-security-policy': csp } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

/**
 * Serves `root` (the built web app) and proxies `/api/<name>/<rest>` to `services[name]`.
 * `oidc`: { authority, clientId } for the browser's OIDC client, handed out as /config.json.
 */
export async function startWebServer({ port, host = '127.0.0.1', root, services, oidc }) {
  const base = path.resolve(root);
  const csp = contentSecurityPolicy(oidc?.authority);
  const config = JSON.stringify({ oidc: { authority: oidc.authority, clientId: oidc.clientId }, services: Object.keys(services) });

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://web');
      const api = /^\/api\/([^/]+)(\/.*)?$/.exec(url.pathname);
      if (api) {
        const target = Object.hasOwn(services, api[1]) ? services[api[1]] : undefined;
        if (!target) return problem(res, 404, 'Not Found', `no service named ${api[1]}`);
        return proxy(req, res, target, `.${api[2] ?? '/'}${url.search}`, req.socket.remoteAddress);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 405, 'Method Not Allowed', `${req.method} ${url.pathname}`);
      if (url.pathname === '/config.json') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
        return res.end(req.method === 'HEAD' ? undefined : config);
      }
      const found = url.pathname === '/' ? undefined : await fileOf(base, url.pathname);
      if (found) return sendFile(req, res, found, IMMUTABLE.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache', csp);
      // a missing asset is a 404; any other path is a route of the app
      if (url.pathname.startsWith('/assets/') || path.extname(url.pathname)) return problem(res, 404, 'Not Found', url.pathname);
      const index = await fileOf(base, '/index.html');
      if (!index) return problem(res, 503, 'Service Unavailable', `the web app is not built (${base}/index.html)`);
      return sendFile(req, res, index, 'no-cache', csp);
    } catch (error) {
      problem(res, 500, 'Internal Server Error', error.message);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address();
  return {
    url: `http://${host}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// `node tools/web-server.mjs '{"port":23100,"root":"dist/apps/web","services":{…},"oidc":{…}}'`: the same
// server as a process of its own (the browser tests run it so; its memory is measured apart).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const web = await startWebServer(JSON.parse(process.argv[2] ?? '{}'));
  console.log(`web: listening on ${web.url}`);
  const stop = () => web.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
