import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { enterState } from '../../engine/lifecycle.js';
import { resource, type Operation, type ResourceDef } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { deleteCampaign, registerCampaign, TcrTables, updateCampaign, type TcrCampaign, type TcrCampaignFields, type TcrChange } from '../../registry/tcr/api.js';
import { checkCampaignPrerequisites, DEFAULT_OPT_OUT, validateCampaignFields, type CampaignFields } from './campaign-rules.js';
import { CAMPAIGN_OUTCOMES } from '../../registry/tcr/campaign-review.js';
import { usecasesFor } from '../../registry/tcr/catalog.js';
import { A2pEvent } from './catalog.js';
import { campaignEventData, type CampaignEventKind } from './event-data.js';
import { A2pTables, type BrandRecord, type CampaignRecord, type ServiceRecord } from './records.js';
import { registrationErrorOf, wireRateLimits } from './registration-errors.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { decodeParams, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { tcrIdentifier } from './brand-registrations.js';
import { chargeFee, Fees, publishA2pEvent } from './publish.js';
import { serviceCampaign, startRegistrations, stopRegistrations } from './service-phone-numbers.js';

const USA2P_PATH = '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p';

/**
 * The "US A2P Compliance resource identifier" Twilio's docs give as the Usa2p SID (seed 004: "The value
 * of Sid is always … QE2c6890da8086d771620e9b13fadeba0b"). Each campaign here has its own QE SID (a
 * service has at most one campaign), and this constant also names the service's campaign in
 * fetch, update and delete, as third-party integrations use it (FIDELITY §2).
 */
export const US_A2P_COMPLIANCE_SID = 'QE2c6890da8086d771620e9b13fadeba0b';

function source(rec: CampaignRecord): string {
  return `/v1/Services/${rec.messaging_service_sid}/Compliance/Usa2p/${rec.sid}`;
}

function publishCampaign(world: World, rec: CampaignRecord, kind: CampaignEventKind): void {
  const type = { submitted: A2pEvent.campaignSubmitted, failure: A2pEvent.campaignFailure, approved: A2pEvent.campaignApproved, deleted: A2pEvent.campaignDeleted }[kind];
  publishA2pEvent(world, type, source(rec), rec.sid, campaignEventData(rec, kind, world.now()));
}

const optional = {
  string: () => z.string().optional(),
  strings: () => z.array(z.string()).optional(),
  bool: () => p.bool().optional(),
};

/** Types only; the rules (required fields, lengths, combinations) are the registry's, so CloudFran gets the same. */
const createParams = z.object({
  BrandRegistrationSid: optional.string(),
  Description: optional.string(),
  MessageFlow: optional.string(),
  MessageSamples: optional.strings(),
  UsAppToPersonUsecase: optional.string(),
  HasEmbeddedLinks: optional.bool(),
  HasEmbeddedPhone: optional.bool(),
  OptInMessage: optional.string(),
  OptOutMessage: optional.string(),
  HelpMessage: optional.string(),
  OptInKeywords: optional.strings(),
  OptOutKeywords: optional.strings(),
  HelpKeywords: optional.strings(),
  SubscriberOptIn: optional.bool(),
  AgeGated: optional.bool(),
  DirectLending: optional.bool(),
  PrivacyPolicyUrl: optional.string(),
  TermsAndConditionsUrl: optional.string(),
});

const updateParams = z.object({
  HasEmbeddedLinks: optional.bool(),
  HasEmbeddedPhone: optional.bool(),
  MessageSamples: optional.strings(),
  MessageFlow: optional.string(),
  Description: optional.string(),
  AgeGated: optional.bool(),
  DirectLending: optional.bool(),
  PrivacyPolicyUrl: optional.string(),
  TermsAndConditionsUrl: optional.string(),
});

function campaignsOfBrand(world: World, brandSid: string): CampaignRecord[] {
  return world.table<CampaignRecord>(A2pTables.campaigns).where('brand_registration_sid', brandSid);
}

