import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The throughput baseline: a bare Hono app on @hono/node-server serving the simulator's EndUser
 * create and fetch at the same paths, doing the work any server of that API must do:
 *   - check the Basic auth header (base64 decode, split, constant-time compare of the token);
 *   - create: parse the form body, parse its Attributes JSON, stamp the dates, keep the record in a Map;
 *   - both: build the ISO 8601 dates (Twilio's, without milliseconds) and the resource URL, and answer
 *     the same JSON fields as the simulator (a body of the same size, ~400 bytes).
 * What it deliberately leaves out, which is what the ratio prices: validation of the parameters
 * (zod, Twilio's 400s), the account's world (lookup, provisioning, settling due transitions on
 * arrival), the request pipeline's other steps (request id, host routing, body limit, error mapping,
 * logging hooks), serialisation through the resource's declaration, and the store's bookkeeping.
 */
export async function startBare(account: string, token: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  const rows = new Map<string, { sid: string; friendly_name: string; type: string; attributes: unknown; date_created: number; date_updated: number }>();
  const expected = Buffer.from(token);
  let n = 0;

  const authorized = (header: string | undefined): boolean => {
    if (!header?.startsWith('Basic ')) return false;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf-8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(0, colon) !== account) return false;
    const given = Buffer.from(decoded.slice(colon + 1));
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
  const view = (r: NonNullable<ReturnType<typeof rows.get>>) => ({
    sid: r.sid,
    account_sid: account,
    friendly_name: r.friendly_name,
    type: r.type,
    attributes: r.attributes,
    date_created: iso(r.date_created),
    date_updated: iso(r.date_updated),
    url: `https://trusthub.twilio.com/v1/EndUsers/${r.sid}`,
  });
  const unauthorized = { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 };

  app.post('/trusthub/v1/EndUsers', async (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json(unauthorized, 401);
    const form = new URLSearchParams(await c.req.text());
    const now = Date.now();
    const rec = {
      sid: `IT${(++n).toString(16).padStart(32, '0')}`,
      friendly_name: form.get('FriendlyName') ?? '',
      type: form.get('Type') ?? '',
      attributes: JSON.parse(form.get('Attributes') ?? '{}') as unknown,
      date_created: now,
      date_updated: now,
    };
    rows.set(rec.sid, rec);
    return c.json(view(rec), 201);
  });
  app.get('/trusthub/v1/EndUsers/:sid', (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json(unauthorized, 401);
    const rec = rows.get(c.req.param('sid'));
    return rec ? c.json(view(rec)) : c.json({ code: 20404, message: 'Not found', status: 404 }, 404);
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
