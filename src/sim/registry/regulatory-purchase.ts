import type { World } from '../engine/world.js';
import { purchaseRegulations, regulationBySid, RegulatoryTables, type Regulation } from './regulations.js';

/**
 * Whether a phone number may be bought given the regulatory bundle named with it. Twilio has
 * required an approved BundleSid to provision regulated numbers ("most phone numbers outside the
 * US and Canada") since 2020, and refuses with 21649 any call "that do not include a compliant
 * BundleSID that is valid for the phone number"
 * (https://twilio.com/en-us/changelog/regulated-number-bundle-provisioning-requirement).
 */
export const BUNDLE_REQUIRED = 21649;

/** What a purchase needs to know of a bundle. */
export interface BundleFacts {
  sid: string;
  account_sid: string;
  status: string;
  regulation_sid: string;
  /** Addresses the bundle holds: assigned as items, or named by its documents' `address_sids`. */
  address_sids: string[];
}

export type PurchaseVerdict = { ok: true; regulation: Regulation | null; bundle: BundleFacts | null } | { ok: false; status: number; code: number; message: string };

export interface PurchaseInput {
  accountSid: string;
  isoCountry: string;
  numberType: string;
  bundleSid?: string | null;
  /** The bundle named by `bundleSid` in the buyer's account, or undefined when there is none. */
  bundle?: BundleFacts;
}

const refuse = (message: string): PurchaseVerdict => ({ ok: false, status: 400, code: BUNDLE_REQUIRED, message });

/** The rule, pure: does (country, number type) need a bundle, and does the one given satisfy it? */
export function checkRegulatedPurchase(input: PurchaseInput): PurchaseVerdict {
  const iso = input.isoCountry.toUpperCase();
  const governing = purchaseRegulations(iso, input.numberType);
  if (!input.bundleSid) {
    if (governing.length === 0) return { ok: true, regulation: null, bundle: null };
    return refuse(
      `A twilio-approved regulatory Bundle is required to provision ${iso} ${input.numberType} phone numbers. Please pass the BundleSid of an approved Bundle for ${governing.map((r) => `"${r.friendly_name}"`).join(' or ')}`,
    );
  }
  const bundle = input.bundle;
  if (!bundle || bundle.account_sid !== input.accountSid) return refuse(`Bundle ${input.bundleSid} was not found in account ${input.accountSid}`);
  if (bundle.status !== 'twilio-approved') return refuse(`Bundle ${bundle.sid} status is not twilio-approved (it is ${bundle.status})`);
  const regulation = regulationBySid(bundle.regulation_sid) ?? null;
  if (!regulation || regulation.iso_country !== iso || regulation.number_type !== input.numberType) {
    return refuse(`Bundle ${bundle.sid} satisfies ${regulation ? `"${regulation.friendly_name}"` : 'no known regulation'}, not a regulation for ${iso} ${input.numberType} phone numbers`);
  }
  return { ok: true, regulation, bundle };
}

interface StoredBundle {
  sid: string;
  account_sid: string;
  status: string;
  regulation_sid: string;
}

/** Reads a bundle of the account for the rule above: its status, regulation and the addresses it holds. */
export function bundleFacts(world: World, sid: string): BundleFacts | undefined {
  const rec = world.table<StoredBundle>(RegulatoryTables.bundles).get(sid);
  if (!rec) return undefined;
  const addresses = new Set<string>();
  const docs = world.table<{ sid: string; attributes: Record<string, unknown> }>(RegulatoryTables.supportingDocuments);
  for (const a of world.table<{ sid: string; bundle_sid: string; object_sid: string }>(RegulatoryTables.itemAssignments).where('bundle_sid', sid)) {
    if (a.object_sid.startsWith('AD')) addresses.add(a.object_sid);
    for (const s of addressSidsOf(docs.get(a.object_sid)?.attributes)) addresses.add(s);
  }
  return { sid: rec.sid, account_sid: rec.account_sid, status: rec.status, regulation_sid: rec.regulation_sid, address_sids: [...addresses] };
}

/** `address_sids` as Twilio's examples send it: one SID, a comma-separated list, or a JSON array. */
export function addressSidsOf(attrs: Record<string, unknown> | undefined): string[] {
  const v = attrs?.address_sids;
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : String(v).split(',');
  return list.map((s) => String(s).trim()).filter((s) => s.length > 0);
}

/** For IncomingPhoneNumbers create: the verdict for a purchase in `world`, reading the named bundle there. */
export function regulatedPurchaseVerdict(world: World, q: { isoCountry: string; numberType: string; bundleSid?: string | null }): PurchaseVerdict {
  const bundle = q.bundleSid ? bundleFacts(world, q.bundleSid) : undefined;
  return checkRegulatedPurchase({
    accountSid: world.accountSid,
    isoCountry: q.isoCountry,
    numberType: q.numberType,
    ...(q.bundleSid ? { bundleSid: q.bundleSid } : {}),
    ...(bundle ? { bundle } : {}),
  });
}
