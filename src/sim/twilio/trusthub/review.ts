import type { World } from '../../engine/world.js';
import { evaluate, type AttachedItem, type Evaluation } from '../../registry/evaluation.js';
import { magicOutcome } from '../../registry/magic.js';
import { reviewProfile, type ReviewDecision } from '../../registry/profile-review.js';
import { fieldFriendlyName, policy } from './catalog.js';
import { attachedItems as attachedItemsOf } from '../compliance/attachments.js';
import { Tables, type BundleKind, type BundleRecord, type EntityAssignmentRecord } from './records.js';

/** A CustomerProfile or TrustProduct by SID in this account, with its kind. */
export function findBundle(world: World, sid: string): { kind: BundleKind; rec: BundleRecord } | undefined {
  const cp = world.table<BundleRecord>(Tables.customer_profile).get(sid);
  if (cp) return { kind: 'customer_profile', rec: cp };
  const tp = world.table<BundleRecord>(Tables.trust_product).get(sid);
  if (tp) return { kind: 'trust_product', rec: tp };
  return undefined;
}

/**
 * An ISV's Primary Business Profile lives in the ISV's own (parent) account, and the ISV guide
 * attaches it to the customer's Secondary profile by SID (seed 003 §1.8). So a BU not found in
 * this account is looked up among other accounts' primary profiles, and only those.
 */
export function findSupportingBundle(world: World, sid: string, otherAccounts: () => World[]): BundleRecord | undefined {
  const own = findBundle(world, sid);
  if (own) return own.rec;
  for (const other of otherAccounts()) {
    if (other === world) continue;
    const rec = other.table<BundleRecord>(Tables.customer_profile).get(sid);
    if (rec && policy(rec.policy_sid)?.['x-sim'].bundle_type === 'primary_customer_profile_type_business') return rec;
  }
  return undefined;
}

export function bundleType(rec: BundleRecord): string {
  return policy(rec.policy_sid)?.['x-sim'].bundle_type ?? 'unknown';
}

/** What is attached to a bundle, in the evaluator's terms. */
export function attachedItems(world: World, kind: BundleKind, bundleSid: string, otherAccounts: () => World[]): AttachedItem[] {
  // Through the index on bundle_sid (set at create, never changed): O(items), not O(assignments in the account).
  const sids = world
    .table<EntityAssignmentRecord>(Tables.entityAssignments(kind))
    .where('bundle_sid', bundleSid)
    .map((a) => a.object_sid);
  return attachedItemsOf(world, Tables, sids, (sid) => {
    const bundle = findSupportingBundle(world, sid, otherAccounts);
    return bundle ? { kind: 'bundle', sid: bundle.sid, type: bundleType(bundle), status: bundle.status } : undefined;
  });
}

export function evaluateBundle(world: World, kind: BundleKind, bundleSid: string, policySid: string, otherAccounts: () => World[]): Evaluation {
  const p = policy(policySid)!;
  return evaluate(p.requirements, p['x-sim'], attachedItems(world, kind, bundleSid, otherAccounts), {
    fieldName: fieldFriendlyName,
    addressExists: (sid) => world.table(Tables.addresses).get(sid) !== undefined,
  });
}

/** The end of a review: gathers what is attached now and asks the registry for the decision. */
export function decideReview(world: World, kind: BundleKind, rec: BundleRecord, otherAccounts: () => World[]): ReviewDecision {
  const items = attachedItems(world, kind, rec.sid, otherAccounts);
  const addresses = items
    .filter((i): i is Extract<AttachedItem, { kind: 'document' }> => i.kind === 'document')
    .flatMap((d) => String(d.attributes.address_sids ?? '').split(','))
    .map((s) => world.table<{ sid: string; iso_country: string; postal_code: string }>(Tables.addresses).get(s.trim()))
    .filter((a): a is NonNullable<typeof a> => !!a);
  const forced = world.takeOverride(rec.sid) ?? magicOutcome(rec.friendly_name);
  return reviewProfile({
    evaluation: evaluateBundle(world, kind, rec.sid, rec.policy_sid, otherAccounts),
    endUsers: items.filter((i): i is Extract<AttachedItem, { kind: 'end_user' }> => i.kind === 'end_user'),
    addresses,
    supportingBundles: items.filter((i): i is Extract<AttachedItem, { kind: 'bundle' }> => i.kind === 'bundle'),
    ...(forced ? { forced } : {}),
  });
}
