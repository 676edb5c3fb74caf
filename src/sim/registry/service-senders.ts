import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { countryOfNumber } from './numbers/plan.js';

/**
 * A Messaging Service's senders besides its phone numbers: short codes, alphanumeric sender IDs
 * (one per service, and per destination country) and channel senders (WhatsApp, Messenger, RCS),
 * with the rule that picks one of them for a message sent through the service.
 */
export const SenderTables = {
  /** The account's short codes (API 2010 `SMS/ShortCodes`); leased outside the API, provisioned through `/_sim/a2p/short-codes`. */
  shortCodes: 'api.short_codes',
  /** The account's channel senders (XE…), made by the Senders API (not among the vendored specs); provisioned through `/_sim/a2p/channel-senders`. */
  channelSenders: 'messaging.channel_senders',
  serviceShortCodes: 'messaging.service_short_codes',
  serviceAlphaSenders: 'messaging.service_alpha_senders',
  serviceDestinationAlphaSenders: 'messaging.service_destination_alpha_senders',
  serviceChannelSenders: 'messaging.service_channel_senders',
} as const;

export interface ShortCodeRecord extends BaseRecord {
  short_code: string;
  friendly_name: string;
  iso_country: string;
  mms: boolean;
  sms_url: string | null;
  sms_method: 'GET' | 'POST';
  sms_fallback_url: string | null;
  sms_fallback_method: 'GET' | 'POST';
}

export interface ChannelSenderRecord extends BaseRecord {
  /** `whatsapp:+1…`, `messenger:…`, `rcs:…`. */
  sender: string;
  sender_type: string;
  country_code: string | null;
}

/** A short code in a service: its SID is the short code's (a short code is in one service at most). */
export interface ServiceShortCodeRecord extends BaseRecord {
  service_sid: string;
  short_code: string;
  country_code: string;
  capabilities: string[];
}

export interface ServiceAlphaSenderRecord extends BaseRecord {
  service_sid: string;
  alpha_sender: string;
}

export interface ServiceDestinationAlphaSenderRecord extends BaseRecord {
  service_sid: string;
  alpha_sender: string;
  /** '' for a default alpha sender, used for every country (spec: iso_country_code). */
  iso_country_code: string;
}

/** A channel sender in a service: its SID is the channel sender's (XE…). */
export interface ServiceChannelSenderRecord extends BaseRecord {
  service_sid: string;
  sender: string;
  sender_type: string;
  country_code: string | null;
}

/**
 * Twilio's rule for an Alphanumeric Sender ID: up to 11 characters of A-Z, a-z, 0-9, space, `-`,
 * `+`, `_` and `&`, not only digits (spec: CreateAlphaSenderRequest.AlphaSender).
 * Returns why it is not one, or undefined.
 */
export function alphaSenderProblem(value: string): string | undefined {
  if (value.length < 1 || value.length > 11) return 'must be 1 to 11 characters long';
  if (!/^[A-Za-z0-9 +\-_&]+$/.test(value)) return 'may contain only A-Z, a-z, 0-9, space, hyphen, plus, underscore and ampersand';
  if (/^\d+$/.test(value)) return 'cannot contain only numbers';
  return undefined;
}

/**
 * Countries whose carriers take no alphanumeric sender ID: the US and Canada (Twilio's "Alphanumeric
 * Sender ID for Twilio Programmable SMS" support article lists them as unsupported), so a service
 * sends there from a short code or a number whatever alpha senders it has.
 */
const NO_ALPHA_SENDER = new Set(['US', 'CA']);

export interface ChosenSender {
  sid: string;
  /** What the message's `from` shows: the alpha sender ID or the short code. */
  address: string;
  kind: 'alpha-sender' | 'short-code';
  mms: boolean;
}

/**
 * The sender a Messaging Service picks for a message to `to` before its phone numbers, or undefined
 * to use its phone numbers. Twilio's docs: a service "will always attempt to prioritize message
 * delivery with your Destination Alpha Sender" (DestinationAlphaSenders resource) and with its
 * Alpha Sender (AlphaSenders resource) "where possible", and "always prioritizes message delivery
 * with your short code when possible" (ShortCodes resource). So, in order:
 * 1. a destination alpha sender for the destination's country, then a default one (no country),
 *    then the service's alpha sender, where alpha senders are allowed and the message has no media
 *    (an alpha sender is SMS only: capabilities `["SMS"]`);
 * 2. a short code of the destination's country (able to send MMS when there is media).
 */
export function serviceSenderFor(world: World, serviceSid: string, to: string, hasMedia: boolean): ChosenSender | undefined {
  const country = countryOfNumber(to);
  if (country && !hasMedia && !NO_ALPHA_SENDER.has(country)) {
    const destination = world.table<ServiceDestinationAlphaSenderRecord>(SenderTables.serviceDestinationAlphaSenders).where('service_sid', serviceSid);
    const alpha =
      destination.find((a) => a.iso_country_code === country) ??
      destination.find((a) => a.iso_country_code === '') ??
      world.table<ServiceAlphaSenderRecord>(SenderTables.serviceAlphaSenders).firstWhere('service_sid', serviceSid);
    if (alpha) return { sid: alpha.sid, address: alpha.alpha_sender, kind: 'alpha-sender', mms: false };
  }
  const shortCode = world
    .table<ServiceShortCodeRecord>(SenderTables.serviceShortCodes)
    .where('service_sid', serviceSid)
    .find((s) => s.country_code === country && (!hasMedia || s.capabilities.includes('MMS')));
  if (shortCode) return { sid: shortCode.sid, address: shortCode.short_code, kind: 'short-code', mms: shortCode.capabilities.includes('MMS') };
  return undefined;
}
