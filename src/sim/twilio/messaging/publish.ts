import { publishEvent } from '../events/streams.js';
import type { World } from '../../engine/world.js';
import { eventType } from './catalog.js';
import { A2pTables, type FeeRecord } from './records.js';

/** Publishes an A2P event to the account's Event Streams subscribers (FIDELITY §4: brand, campaign and number status has no StatusCallback). */
export function publishA2pEvent(world: World, type: string, source: string, resourceSid: string, data: Record<string, unknown>): number {
  const info = eventType(type);
  if (!info) throw new Error(`Failed to publish ${type}: it is not in fixtures/messaging/a2p-event-types.json. Please add it there.`);
  return publishEvent(world, { type, schemaId: info.schema_id, source, resourceSid, data });
}

/** Prefix of fee entries (not a Twilio resource). */
export const FEE_SID_PREFIX = 'FE';

/**
 * Records a fee Twilio would charge for a registration step (FIDELITY §7: brand $4, secondary vetting
 * $40, campaign vetting $15 per submission; mock registrations are free). CloudFran's ledger and
 * `GET /_sim/a2p/fees` read them.
 */
export function chargeFee(world: World, kind: FeeRecord['kind'], resourceSid: string, amount: string, description: string): void {
  const now = world.now();
  world.table<FeeRecord>(A2pTables.fees).insert({
    sid: world.newSid(FEE_SID_PREFIX),
    account_sid: world.accountSid,
    date_created: now,
    date_updated: now,
    kind,
    resource_sid: resourceSid,
    amount,
    description,
  });
}

export const Fees = { brandRegistration: '4.00', secondaryVetting: '40.00', campaignVetting: '15.00' } as const;