/** The campaign in TCR's terms, as Twilio submits it. */
function tcrFields(rec: CampaignRecord): TcrCampaignFields {
  const fields: TcrCampaignFields = {
    usecase: rec.us_app_to_person_usecase,
    description: rec.description,
    messageFlow: rec.message_flow,
    samples: rec.message_samples,
    embeddedLink: rec.has_embedded_links,
    embeddedPhone: rec.has_embedded_phone,
    ageGated: rec.age_gated,
    directLending: rec.direct_lending,
    subscriberOptin: rec.subscriber_opt_in,
  };
  const optional = {
    helpMessage: rec.help_message,
    optinMessage: rec.opt_in_message,
    optoutMessage: rec.opt_out_message,
    helpKeywords: rec.help_keywords,
    optinKeywords: rec.opt_in_keywords,
    optoutKeywords: rec.opt_out_keywords,
    privacyPolicyLink: rec.privacy_policy_url,
    termsAndConditionsLink: rec.terms_and_conditions_url,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== null) (fields as unknown as Record<string, unknown>)[key] = value;
  return fields;
}

/** The campaign's record in the neutral TCR (its `campaign_id`), unless it was registered elsewhere. */
function tcrCampaignOf(world: World, rec: CampaignRecord): TcrCampaign | undefined {
  if (rec.is_externally_registered) return undefined;
  const tcr = world.table<TcrCampaign>(TcrTables.campaigns).get(rec.campaign_id);
  return tcr?.ownerRef === rec.sid ? tcr : undefined;
}

/** The UsAppToPerson follows TCR's review of its campaign: pickup, then the decision (FIDELITY §6). */
export function followCampaign(world: World, change: TcrChange): void {
  if (change.kind !== 'campaign') return;
  const tcr = change.campaign;
  const rec = world.table<CampaignRecord>(A2pTables.campaigns).get(tcr.ownerRef);
  if (!rec) return;
  if (tcr.status === 'IN_REVIEW' && rec.campaign_status === 'PENDING') enterState(world, usAppToPerson, rec, { to: 'IN_PROGRESS' });
  else if (tcr.status === 'ACTIVE' && rec.campaign_status === 'IN_PROGRESS')
    enterState(world, usAppToPerson, rec, { to: 'VERIFIED', patch: { rate_limits: wireRateLimits(tcr.rateLimits), errors: [] } });
  else if (tcr.status === 'REJECTED' && rec.campaign_status === 'IN_PROGRESS') {
    enterState(world, usAppToPerson, rec, { to: 'FAILED', patch: { errors: tcr.errors.map(registrationErrorOf), rate_limits: null }, ...(change.reason ? { note: change.reason } : {}) });
  }
}

/** Deleting a campaign (or its service) takes the service's numbers out of it and tells the subscribers. */
export function campaignDeleted(world: World, rec: CampaignRecord): void {
  const tcr = tcrCampaignOf(world, rec);
  if (tcr && tcr.status !== 'EXPIRED') deleteCampaign(world, tcr.sid);
  stopRegistrations(world, rec);
  world.record({ table: A2pTables.campaigns, sid: rec.sid, field: 'campaign_status', from: rec.campaign_status, to: 'DELETED' });
  publishCampaign(world, rec, 'deleted');
}

function serialize(rec: CampaignRecord, url: string, version: string | undefined) {
  const json: Wire<MessagingSchemas['messaging.v1.service.us_app_to_person']> = {
    sid: rec.sid,
    account_sid: rec.account_sid,
    // An externally registered campaign (services-preregistered-usa2p.ts) has no brand in this account.
    brand_registration_sid: rec.brand_registration_sid || null,
    messaging_service_sid: rec.messaging_service_sid,
    description: rec.description,
    message_samples: rec.message_samples,
    us_app_to_person_usecase: rec.us_app_to_person_usecase,
    has_embedded_links: rec.has_embedded_links,
    has_embedded_phone: rec.has_embedded_phone,
    subscriber_opt_in: rec.subscriber_opt_in,
    age_gated: rec.age_gated,
    direct_lending: rec.direct_lending,
    campaign_status: rec.campaign_status,
    campaign_id: rec.campaign_id,
    is_externally_registered: rec.is_externally_registered,
    rate_limits: rec.rate_limits,
    message_flow: rec.message_flow,
    opt_in_message: rec.opt_in_message,
    opt_out_message: rec.opt_out_message,
    help_message: rec.help_message,
    opt_in_keywords: rec.opt_in_keywords,
    opt_out_keywords: rec.opt_out_keywords,
    help_keywords: rec.help_keywords,
    date_created: isoDate(rec.date_created),
    date_updated: isoDate(rec.date_updated),
    url,
    mock: rec.mock,
    errors: rec.errors,
  };
  // FIDELITY §1: privacy_policy_url / terms_and_conditions_url are returned only with X-Twilio-Api-Version: v1.2.
  if (version !== 'v1.2') return json;
  const v2: Wire<MessagingSchemas['messaging.v1.service.us_app_to_person_v2']> = {
    ...json,
    privacy_policy_url: rec.privacy_policy_url,
    terms_and_conditions_url: rec.terms_and_conditions_url,
  };
  return v2;
}

