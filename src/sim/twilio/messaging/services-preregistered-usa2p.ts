import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import type { Operation } from '../../engine/resource.js';
import { A2pTables, type CampaignRecord, type ServiceRecord } from './records.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { decodeParams, p } from '../../wire/params.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { serviceCampaign, startRegistrations } from './service-phone-numbers.js';

/** Error 21701: "Messaging Service not found" (https://www.twilio.com/docs/api/errors/21701). */
const SERVICE_NOT_FOUND = 21701;

/** A TCR campaign ID (`C` + 6 letters or digits), or a campaign SID as in the spec's example (`CMaaaa…`). */
function isCampaignId(v: string): boolean {
  return /^C[A-Z0-9]{6}$/.test(v) || isSid(v, SidPrefix.Campaign);
}

const PARAMS = z.object({
  CampaignId: z.string().refine(isCampaignId, 'must be a TCR campaign ID (C followed by 6 letters or digits, e.g. CABC123)'),
  MessagingServiceSid: p.sid(SidPrefix.MessagingService),
  CnpMigration: p.bool().optional(),
});

/**
 * `POST /v1/Services/PreregisteredUsa2p` (CreateExternalCampaign): associates a campaign the customer
 * registered directly with TCR with a Messaging Service. Twilio's "Use Externally Registered
 * Campaigns" guide puts this call last: the campaign was shared with Twilio as its DCA and accepted
 * (Twilio's review, then the secondary DCAs') before it, all outside Twilio's API. So the
 * simulator records the service's Usa2p campaign already `VERIFIED`, with
 * `is_externally_registered: true`, no brand of this account and none of the content fields (TCR
 * holds them), and starts registering the service's numbers to it at once. No fee is charged and no
 * campaign event is sent (Twilio did not vet it). Refused: an unknown service (21701), a service
 * that already has a campaign (409, as for a second Usa2p create), a CampaignId already associated
 * in this account (409).
 */
export const createExternalCampaign: Operation = {
  method: 'POST',
  product: 'messaging',
  path: '/v1/Services/PreregisteredUsa2p',
  handler: (ctx, { form }) => {
    const world = ctx.world;
    const q = decodeParams(PARAMS, form);
    const service = world.table<ServiceRecord>(A2pTables.services).get(q.MessagingServiceSid);
    if (!service) throw new TwilioError(400, SERVICE_NOT_FOUND, `Messaging Service ${q.MessagingServiceSid} not found`);
    const existing = serviceCampaign(world, service.sid);
    if (existing) throw new TwilioError(409, 20409, `The Messaging Service ${service.sid} already has a US A2P campaign (${existing.sid}); delete it before registering another`);
    const campaigns = world.table<CampaignRecord>(A2pTables.campaigns);
    const twin = campaigns.firstWhere('campaign_id', q.CampaignId);
    if (twin) throw new TwilioError(409, 20409, `Campaign ${q.CampaignId} is already associated with Messaging Service ${twin.messaging_service_sid}`);
    const now = world.now();
    const rec: CampaignRecord = {
      sid: world.newSid(SidPrefix.UsAppToPerson),
      account_sid: world.accountSid,
      date_created: now,
      date_updated: now,
      // No Twilio brand: the brand lives in TCR (the Usa2p resource shows brand_registration_sid null).
      brand_registration_sid: '',
      messaging_service_sid: service.sid,
      description: '',
      message_samples: [],
      us_app_to_person_usecase: '',
      has_embedded_links: false,
      has_embedded_phone: false,
      subscriber_opt_in: false,
      age_gated: false,
      direct_lending: false,
      campaign_status: 'VERIFIED',
      campaign_id: q.CampaignId,
      is_externally_registered: true,
      rate_limits: null,
      message_flow: '',
      opt_in_message: null,
      opt_out_message: null,
      help_message: null,
      opt_in_keywords: null,
      opt_out_keywords: null,
      help_keywords: null,
      privacy_policy_url: null,
      terms_and_conditions_url: null,
      mock: false,
      errors: [],
      campaign_sid: isSid(q.CampaignId, SidPrefix.Campaign) ? q.CampaignId : world.newSid(SidPrefix.Campaign),
      submissions: 0,
    };
    campaigns.insert(rec);
    world.record({
      table: A2pTables.campaigns,
      sid: rec.sid,
      field: 'campaign_status',
      from: null,
      to: 'VERIFIED',
      note: `external campaign ${q.CampaignId}${q.CnpMigration ? ' (CNP migration)' : ''}`,
    });
    startRegistrations(world, rec);
    const json: Wire<MessagingSchemas['messaging.v1.external_campaign']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      campaign_id: rec.campaign_id,
      messaging_service_sid: rec.messaging_service_sid,
      date_created: isoDate(rec.date_created),
    };
    return { status: 201, body: json };
  },
};
