// `npm run bench -- [append|relay|ingest|projection …]`: brings the local stack up and runs the named
// benchmarks (all by default), each printing its own table of ours vs the raw baseline.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import stack from './stack.js';
import { root, run } from './services.mjs';

const available = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

await stack.up();
for (const name of chosen.length > 0 ? chosen : available) {
  console.log(`\n== bench/${name}.bench.ts`);
  await run(process.execPath, ['-r', '@swc-node/register', `bench/${name}.bench.ts`], {
    env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
  });
}
