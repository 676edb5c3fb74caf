import { z } from 'zod';
import { UNDER_REVIEW } from '../compliance/bundle-review.js';
import { enterState, LIFECYCLE } from '../../engine/lifecycle.js';
import { createRecord, internalContext, updateRecord, type FormInput } from '../../engine/operations.js';
import type { ResourceDef } from '../../engine/resource.js';
import type { Simulator } from '../../engine/simulator.js';
import type { BaseRecord } from '../../engine/table.js';
import type { World } from '../../engine/world.js';
import { EvalCode, evaluate, type AttachedItem, type RequirementResult } from '../../registry/evaluation.js';
import { magicOutcome } from '../../registry/magic.js';
import { reviewProfile } from '../../registry/profile-review.js';
import { isoDate } from '../../wire/dates.js';
import { p } from '../../wire/params.js';
import { bundleUrl } from './bundles.js';
import { fieldFriendlyName, policy, PolicySid } from './catalog.js';
import { Tables, type BundleRecord, type EndUserRecord, type EntityAssignmentRecord, type EvaluationRecord, type SupportingDocumentRecord } from './records.js';
import { attachedItems } from './review.js';

/**
 * The ISV's approved Primary Business Profile in one call (seed 003's prerequisite). Twilio's ISVs
 * get it through the Console, which the simulator does not have, so this builds it the way a client
 * would: end users, address, document, profile, assignments, evaluation and submission, all through
 * the TrustHub (and API 2010 Addresses) declarations with their validation and lifecycles.
 *
 * Approval happens at once without moving the account's clock: the profile's own review moves
 * (pending-review → in-review → decision) fire now, decided by the same lifecycle as on the clock,
 * and no other pending transition of the account fires. The inputs are checked first with the
 * registry's evaluation and review rules on a dry run, so a body that could not be approved is
 * refused before anything is created.
 */

/** Where users get one (the hint names it). */
export const PRIMARY_PROFILE_ENDPOINT = 'POST /_sim/trusthub/primary-profile';
const PRIMARY_TYPE = 'primary_customer_profile_type_business';

/** A refusal of `createApprovedPrimaryProfile`, worded "Failed to X: why. Please Y.". */
export class PrimaryProfileError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'PrimaryProfileError';
  }
}

const text = (max = 255) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const PrimaryProfileOptionsSchema = z.strictObject({
  /** The business information's `business_name`. */
  businessName: text().optional(),
  /** The profile's FriendlyName (default: "<businessName> Primary Business Profile"). */
  friendlyName: text().optional(),
  /** The profile's Email. */
  email: p.email().optional(),
  statusCallback: p.url().optional(),
  websiteUrl: text().optional(),
  businessRegistrationIdentifier: text().optional(),
  businessRegistrationNumber: text().optional(),
  businessType: text().optional(),
  businessIndustry: text().optional(),
  businessIdentity: text().optional(),
  businessRegionsOfOperation: text().optional(),
  representative: z
    .strictObject({
      firstName: text().optional(),
      lastName: text().optional(),
      email: text().optional(),
      phoneNumber: text().optional(),
      businessTitle: text().optional(),
      jobPosition: text().optional(),
    })
    .optional(),
  address: z
    .strictObject({
      street: text().optional(),
      city: text().optional(),
      region: text().optional(),
      postalCode: text(32).optional(),
      isoCountry: z
        .string()
        .refine((v) => /^[A-Z]{2}$/.test(v), 'must be an ISO 3166-1 alpha-2 country code such as US')
        .optional(),
    })
    .optional(),
  /** Make another one even when the account already has an approved primary profile. */
  new: z.boolean().optional(),
});

export type PrimaryProfileOptions = z.input<typeof PrimaryProfileOptionsSchema>;

/** Constants, so a seeded simulator gives the same profile (its SIDs come from the seeded world). */
const DEFAULTS = {
  businessName: 'Acme ISV, Inc.',
  email: 'compliance@acme-isv.example.com',
  websiteUrl: 'https://www.acme-isv.example.com',
  businessRegistrationIdentifier: 'EIN',
  businessRegistrationNumber: '98-7654321',
  businessType: 'Corporation',
  businessIndustry: 'TECHNOLOGY',
  businessIdentity: 'isv_reseller_or_partner',
  businessRegionsOfOperation: 'USA_AND_CANADA',
  representative: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@acme-isv.example.com', phoneNumber: '+14155550100', businessTitle: 'CEO', jobPosition: 'CEO' },
  address: { street: '1234 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', isoCountry: 'US' },
} as const;

