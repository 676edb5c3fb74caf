import { z } from 'zod';
import type { TrustHubSchemas, Wire } from '../../../contract/types.js';
import { assertBundleEditable, assertClientStatus, bundleReviewLifecycle, bundleStatusParam, REVIEW_RECHECK, UNDER_REVIEW } from '../compliance/bundle-review.js';
import { enterState } from '../../engine/lifecycle.js';
import { resource, type ResourceDef } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { isoDateOrNull, isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { policy } from './catalog.js';
import { Tables, type BundleKind, type BundleRecord, type SupportingDocumentRecord, type EntityAssignmentRecord } from './records.js';
import { decideReview } from './review.js';

// The review machinery (times, callbacks, client-settable statuses) is shared with Numbers v2 bundles.
export { REVIEW_DURATION, REVIEW_RECHECK, REVIEW_START_DELAY } from '../compliance/bundle-review.js';

const STATUSES = ['draft', 'pending-review', 'in-review', 'twilio-rejected', 'twilio-approved'] as const;
/** The only status a client may set; every other one is Twilio's to set (FIDELITY §3). */
const CLIENT_SETTABLE_FROM: Record<string, readonly string[]> = { 'pending-review': ['draft', 'twilio-rejected'] };

type Kind = { name: string; plural: string; kind: BundleKind; linkPrefix: string };
const KINDS: Record<BundleKind, Kind> = {
  customer_profile: { name: 'CustomerProfile', plural: 'CustomerProfiles', kind: 'customer_profile', linkPrefix: 'customer_profiles' },
  trust_product: { name: 'TrustProduct', plural: 'TrustProducts', kind: 'trust_product', linkPrefix: 'trust_products' },
};

export function isUnderReview(rec: BundleRecord): boolean {
  return UNDER_REVIEW.has(rec.status);
}

/** Refuses changes to what a profile contains while Twilio reviews it. */
export function assertEditable(rec: BundleRecord, name: string): void {
  assertBundleEditable(rec, name);
}

/** Supporting documents follow the review of the profiles they are attached to, in TrustHub's uppercase statuses. */
const DOCUMENT_STATUS: Record<string, string> = {
  'pending-review': 'PENDING_REVIEW',
  'twilio-approved': 'APPROVED',
  'twilio-rejected': 'REJECTED',
};

function syncDocuments(world: World, kind: BundleKind, bundleSid: string, status: string): void {
  const docStatus = DOCUMENT_STATUS[status];
  if (!docStatus) return;
  const docs = world.table<SupportingDocumentRecord>(Tables.supportingDocuments);
  for (const a of world.table<EntityAssignmentRecord>(Tables.entityAssignments(kind)).where('bundle_sid', bundleSid)) {
    const doc = docs.get(a.object_sid);
    if (doc) {
      doc.status = docStatus;
      doc.date_updated = world.now();
    }
  }
}

function serializeBundle(k: Kind, rec: BundleRecord, url: string) {
  const links = {
    [`${k.linkPrefix}_entity_assignments`]: `${url}/EntityAssignments`,
    [`${k.linkPrefix}_evaluations`]: `${url}/Evaluations`,
    [`${k.linkPrefix}_channel_endpoint_assignment`]: `${url}/ChannelEndpointAssignments`,
  };
  const json: Wire<TrustHubSchemas['trusthub.v1.customer_profile']> = {
    sid: rec.sid,
    account_sid: rec.account_sid,
    policy_sid: rec.policy_sid,
    friendly_name: rec.friendly_name,
    status: rec.status as (typeof STATUSES)[number],
    valid_until: isoDateOrNull(rec.valid_until),
    email: rec.email,
    status_callback: rec.status_callback,
    date_created: isoDate(rec.date_created),
    date_updated: isoDate(rec.date_updated),
    url,
    links,
    errors: rec.errors,
  };
  return json;
}

const createParams = z.object({
  FriendlyName: p.string({ max: 255 }),
  Email: p.email(),
  PolicySid: p.sid(SidPrefix.Policy),
  StatusCallback: p.url().optional(),
});

const updateParams = z.object({
  Status: bundleStatusParam(STATUSES).optional(),
  StatusCallback: p.url().optional(),
  FriendlyName: p.string({ max: 255 }).optional(),
  Email: p.email().optional(),
});

const listParams = z.object({
  Status: z.string().optional(),
  FriendlyName: z.string().optional(),
  PolicySid: z.string().optional(),
});

/** CustomerProfiles and TrustProducts are the same machine with different names and policies. */
export function bundleResource(kind: BundleKind): ResourceDef<BundleRecord> {
  const k = KINDS[kind];
  const def: ResourceDef<BundleRecord> = resource<BundleRecord>()({
    name: k.name,
    table: Tables[kind],
    product: 'trusthub',
    path: `/v1/${k.plural}`,
    sidPrefix: SidPrefix.Bundle,
    listKey: 'results',
    create: {
      params: createParams,
      build: (_ctx, params) => {
        const pol = policy(params.PolicySid);
        if (!pol || pol['x-sim'].kind !== kind) {
          throw TwilioError.invalidParam('PolicySid', `${params.PolicySid} is not a ${k.name} policy (see GET /v1/Policies)`);
        }
        return {
          policy_sid: params.PolicySid,
          friendly_name: params.FriendlyName,
          email: params.Email,
          status_callback: params.StatusCallback ?? null,
          status: 'draft',
          valid_until: null,
          errors: null,
          failure_reason: null,
        };
      },
    },
    list: {
      params: listParams,
      filter: (rec, q) => (!q.Status || rec.status === q.Status) && (!q.FriendlyName || rec.friendly_name === q.FriendlyName) && (!q.PolicySid || rec.policy_sid === q.PolicySid),
    },
    update: {
      params: updateParams,
      apply: (_ctx, rec, params) => {
        if (params.Status !== undefined) assertClientStatus(k.name, rec, params.Status, CLIENT_SETTABLE_FROM);
        return {
          ...(params.FriendlyName !== undefined ? { friendly_name: params.FriendlyName } : {}),
          ...(params.Email !== undefined ? { email: params.Email } : {}),
          ...(params.StatusCallback !== undefined ? { status_callback: params.StatusCallback } : {}),
        };
      },
      after: (ctx, rec, params) => {
        if (params.Status === 'pending-review' && rec.status !== 'pending-review') {
          enterState(ctx.world, def, rec, { to: 'pending-review', patch: { errors: null, failure_reason: null } });
        }
      },
    },
    remove: {
      after: (ctx, rec) => {
        // Its assignments and evaluations go with it.
        for (const table of [Tables.entityAssignments(kind), Tables.channelEndpointAssignments(kind), Tables.evaluations(kind)]) {
          const t = ctx.world.table<{ sid: string; bundle_sid: string }>(table);
          for (const row of t.filter((r) => r.bundle_sid === rec.sid)) t.delete(row.sid);
        }
      },
    },
    serialize: (rec, ctx) => serializeBundle(k, rec, ctx.url(rec)),
    lifecycle: bundleReviewLifecycle<BundleRecord>({
      outcomes: ['twilio-approved', 'twilio-rejected'],
      decide: (rec, world) => {
        const decision = decideReview(world, kind, rec, world.services.peers);
        if (decision.outcome === 'wait') return { retryAfter: REVIEW_RECHECK };
        if (decision.outcome === 'twilio-approved') return { to: 'twilio-approved', patch: { errors: null, failure_reason: null } };
        return { to: 'twilio-rejected', patch: { errors: decision.errors, failure_reason: decision.reason }, note: decision.reason };
      },
      onEnter: (world, rec, _from, to) => syncDocuments(world, kind, rec.sid, to),
      // TrustHub's casing, as a third-party handler reads it (FIDELITY §4).
      callbackParams: (rec, to) => ({ AccountSid: rec.account_sid, BundleSid: rec.sid, Status: to, FailureReason: to === 'twilio-rejected' ? (rec.failure_reason ?? '') : '' }),
    }),
  });
  return def;
}

export const customerProfiles = bundleResource('customer_profile');
export const trustProducts = bundleResource('trust_product');

/** Absolute URL of a bundle (used by sub-resources' serialisers). */
export function bundleUrl(kind: BundleKind, sid: string): string {
  return twilioUrl('trusthub', `/v1/${KINDS[kind].plural}/${sid}`);
}
export { KINDS as BUNDLE_KINDS };
