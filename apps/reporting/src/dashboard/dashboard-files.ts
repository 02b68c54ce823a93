import { existsSync } from 'node:fs';
import path from 'node:path';

const PUBLIC = path.join('apps', 'reporting', 'src', 'dashboard', 'public');

/**
 * The dashboard's static files: beside this file (the sources, or a build that copied them), else in
 * the source tree found by walking up from here (the tsc build under dist/ inside a checkout).
 */
export function dashboardFolder(from = __dirname): string {
  if (existsSync(path.join(from, 'public', 'index.html'))) return path.join(from, 'public');
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, PUBLIC);
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  const fromCwd = path.join(process.cwd(), PUBLIC);
  if (existsSync(path.join(fromCwd, 'index.html'))) return fromCwd;
  throw new Error(`dashboard files not found above ${from} (looked for ${PUBLIC})`);
}

/** The files the dashboard serves, by the name in its URL; nothing else is readable through it. */
export function dashboardAssets(folder: string): Record<string, { file: string; type: string }> {
  return {
    'app.js': { file: path.join(folder, 'app.js'), type: 'text/javascript; charset=utf-8' },
    'styles.css': { file: path.join(folder, 'styles.css'), type: 'text/css; charset=utf-8' },
    'echarts.min.js': { file: path.join(path.dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js'), type: 'text/javascript; charset=utf-8' },
  };
}
