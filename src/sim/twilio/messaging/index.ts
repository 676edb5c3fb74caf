import type { Hono } from 'hono';
import { ControlError, controlWorld } from '../../control/control-plane.js';
import type { Face } from '../../engine/resource.js';
import { mountOperation } from '../../engine/router.js';
import type { Simulator } from '../../engine/simulator.js';
import { A2pTables, type BrandRecord, type FeeRecord, type ServicePhoneNumberRecord } from './records.js';
import { isoDate } from '../../wire/dates.js';
import { TCR_HANDLERS, tcrEvidenceTopic, tcrTopic, type TcrChange } from '../../registry/tcr/api.js';
import { brandEvidence, brandRegistrations, followBrandTcr, brandVettings, confirmOtp, otpHandlers, smsOtp } from './brand-registrations.js';
import { followLink, numberHandlers, numberLeavesService, servicePhoneNumbers } from './service-phone-numbers.js';
import { mountSenderControls, serviceSenderResources } from './service-senders.js';
import { services, serviceUsecases } from './services.js';
import { createExternalCampaign } from './services-preregistered-usa2p.js';
import { tollfreeHandlers, tollfreeVerifications } from './tollfree-verifications.js';
import { followCampaign, usAppToPerson, usAppToPersonUsecases } from './us-app-to-person.js';

/**
 * The simulator's own A2P controls (`/_sim/a2p/…`, documented in the README):
 * - `POST /_sim/a2p/brands/{BN}/otp` `{"reply": "YES"}`: the sole proprietor answers the OTP text.
 * - `GET /_sim/a2p/fees`: the registration fees Twilio would have charged the account.
 */
function mountControls(app: Hono, sim: Simulator): void {
  app.post('/_sim/a2p/brands/:sid/otp', async (c) => {
    const world = controlWorld(sim, c);
    const text = await c.req.text();
    let reply: unknown;
    try {
      reply = text.trim() ? (JSON.parse(text) as { reply?: unknown }).reply : undefined;
    } catch {
      reply = undefined;
    }
    if (typeof reply !== 'string' || reply.trim().toUpperCase() !== 'YES') {
      throw new ControlError(400, 'Failed to answer the OTP: only a YES reply confirms a sole proprietor brand. Please send {"reply": "YES"} (or let the OTP expire after 24 simulated hours).');
    }
    world.settle();
    const brand = world.table<BrandRecord>(A2pTables.brands).get(c.req.param('sid'));
    if (!brand) throw new ControlError(404, `Failed to answer the OTP: no Brand Registration ${c.req.param('sid')} in account ${world.accountSid}. Please check the SID.`);
    const result = confirmOtp(world, brand);
    if (!result.ok) throw new ControlError(409, `Failed to answer the OTP: ${result.reason}.`);
    return c.json({ brand_registration_sid: brand.sid, identity_status: brand.identity_status, otp: brand.otp.status });
  });

  app.get('/_sim/a2p/fees', (c) => {
    const world = controlWorld(sim, c);
    world.settle();
    const fees = world.table<FeeRecord>(A2pTables.fees).values();
    const totalCents = fees.reduce((sum, f) => sum + Math.round(Number(f.amount) * 100), 0);
    return c.json({
      fees: fees.map((f) => ({ sid: f.sid, kind: f.kind, resource_sid: f.resource_sid, amount: f.amount, currency: 'USD', description: f.description, date_created: isoDate(f.date_created) })),
      total: (totalCents / 100).toFixed(2),
      currency: 'USD',
    });
  });
}

/** Messaging v1 (messaging.twilio.com): A2P 10DLC brands, vettings, services, campaigns and number registration (seed 003 §3–5, seed 004). */
export const messagingFace: Face = {
  name: 'messaging',
  // The Usecases lists and PreregisteredUsa2p share their path shape with an item route
  // (`/v1/Services/{Sid}`, `…/Usa2p/{Sid}`): they are mounted first so that they win.
  mount: (app, sim) => {
    mountOperation(app, sim, serviceUsecases);
    mountOperation(app, sim, createExternalCampaign);
    mountOperation(app, sim, usAppToPersonUsecases);
    mountControls(app, sim);
    mountSenderControls(app, sim);
  },
  resources: [brandRegistrations, brandVettings, services, servicePhoneNumbers, ...serviceSenderResources, usAppToPerson, tollfreeVerifications],
  operations: [smsOtp],
  // TCR's reviews run in the registry (the same handlers the Bird face lists); the face follows them.
  handlers: { ...TCR_HANDLERS, ...otpHandlers, ...numberHandlers, ...tollfreeHandlers },
  // The face follows what TCR decides on what it submitted, and shows TCR a brand's bundles when asked.
  listeners: {
    [tcrTopic('twilio')]: (world, change: TcrChange) => {
      followBrandTcr(world, change);
      followCampaign(world, change);
      followLink(world, change);
    },
    [tcrEvidenceTopic('twilio')]: brandEvidence,
  },
  // A released IncomingPhoneNumber leaves its Messaging Service (and its campaign) with it.
  observe: (world, change) => {
    if (change.kind !== 'removed' || change.table !== A2pTables.incomingPhoneNumbers) return;
    const entries = world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers);
    const entry = entries.get(change.rec.sid);
    if (!entry) return;
    entries.delete(entry.sid);
    numberLeavesService(world, entry);
  },
};
