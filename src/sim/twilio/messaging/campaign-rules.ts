import { TwilioError } from '../../wire/errors.js';
import { MAX_CAMPAIGNS_PER_BRAND } from '../../registry/tcr/api.js';
import { findUsecase, SOLE_PROPRIETOR_USECASE } from '../../registry/tcr/catalog.js';
import type { BrandRecord, CampaignRecord } from './records.js';

/**
 * The synchronous rules of a US A2P campaign (Usa2p): field validation (FIDELITY §6, spec
 * descriptions) and the prerequisites on the brand and the Messaging Service. Every broken rule is
 * a 400 that names the parameter, thrown before anything changes.
 */
export interface CampaignFields {
  BrandRegistrationSid?: string;
  Description?: string;
  MessageFlow?: string;
  MessageSamples?: string[];
  UsAppToPersonUsecase?: string;
  HasEmbeddedLinks?: boolean;
  HasEmbeddedPhone?: boolean;
  OptInMessage?: string;
  OptOutMessage?: string;
  HelpMessage?: string;
  OptInKeywords?: string[];
  OptOutKeywords?: string[];
  HelpKeywords?: string[];
  SubscriberOptIn?: boolean;
  AgeGated?: boolean;
  DirectLending?: boolean;
  PrivacyPolicyUrl?: string;
  TermsAndConditionsUrl?: string;
}

/** Error 21727: a required campaign parameter is missing. */
export const CAMPAIGN_MISSING_PARAMETER = 21727;
/** Error 21728: a campaign field fails its length requirement. */
export const CAMPAIGN_LENGTH = 21728;
/** Error 21717: the brand is not registered (not APPROVED), or not valid for the use case. */
export const BRAND_NOT_REGISTERED = 21717;
/** Error 21720: not an A2P use case. */
export const INVALID_USECASE = 21720;
/** Error 30991: the brand is unverified (a sole proprietor who has not confirmed the OTP). */
export const BRAND_UNVERIFIED = 30991;
/** Error 30930: the brand's campaign limit is reached (TCR's hard limit is 100; Twilio allows 5 without a business reason, ISV guide §5). */
export const BRAND_CAMPAIGN_LIMIT = 30930;

const REQUIRED_ON_CREATE = ['BrandRegistrationSid', 'Description', 'MessageFlow', 'MessageSamples', 'UsAppToPersonUsecase', 'HasEmbeddedLinks', 'HasEmbeddedPhone'] as const;
const REQUIRED_ON_UPDATE = ['HasEmbeddedLinks', 'HasEmbeddedPhone', 'MessageSamples', 'MessageFlow', 'Description', 'AgeGated', 'DirectLending'] as const;

function missing(name: string): TwilioError {
  return new TwilioError(400, CAMPAIGN_MISSING_PARAMETER, `Missing required parameter ${name} in the post body`);
}

function lengthError(name: string, why: string): TwilioError {
  return new TwilioError(400, CAMPAIGN_LENGTH, `Invalid parameter ${name}: ${why}`);
}

function checkLength(name: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined) return;
  const n = [...value].length;
  if (n < min || n > max) throw lengthError(name, `must be between ${min} and ${max} characters (got ${n})`);
}

function checkKeywords(name: string, words: string[] | undefined): void {
  if (!words) return;
  for (const w of words) {
    if (!/^[A-Za-z0-9]+$/.test(w)) throw TwilioError.invalidParam(name, `"${w}" is not alphanumeric; keywords must be letters and digits only`);
  }
  const total = words.join(',').length;
  if (total > 255) throw lengthError(name, `must be at most 255 characters in total (got ${total})`);
}