export interface PrimaryProfileView {
  sid: string;
  accountSid: string;
  status: string;
  policySid: string;
  friendlyName: string;
  email: string;
  url: string;
  endUsers: Array<{ sid: string; type: string; friendlyName: string }>;
  supportingDocuments: Array<{ sid: string; type: string; friendlyName: string; status: string }>;
  addressSids: string[];
  /** The latest evaluation of the profile, if any. */
  evaluation: { sid: string; status: string } | null;
  dateCreated: string;
  dateUpdated: string;
  /** false when the account's existing approved primary profile was returned. */
  created: boolean;
}

function refuse(why: string, please: string, status = 400): never {
  throw new PrimaryProfileError(status, `Failed to create the primary profile: ${why}. Please ${please}.`);
}

function parseOptions(input: unknown): z.output<typeof PrimaryProfileOptionsSchema> {
  const parsed = PrimaryProfileOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  if (!issue) return refuse('the options are not valid', 'send a JSON object (see the README, "The ISV\'s Primary Business Profile")');
  const where = issue.path.length ? `"${issue.path.join('.')}" ` : '';
  const why =
    issue.code === 'unrecognized_keys' ? `${where || 'the body '}has unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `${where}${issue.message}`;
  return refuse(
    why,
    'send a JSON object with optional businessName, friendlyName, email, websiteUrl, businessRegistrationNumber, representative {…}, address {…} and new (see the README, "The ISV\'s Primary Business Profile")',
  );
}

function approvedPrimary(world: World): BundleRecord | undefined {
  return world.table<BundleRecord>(Tables.customer_profile).find((r) => r.policy_sid === PolicySid.PrimaryBusiness && r.status === 'twilio-approved');
}

/** What the profile holds, read back from its assignments (also for a profile made by hand). */
function describe(world: World, rec: BundleRecord, created: boolean): PrimaryProfileView {
  const endUsers: PrimaryProfileView['endUsers'] = [];
  const supportingDocuments: PrimaryProfileView['supportingDocuments'] = [];
  const addressSids: string[] = [];
  for (const a of world.table<EntityAssignmentRecord>(Tables.entityAssignments('customer_profile')).where('bundle_sid', rec.sid)) {
    const eu = world.table<EndUserRecord>(Tables.endUsers).get(a.object_sid);
    if (eu) endUsers.push({ sid: eu.sid, type: eu.type, friendlyName: eu.friendly_name });
    const doc = world.table<SupportingDocumentRecord>(Tables.supportingDocuments).get(a.object_sid);
    if (doc) {
      supportingDocuments.push({ sid: doc.sid, type: doc.type, friendlyName: doc.friendly_name, status: doc.status });
      for (const s of String(doc.attributes.address_sids ?? '').split(',')) if (s.trim()) addressSids.push(s.trim());
    }
  }
  const evaluation = world.table<EvaluationRecord>(Tables.evaluations('customer_profile')).where('bundle_sid', rec.sid).at(-1);
  return {
    sid: rec.sid,
    accountSid: rec.account_sid,
    status: rec.status,
    policySid: rec.policy_sid,
    friendlyName: rec.friendly_name,
    email: rec.email,
    url: bundleUrl('customer_profile', rec.sid),
    endUsers,
    supportingDocuments,
    addressSids,
    evaluation: evaluation ? { sid: evaluation.sid, status: evaluation.status } : null,
    dateCreated: isoDate(rec.date_created),
    dateUpdated: isoDate(rec.date_updated),
    created,
  };
}

/**
 * Fires the profile's own review moves now, as the clock would when they fall due, and drops their
 * scheduled copies; the account's clock and its other transitions are left alone.
 */
function reviewNow(world: World, def: ResourceDef<BundleRecord>, rec: BundleRecord): void {
  const auto = def.lifecycle?.auto ?? {};
  for (let step = 0; UNDER_REVIEW.has(rec.status); step++) {
    world.unschedule((t) => t.kind === LIFECYCLE && t.data.sid === rec.sid);
    const move = step < 4 ? auto[rec.status]?.next(rec, world) : undefined;
    if (!move || 'retryAfter' in move) throw new Error(`Failed to approve the primary profile ${rec.sid}: its review could not decide from ${rec.status}. Please report this as a bug.`);
    enterState(world, def, rec, move);
  }
}

/**
 * An approved Primary Business Profile in `accountSid` (the ISV's account): the account's existing
 * approved one (`created: false`), unless `opts.new`, else a new one built through the TrustHub
 * declarations and approved at once. Throws PrimaryProfileError (status 400/404) for bad options,
 * before creating anything.
 */
export function createApprovedPrimaryProfile(sim: Simulator, accountSid: string, opts: PrimaryProfileOptions = {}): PrimaryProfileView {
  const o = parseOptions(opts);
  const world = sim.findWorld(accountSid);
  if (!world) refuse(`no account ${accountSid} in this simulator`, 'make one request with its Account SID and token first (accounts are provisioned on first use)', 404);
  world.settle();
  if (!o.new) {
    const existing = approvedPrimary(world);
    if (existing) return describe(world, existing, false);
  }

  const businessName = o.businessName ?? DEFAULTS.businessName;
  const friendlyName = o.friendlyName ?? `${businessName} Primary Business Profile`;
  const rep = { ...DEFAULTS.representative, ...o.representative };
  const addr = { ...DEFAULTS.address, ...o.address };
  const business = {
    business_name: businessName,
    business_identity: o.businessIdentity ?? DEFAULTS.businessIdentity,
    business_type: o.businessType ?? DEFAULTS.businessType,
    business_industry: o.businessIndustry ?? DEFAULTS.businessIndustry,
    business_registration_identifier: o.businessRegistrationIdentifier ?? DEFAULTS.businessRegistrationIdentifier,
    business_registration_number: o.businessRegistrationNumber ?? DEFAULTS.businessRegistrationNumber,
    business_regions_of_operation: o.businessRegionsOfOperation ?? DEFAULTS.businessRegionsOfOperation,
    website_url: o.websiteUrl ?? DEFAULTS.websiteUrl,
  };
  const representative = {
    first_name: rep.firstName,
    last_name: rep.lastName,
    email: rep.email,
    phone_number: rep.phoneNumber,
    business_title: rep.businessTitle,
    job_position: rep.jobPosition,
  };

  // Dry run with the registry's own rules: what Twilio's evaluation and review would say of this data.
  const pol = policy(PolicySid.PrimaryBusiness);
  if (!pol) throw new Error('Failed to find the primary policy in fixtures/trusthub/policies.json. Please restore it.');
  const items: AttachedItem[] = [
    { kind: 'end_user', sid: 'business', type: 'customer_profile_business_information', attributes: business },
    { kind: 'end_user', sid: 'representative', type: 'authorized_representative_1', attributes: representative },
    { kind: 'document', sid: 'address', type: 'customer_profile_address', attributes: { address_sids: 'address' } },
  ];
  const evaluation = evaluate(pol.requirements, pol['x-sim'], items, { fieldName: fieldFriendlyName, addressExists: () => true });
  // The evaluation's own reasons, without their advice to edit a bundle (the body is what to correct here).
  const failed = evaluation.results.flatMap((r) => (r.passed ? [] : r.invalid.length ? r.invalid.map((i) => i.failure_reason) : [r.failure_reason])).map((f) => String(f).replace(/\. Please .*$/, ''));
  if (failed.length) refuse(`the profile would not be compliant (${failed.join('; ')})`, 'correct those fields in the body');
  const forced = magicOutcome(friendlyName);
  const decision = reviewProfile({
    evaluation,
    endUsers: items.filter((i): i is Extract<AttachedItem, { kind: 'end_user' }> => i.kind === 'end_user'),
    addresses: [{ sid: 'the address', iso_country: addr.isoCountry, postal_code: addr.postalCode }],
    supportingBundles: [],
    ...(forced ? { forced } : {}),
  });
  if (decision.outcome !== 'twilio-approved') {
    const why = decision.outcome === 'twilio-rejected' ? decision.errors.map((e) => `${e.code} ${e.message}`).join('; ') : decision.reason;
    refuse(`Twilio's review would reject it (${why})`, 'correct the data (or drop a [sim:…] token from friendlyName)');
  }

  const create = <R extends BaseRecord>(table: string, form: FormInput, pathParams: Record<string, string> = {}): R =>
    createRecord<R>(internalContext(sim, world, pathParams), sim.declaration<R>(table), form);
  const profile = create<BundleRecord>(Tables.customer_profile, {
    FriendlyName: friendlyName,
    Email: o.email ?? DEFAULTS.email,
    PolicySid: PolicySid.PrimaryBusiness,
    StatusCallback: o.statusCallback,
  });
  const inProfile = { CustomerProfileSid: profile.sid };
  const businessUser = create<EndUserRecord>(Tables.endUsers, {
    FriendlyName: `${businessName} - Business Information EndUser resource`,
    Type: 'customer_profile_business_information',
    Attributes: JSON.stringify(business),
  });
  const repUser = create<EndUserRecord>(Tables.endUsers, {
    FriendlyName: `${businessName} authorized representative 1`,
    Type: 'authorized_representative_1',
    Attributes: JSON.stringify(representative),
  });
  const address = create<BaseRecord>(
    Tables.addresses,
    { CustomerName: businessName, Street: addr.street, City: addr.city, Region: addr.region, PostalCode: addr.postalCode, IsoCountry: addr.isoCountry },
    { AccountSid: world.accountSid },
  );
  const document = create<SupportingDocumentRecord>(Tables.supportingDocuments, {
    FriendlyName: `${businessName} address`,
    Type: 'customer_profile_address',
    Attributes: JSON.stringify({ address_sids: address.sid }),
  });
  for (const item of [businessUser, repUser, document]) create(Tables.entityAssignments('customer_profile'), { ObjectSid: item.sid }, inProfile);
  const evaluated = create<EvaluationRecord>(Tables.evaluations('customer_profile'), { PolicySid: PolicySid.PrimaryBusiness }, inProfile);
  if (evaluated.status !== 'compliant')
    throw new Error(`Failed to approve the primary profile ${profile.sid}: its evaluation ${evaluated.sid} is ${evaluated.status} although the dry run passed. Please report this as a bug.`);

  const def = sim.declaration<BundleRecord>(Tables.customer_profile);
  updateRecord(internalContext(sim, world), def, profile.sid, { Status: 'pending-review' });
  reviewNow(world, def, profile);
  world.touch();
  if (profile.status !== 'twilio-approved')
    throw new Error(`Failed to approve the primary profile ${profile.sid}: its review ended ${profile.status} (${profile.failure_reason ?? 'no reason'}). Please report this as a bug.`);
  return describe(world, profile, true);
}

