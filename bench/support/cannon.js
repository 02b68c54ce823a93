// Runs autocannon in its own process, so the load generator does not share the event loop (or its
// core) with the service under test. Input: one JSON argument; output: autocannon's result as JSON.
//   { url, connections, duration, request: { method, path, headers, body }, unique?: { field, prefix } }
// With `unique`, each request's JSON body gets `field` set to `${prefix}-${n}` (n counts up), so every
// request is a new record.
const autocannon = require('autocannon');

const spec = JSON.parse(process.argv[2]);
const { request, unique } = spec;
let next = 0;
const requests = [
  unique
    ? { ...request, setupRequest: (r) => ({ ...r, body: JSON.stringify({ ...request.body, [unique.field]: `${unique.prefix}-${next++}` }) }) }
    : { ...request, body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) },
];
autocannon({ url: spec.url, connections: spec.connections, duration: spec.duration, requests }).then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