/** Field rules of a campaign, on create or on update (spec: required fields differ). */
export function validateCampaignFields(input: CampaignFields, mode: 'create' | 'update'): void {
  for (const name of mode === 'create' ? REQUIRED_ON_CREATE : REQUIRED_ON_UPDATE) {
    if (input[name] === undefined) throw missing(name);
  }
  checkLength('Description', input.Description, 40, 4096);
  checkLength('MessageFlow', input.MessageFlow, 40, 2048);
  const samples = input.MessageSamples;
  if (samples && (samples.length < 2 || samples.length > 5)) throw lengthError('MessageSamples', `must contain 2 to 5 samples (got ${samples.length})`);
  for (const [i, s] of (samples ?? []).entries()) checkLength(`MessageSamples[${i}]`, s, 20, 1024);
  checkLength('OptInMessage', input.OptInMessage, 20, 320);
  checkLength('OptOutMessage', input.OptOutMessage, 20, 320);
  checkLength('HelpMessage', input.HelpMessage, 20, 320);
  checkKeywords('OptInKeywords', input.OptInKeywords);
  checkKeywords('OptOutKeywords', input.OptOutKeywords);
  checkKeywords('HelpKeywords', input.HelpKeywords);

  // Keyword opt-in needs both the keywords and the auto-reply (spec: "required if end users can text in a keyword").
  if (input.OptInKeywords && input.OptInMessage === undefined) throw missing('OptInMessage');
  if (input.OptInMessage !== undefined && !input.OptInKeywords) throw missing('OptInKeywords');
  // Managing opt-out and help yourself means all four are given; none means Twilio's default opt-out (seed 004).
  const optOut = { OptOutKeywords: input.OptOutKeywords, OptOutMessage: input.OptOutMessage, HelpKeywords: input.HelpKeywords, HelpMessage: input.HelpMessage };
  const given = Object.entries(optOut).filter(([, v]) => v !== undefined);
  if (given.length > 0 && given.length < 4) {
    const absent = Object.entries(optOut).find(([, v]) => v === undefined)![0];
    throw new TwilioError(
      400,
      CAMPAIGN_MISSING_PARAMETER,
      `Missing required parameter ${absent} in the post body: opt-out and help keywords and messages are given together unless Twilio's default opt-out is used`,
    );
  }
  for (const name of ['PrivacyPolicyUrl', 'TermsAndConditionsUrl'] as const) {
    const v = input[name];
    if (v !== undefined && !/^https?:\/\/\S+$/i.test(v)) throw TwilioError.invalidParam(name, 'must be an absolute http(s) URL');
  }
}

/** Twilio's default opt-out and help, filled in when the campaign does not manage them (seed 004 `createWithDefaults`). */
export const DEFAULT_OPT_OUT = {
  opt_out_message: 'You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.',
  help_message: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
  opt_out_keywords: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'],
  help_keywords: ['HELP', 'INFO'],
};

export interface CampaignPrerequisites {
  serviceSid: string;
  brand: BrandRecord | undefined;
  brandSid: string;
  usecase: string;
  /** The campaign already attached to the Messaging Service, if any. */
  serviceCampaign: CampaignRecord | undefined;
  /** The brand's other campaigns. */
  brandCampaigns: CampaignRecord[];
}

/** What must hold before a campaign can be submitted for this brand on this Messaging Service. */
export function checkCampaignPrerequisites(p: CampaignPrerequisites): void {
  if (!findUsecase(p.usecase)) {
    throw new TwilioError(400, INVALID_USECASE, `Invalid parameter UsAppToPersonUsecase: ${p.usecase} is not a US A2P use case (see GET /v1/Services/${p.serviceSid}/Compliance/Usa2p/Usecases)`);
  }
  const brand = p.brand;
  if (!brand) throw new TwilioError(400, BRAND_NOT_REGISTERED, `Invalid parameter BrandRegistrationSid: the Brand Registration ${p.brandSid} does not exist in this account`);
  // ISV guide §5 / error 21717: campaigns only for APPROVED brands.
  if (brand.status !== 'APPROVED') {
    throw new TwilioError(400, BRAND_NOT_REGISTERED, `Invalid parameter BrandRegistrationSid: the Brand Registration ${brand.sid} is ${brand.status}; a campaign can be created once it is APPROVED`);
  }
  if (brand.identity_status === 'UNVERIFIED') {
    throw new TwilioError(
      400,
      BRAND_UNVERIFIED,
      `The Brand Registration ${brand.sid} is unverified: campaign registrations under unverified brands are not allowed${brand.brand_type === 'SOLE_PROPRIETOR' ? ' (the sole proprietor has not confirmed the OTP)' : ''}`,
    );
  }
  const soleProp = brand.brand_type === 'SOLE_PROPRIETOR';
  if (soleProp !== (p.usecase === SOLE_PROPRIETOR_USECASE)) {
    throw new TwilioError(
      400,
      BRAND_NOT_REGISTERED,
      soleProp
        ? `Invalid parameter UsAppToPersonUsecase: a SOLE_PROPRIETOR brand can only register the SOLE_PROPRIETOR use case (got ${p.usecase})`
        : `Invalid parameter UsAppToPersonUsecase: SOLE_PROPRIETOR campaigns can only be registered by SOLE_PROPRIETOR brands (${brand.sid} is ${brand.brand_type})`,
    );
  }
  if (p.serviceCampaign) {
    throw new TwilioError(409, 20409, `The Messaging Service ${p.serviceSid} already has a US A2P campaign (${p.serviceCampaign.sid}); delete it before registering another`);
  }
  const limit = soleProp ? 1 : MAX_CAMPAIGNS_PER_BRAND;
  if (p.brandCampaigns.length >= limit) {
    throw new TwilioError(
      400,
      BRAND_CAMPAIGN_LIMIT,
      soleProp
        ? `The SOLE_PROPRIETOR brand ${brand.sid} already has its one campaign (${p.brandCampaigns[0]!.sid})`
        : `The brand ${brand.sid} already has ${p.brandCampaigns.length} campaigns; Twilio allows ${MAX_CAMPAIGNS_PER_BRAND} per brand without a business reason`,
    );
  }
}
