import { existsSync } from 'node:fs';
import path from 'node:path';

/** The dashboard's static files, beside this file: in the sources, and copied there by the build. */
export function dashboardFolder(from = __dirname): string {
  const folder = path.join(from, 'public');
  if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`dashboard files not found in ${folder}`);
  return folder;
}

/** The files the dashboard serves, by the name in its URL; nothing else is readable through it. */
export function dashboardAssets(folder: string): Record<string, { file: string; type: string }> {
  return {
    'app.js': { file: path.join(folder, 'app.js'), type: 'text/javascript; charset=utf-8' },
    'styles.css': { file: path.join(folder, 'styles.css'), type: 'text/css; charset=utf-8' },
    'echarts.min.js': { file: path.join(path.dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js'), type: 'text/javascript; charset=utf-8' },
  };
}
