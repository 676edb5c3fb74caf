import type { World } from '../../engine/world.js';
import { evaluate, type AttachedItem, type Evaluation } from '../../registry/evaluation.js';
import { magicOutcome } from '../../registry/magic.js';
import { regulationBySid, regulatoryFieldName, type Regulation } from '../../registry/regulations.js';
import { addressSidsOf } from '../../registry/regulatory-purchase.js';
import { reviewRegulatoryBundle, type RegulatoryDecision, type ReviewedAddress } from '../../registry/regulatory-review.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { attachedItems as attachedItemsOf } from '../compliance/attachments.js';
import { Tables, type AddressRecord, type ItemAssignmentRecord, type RegulatoryBundleRecord } from './records.js';

/** The face's side of a review: gathers what a bundle holds and asks the registry. */

export function assignmentsOf(world: World, bundleSid: string): ItemAssignmentRecord[] {
  return world.table<ItemAssignmentRecord>(Tables.itemAssignments).where('bundle_sid', bundleSid);
}

export function requireRegulation(rec: RegulatoryBundleRecord): Regulation {
  const reg = regulationBySid(rec.regulation_sid);
  if (!reg) throw new Error(`Failed to review bundle ${rec.sid}: its regulation ${rec.regulation_sid} is not in the catalogue. Please regenerate fixtures/regulatory.`);
  return reg;
}

/** What is assigned to a bundle, in the evaluator's terms. An Address (AD…) is the regulations' "Address Validation" document. */
export function attachedItems(world: World, bundleSid: string): AttachedItem[] {
  return attachedItemsOf(
    world,
    Tables,
    assignmentsOf(world, bundleSid).map((a) => a.object_sid),
    (sid) => (isSid(sid, SidPrefix.Address) && world.table(Tables.addresses).get(sid) ? { kind: 'document', sid, type: 'address', attributes: { address_sids: sid } } : undefined),
  );
}

export function evaluateBundle(world: World, rec: RegulatoryBundleRecord): Evaluation {
  const reg = requireRegulation(rec);
  return evaluate(reg.requirements, reg['x-sim'], attachedItems(world, rec.sid), {
    fieldName: regulatoryFieldName,
    addressExists: (sid) => world.table(Tables.addresses).get(sid) !== undefined,
  });
}

/** The addresses a bundle holds, each with the items that put it there. */
export function heldAddresses(world: World, items: AttachedItem[]): ReviewedAddress[] {
  const byAddress = new Map<string, ReviewedAddress>();
  for (const item of items) {
    if (item.kind !== 'document') continue;
    for (const sid of addressSidsOf(item.attributes)) {
      const addr = world.table<AddressRecord>(Tables.addresses).get(sid);
      if (!addr) continue;
      const entry = byAddress.get(sid) ?? { sid, iso_country: addr.iso_country, referencedBy: [] };
      entry.referencedBy.push(item.sid);
      byAddress.set(sid, entry);
    }
  }
  return [...byAddress.values()];
}

/** The end of a review: the data as it is now, plus any forced outcome (control plane first, then a magic value in the friendly name). */
export function decideReview(world: World, rec: RegulatoryBundleRecord, opts: { magic?: boolean } = {}): RegulatoryDecision {
  const reg = requireRegulation(rec);
  const items = attachedItems(world, rec.sid);
  const forced = world.takeOverride(rec.sid) ?? (opts.magic === false ? undefined : magicOutcome(rec.friendly_name));
  return reviewRegulatoryBundle({
    regulation: { iso_country: reg.iso_country, address: reg['x-sim'].address, ...(reg['x-sim'].valid_for_days ? { valid_for_days: reg['x-sim'].valid_for_days } : {}) },
    evaluation: evaluateBundle(world, rec),
    isTest: rec.is_test,
    documents: items.filter((i): i is Extract<AttachedItem, { kind: 'document' }> => i.kind === 'document' && !isSid(i.sid, SidPrefix.Address)),
    addresses: heldAddresses(world, items),
    now: world.now(),
    ...(forced ? { forced } : {}),
  });
}
