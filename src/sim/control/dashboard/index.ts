import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { packagePath } from '../../../paths.js';

/**
 * The dashboard (`/_sim/ui`): a small vanilla app served by the simulator itself, no CDN and no
 * build step, so it works offline. It reads and drives everything through the admin API
 * (`/_sim/admin`, control/admin.ts); the page and its assets hold no data.
 */
const ASSETS = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'requests.js': 'text/javascript; charset=utf-8',
  'overview.js': 'text/javascript; charset=utf-8',
  'gantt.js': 'text/javascript; charset=utf-8',
} as const;

function asset(name: keyof typeof ASSETS): string {
  return readFileSync(packagePath('src', 'sim', 'control', 'dashboard', 'assets', name), 'utf-8');
}

export function mountDashboard(app: Hono): void {
  // Read once per app: the files ship with the sources.
  const files = Object.fromEntries(Object.keys(ASSETS).map((name) => [name, asset(name as keyof typeof ASSETS)])) as Record<keyof typeof ASSETS, string>;
  const serve = (name: keyof typeof ASSETS) => () => new Response(files[name], { headers: { 'content-type': ASSETS[name], 'cache-control': 'no-cache' } });
  app.get('/_sim/ui', serve('index.html'));
  app.get('/_sim/ui/', serve('index.html'));
  app.get('/_sim/ui/app.js', serve('app.js'));
  app.get('/_sim/ui/app.css', serve('app.css'));
  app.get('/_sim/ui/requests.js', serve('requests.js'));
  app.get('/_sim/ui/overview.js', serve('overview.js'));
  app.get('/_sim/ui/gantt.js', serve('gantt.js'));
  // Chart.js (MIT) draws the overview and the timeline's Gantt chart. Served from the installed package
  // (no CDN): resolved, not imported (it runs in the browser), and read the first time it is asked for.
  let chartJs: string | undefined;
  app.get('/_sim/ui/vendor/chart.umd.min.js', () => {
    chartJs ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf-8');
    return new Response(chartJs, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=86400' } });
  });
}
