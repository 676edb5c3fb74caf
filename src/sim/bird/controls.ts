import type { Hono } from 'hono';
import { z } from 'zod';
import { ControlError, controlWorld, jsonBody } from '../control/control-plane.js';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { uuid } from '../wire/uuid.js';
import { emitBirdEvent } from './webhooks.js';
import { nowIso, workspaceSettings } from './workspace.js';

/**
 * The simulator's own controls for a Bird workspace (`/_sim/bird/…`, addressed with
 * `Authorization: AccessKey <key>` and `X-Bird-Workspace-Id`, documented in the README):
 * - `POST /_sim/bird/channels/{channelId}/inbound` `{"from": "+1…", "text": "…"}`: a handset texts the
 *   channel's number; the workspace's `sms.inbound` subscriptions receive it.
 * - `POST /_sim/bird/wallet` `{"amount": 25.5}`: tops up (or, negative, drains) the workspace wallet in USD.
 */
function birdWorkspace(sim: Simulator, c: Parameters<typeof controlWorld>[1], what: string): World {
  const world = controlWorld(sim, c);
  if (!world.settings.bird) {
    throw new ControlError(400, `Failed to ${what}: the request addresses a Twilio account, not a Bird workspace. Please send Authorization: AccessKey <key> and X-Bird-Workspace-Id: <workspace id>.`);
  }
  world.settle();
  return world;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** The `sms.inbound` event's payload: a text a handset sent to the channel's number. */
export const InboundMessage = z.object({
  id: z.string().uuid(),
  channelId: z.string().uuid(),
  direction: z.literal('incoming'),
  status: z.literal('delivered'),
  sender: z.object({ contact: z.object({ identifierKey: z.literal('phonenumber'), identifierValue: z.string() }) }),
  receiver: z.object({ connector: z.object({ id: z.string().uuid(), identifierValue: z.string() }) }),
  body: z.object({ type: z.literal('text'), text: z.object({ text: z.string() }) }),
  createdAt: z.string(),
});

export function mountBirdControls(app: Hono, sim: Simulator): void {
  app.post('/_sim/bird/channels/:channelId/inbound', async (c) => {
    const what = 'simulate an inbound SMS';
    const world = birdWorkspace(sim, c, what);
    const body = await jsonBody(c);
    const channelId = c.req.param('channelId').toLowerCase();
    const connector = (workspaceSettings(world).connectors ?? []).find((k) => k.channel.channelId === channelId);
    if (!connector) throw new ControlError(404, `Failed to ${what}: no channel ${c.req.param('channelId')} in this workspace. Please use a channelId from a connector.`);
    if (typeof body.from !== 'string' || !E164.test(body.from))
      throw new ControlError(400, `Failed to ${what}: "from" must be the sender's E.164 number. Please send e.g. {"from": "+14155550123", "text": "HELP"}.`);
    if (typeof body.text !== 'string' || !body.text || body.text.length > 1600) throw new ControlError(400, `Failed to ${what}: "text" must be 1 to 1600 characters. Please send the message's text.`);
    const message = {
      id: uuid(world),
      channelId: connector.channel.channelId,
      direction: 'incoming' as const,
      status: 'delivered' as const,
      sender: { contact: { identifierKey: 'phonenumber', identifierValue: body.from } },
      receiver: { connector: { id: connector.id, identifierValue: connector.number.phoneNumber } },
      body: { type: 'text' as const, text: { text: body.text } },
      createdAt: nowIso(world),
    };
    emitBirdEvent(world, 'sms.inbound', message, { channelId: message.channelId }, message.id);
    world.touch();
    return c.json(message, 201);
  });

  app.post('/_sim/bird/wallet', async (c) => {
    const what = 'change the wallet balance';
    const world = birdWorkspace(sim, c, what);
    const { amount } = await jsonBody(c);
    if (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > 1_000_000) {
      throw new ControlError(400, `Failed to ${what}: "amount" must be a number of USD between -1000000 and 1000000. Please send e.g. {"amount": 50}.`);
    }
    const ws = workspaceSettings(world);
    ws.walletBalance = Math.max(0, ws.walletBalance + Math.round(amount * 1e6));
    world.touch();
    return c.json({ balance: { currencyCode: 'USD', amount: ws.walletBalance, exponent: -6 } });
  });
}