/**
 * The X-Sim-Hint of a customer profile's evaluation when its policy needs a primary profile and the
 * one it has (if any) would keep it from approval: missing is 22216 in the evaluation; draft or
 * rejected is 22216 at review; pending or in review makes its review wait on the ISV account's clock.
 */
export function primaryProfileHint(world: World, evaluation: EvaluationRecord): string | undefined {
  const requirement = policy(evaluation.policy_sid)?.requirements.supporting_customer_profiles?.find((r) => r.type === PRIMARY_TYPE);
  if (!requirement) return undefined;
  const result = (evaluation.results as RequirementResult[]).find((r) => r.requirement_name === requirement.requirement_name);
  if (result && !result.passed && result.error_code === EvalCode.DocumentMissing) {
    return `No Primary Business Profile is assigned to ${evaluation.bundle_sid} (22216): get an approved one in the ISV's account with ${PRIMARY_PROFILE_ENDPOINT}, then assign its BU SID here through EntityAssignments.`;
  }
  const assigned = attachedItems(world, 'customer_profile', evaluation.bundle_sid, world.services.peers).find((i) => i.kind === 'bundle' && i.type === PRIMARY_TYPE);
  if (assigned?.kind !== 'bundle' || assigned.status === 'twilio-approved') return undefined;
  if (UNDER_REVIEW.has(assigned.status)) {
    return `The assigned Primary Business Profile ${assigned.sid} is ${assigned.status}, so this profile's review waits for it: advance the ISV account's clock, or use an approved one from ${PRIMARY_PROFILE_ENDPOINT}.`;
  }
  return `The assigned Primary Business Profile ${assigned.sid} is ${assigned.status}, not approved, so the review will reject this profile (22216): assign an approved one instead, e.g. from ${PRIMARY_PROFILE_ENDPOINT} in the ISV's account.`;
}
