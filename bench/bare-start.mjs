// The start-time baseline: a bare Hono server on @hono/node-server answering /_sim/health, run
// with plain node like the built `a2p-sim start` it is compared with (bench/index.ts).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/_sim/health', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