export const usAppToPerson: ResourceDef<CampaignRecord> = resource<CampaignRecord>()({
  name: 'UsAppToPerson',
  table: A2pTables.campaigns,
  product: 'messaging',
  path: USA2P_PATH,
  sidPrefix: SidPrefix.UsAppToPerson,
  listKey: 'compliance',
  parent: { table: A2pTables.services, param: 'MessagingServiceSid', field: 'messaging_service_sid', name: 'Service' },
  lookup: (ctx, sid) => {
    const serviceSid = ctx.pathParams.MessagingServiceSid!;
    const rec = sid === US_A2P_COMPLIANCE_SID ? serviceCampaign(ctx.world, serviceSid) : ctx.world.table<CampaignRecord>(A2pTables.campaigns).get(sid);
    return rec?.messaging_service_sid === serviceSid ? rec : undefined;
  },
  create: {
    params: createParams,
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      const input = q as CampaignFields;
      validateCampaignFields(input, 'create');
      const brand = ctx.world.table<BrandRecord>(A2pTables.brands).get(input.BrandRegistrationSid!);
      checkCampaignPrerequisites({
        serviceSid: service.sid,
        brand,
        brandSid: input.BrandRegistrationSid!,
        usecase: input.UsAppToPersonUsecase!,
        serviceCampaign: serviceCampaign(ctx.world, service.sid),
        brandCampaigns: campaignsOfBrand(ctx.world, input.BrandRegistrationSid!),
      });
      const managesOptOut = input.OptOutMessage !== undefined;
      return {
        brand_registration_sid: brand!.sid,
        messaging_service_sid: service.sid,
        description: input.Description!,
        message_samples: input.MessageSamples!,
        us_app_to_person_usecase: input.UsAppToPersonUsecase!,
        has_embedded_links: input.HasEmbeddedLinks!,
        has_embedded_phone: input.HasEmbeddedPhone!,
        subscriber_opt_in: input.SubscriberOptIn ?? false,
        age_gated: input.AgeGated ?? false,
        direct_lending: input.DirectLending ?? false,
        campaign_status: 'PENDING',
        // TCR's id once the registry has the campaign (create's `after`); a brand TCR never saw gets one of its own.
        campaign_id: brand!.registry_brand_id ? '' : tcrIdentifier(ctx.world, 'C'),
        is_externally_registered: false,
        rate_limits: null,
        message_flow: input.MessageFlow!,
        opt_in_message: input.OptInMessage ?? null,
        opt_out_message: managesOptOut ? input.OptOutMessage! : DEFAULT_OPT_OUT.opt_out_message,
        help_message: managesOptOut ? input.HelpMessage! : DEFAULT_OPT_OUT.help_message,
        opt_in_keywords: input.OptInKeywords ?? null,
        opt_out_keywords: managesOptOut ? input.OptOutKeywords! : DEFAULT_OPT_OUT.opt_out_keywords,
        help_keywords: managesOptOut ? input.HelpKeywords! : DEFAULT_OPT_OUT.help_keywords,
        privacy_policy_url: input.PrivacyPolicyUrl ?? null,
        terms_and_conditions_url: input.TermsAndConditionsUrl ?? null,
        // A mock brand's campaigns are mock campaigns (spec: us_app_to_person.mock).
        mock: brand!.mock,
        errors: [],
        campaign_sid: ctx.world.newSid(SidPrefix.Campaign),
        submissions: 1,
      };
    },
    after: (ctx, rec) => {
      const brand = ctx.world.table<BrandRecord>(A2pTables.brands).get(rec.brand_registration_sid);
      if (brand?.registry_brand_id) {
        const tcr = registerCampaign(ctx.world, rec.sid, brand.registry_brand_id, tcrFields(rec), { checkedByFace: true });
        ctx.world.table<CampaignRecord>(A2pTables.campaigns).update(rec, { campaign_id: tcr.sid });
      }
      if (!rec.mock) chargeFee(ctx.world, 'campaign_vetting', rec.sid, Fees.campaignVetting, `Campaign vetting of ${rec.campaign_id}`);
      publishCampaign(ctx.world, rec, 'submitted');
    },
  },
  list: {},
  update: {
    params: updateParams,
    apply: (_ctx, rec, q) => {
      // The campaign is edited to answer its rejection, then vetted again (seed 004; FIDELITY §6).
      if (rec.campaign_status !== 'FAILED') throw new TwilioError(409, 20409, `The campaign ${rec.sid} is ${rec.campaign_status}; only a FAILED campaign can be updated and resubmitted`);
      validateCampaignFields(q as CampaignFields, 'update');
      return {
        description: q.Description!,
        message_flow: q.MessageFlow!,
        message_samples: q.MessageSamples!,
        has_embedded_links: q.HasEmbeddedLinks!,
        has_embedded_phone: q.HasEmbeddedPhone!,
        age_gated: q.AgeGated!,
        direct_lending: q.DirectLending!,
        ...(q.PrivacyPolicyUrl !== undefined ? { privacy_policy_url: q.PrivacyPolicyUrl } : {}),
        ...(q.TermsAndConditionsUrl !== undefined ? { terms_and_conditions_url: q.TermsAndConditionsUrl } : {}),
      };
    },
    after: (ctx, rec) => {
      enterState(ctx.world, usAppToPerson, rec, { to: 'PENDING', patch: { errors: [], rate_limits: null, submissions: rec.submissions + 1 }, note: `resubmission ${rec.submissions + 1}` });
      const tcr = tcrCampaignOf(ctx.world, rec);
      if (tcr) updateCampaign(ctx.world, tcr.sid, tcrFields(rec));
      // FIDELITY §7: each external vetting is charged, resubmissions included.
      if (!rec.mock) chargeFee(ctx.world, 'campaign_vetting', rec.sid, Fees.campaignVetting, `Campaign vetting of ${rec.campaign_id} (resubmission)`);
      publishCampaign(ctx.world, rec, 'submitted');
    },
  },
  remove: { after: (ctx, rec) => campaignDeleted(ctx.world, rec) },
  serialize: (rec, ctx) => serialize(rec, twilioUrl('messaging', source(rec)), ctx.header('x-twilio-api-version')),
  lifecycle: {
    field: 'campaign_status',
    outcomes: CAMPAIGN_OUTCOMES,
    // No automatic moves: TCR (registry/tcr/api.ts) reviews the campaign and `followCampaign` moves the record.
    onEnter: (world, rec, _from, to) => {
      if (to === 'VERIFIED') {
        publishCampaign(world, rec, 'approved');
        startRegistrations(world, rec);
      }
      if (to === 'FAILED') publishCampaign(world, rec, 'failure');
    },
  },
});

/** `GET …/Compliance/Usa2p/Usecases?BrandRegistrationSid=BN…`: the use cases this brand may register (FIDELITY §6). */
export const usAppToPersonUsecases: Operation = {
  method: 'GET',
  product: 'messaging',
  path: `${USA2P_PATH}/Usecases`,
  handler: (ctx, { form }) => {
    ctx.world.table<ServiceRecord>(A2pTables.services).require(ctx.pathParams.MessagingServiceSid!, ctx.path);
    const q = decodeParams(z.object({ BrandRegistrationSid: p.sid(SidPrefix.BrandRegistration).optional() }), form, 'query');
    const brand = q.BrandRegistrationSid ? ctx.world.table<BrandRecord>(A2pTables.brands).get(q.BrandRegistrationSid) : undefined;
    if (q.BrandRegistrationSid && !brand) throw TwilioError.invalidParam('BrandRegistrationSid', `no Brand Registration ${q.BrandRegistrationSid} in this account`, 21717);
    const json: Wire<MessagingSchemas['messaging.v1.service.us_app_to_person_usecase']> = { us_app_to_person_usecases: usecasesFor(brand?.brand_type) };
    return { status: 200, body: json };
  },
};
