// An open-loop HTTP load generator, in its own process: requests are sent on a fixed schedule
// (`rate` per second) whether or not earlier ones were answered, and each latency counts from the
// request's scheduled time, so a server that falls behind is charged for the queue it builds
// (no coordinated omission). The first second of a step warms up connections and is not counted.
//   input (one JSON argument): { url, rate, duration, connections, request: { method, path, headers, body },
//                                unique?: { field, prefix } }
//   output (JSON): { offered, sent, answered, rate, p50, p99, non2xx, errors }
const http = require('node:http');

const spec = JSON.parse(process.argv[2]);
const { request, unique } = spec;
const target = new URL(spec.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
const WARM_UP_MS = 1000;
const fixedBody = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
const bodyOf = (n) => (unique ? JSON.stringify({ ...request.body, [unique.field]: `${unique.prefix}-${n}` }) : fixedBody);

const latencies = [];
let answered = 0;
let non2xx = 0;
let errors = 0;

const send = (n, due, counted) =>
  new Promise((resolve) => {
    const body = bodyOf(n);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.path,
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (counted) {
            latencies.push(performance.now() - due);
            answered++;
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
          }
          resolve();
        });
      },
    );
    req.on('error', () => {
      if (counted) errors++;
      resolve();
    });
    req.end(body);
  });

(async () => {
  const total = Math.round((spec.rate * (spec.duration * 1000 + WARM_UP_MS)) / 1000);
  const start = performance.now();
  const countedFrom = start + WARM_UP_MS;
  const inFlight = [];
  let n = 0;
  while (n < total) {
    const now = performance.now();
    for (; n < total; n++) {
      const due = start + (n * 1000) / spec.rate;
      if (due > now) break;
      inFlight.push(send(n, due, due >= countedFrom));
    }
    if (n < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + (n * 1000) / spec.rate - performance.now())));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - countedFrom) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? +latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))].toFixed(1) : NaN);
  process.stdout.write(
    JSON.stringify({ offered: spec.rate, answered, rate: answered / elapsed, p50: at(0.5), p99: at(0.99), non2xx, errors }),
  );
  agent.destroy();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
