import { z } from 'zod';
import type { TrustHubSchemas, Wire } from '../../../contract/types.js';
import { resource, type ResourceDef } from '../../engine/resource.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { INCOMING_PHONE_NUMBERS_TABLE } from '../../registry/numbers/purchase.js';
import { policy } from './catalog.js';
import { assertEditable, BUNDLE_KINDS } from './bundles.js';
import { Tables, type BundleKind, type BundleRecord, type ChannelEndpointAssignmentRecord, type EntityAssignmentRecord, type EvaluationRecord } from './records.js';
import { primaryProfileHint } from './primary-profile.js';
import { evaluateBundle, findBundle, findSupportingBundle } from './review.js';

/** Table of API 2010 IncomingPhoneNumbers, which channel endpoint assignments refer to. */
export { INCOMING_PHONE_NUMBERS_TABLE };

function parentOf(kind: BundleKind) {
  const k = BUNDLE_KINDS[kind];
  return { table: Tables[kind], param: `${k.name}Sid`, field: 'bundle_sid' as const, name: k.name };
}

function objectType(sid: string, world: Parameters<typeof findBundle>[0]): string {
  if (sid.startsWith(SidPrefix.EndUser)) return 'end_user';
  if (sid.startsWith(SidPrefix.SupportingDocument)) return 'supporting_document';
  return findBundle(world, sid)?.kind ?? 'customer_profile';
}

export function entityAssignments(kind: BundleKind): ResourceDef<EntityAssignmentRecord> {
  const k = BUNDLE_KINDS[kind];
  return resource<EntityAssignmentRecord>()({
    name: `${k.name}EntityAssignment`,
    table: Tables.entityAssignments(kind),
    product: 'trusthub',
    path: `/v1/${k.plural}/{${k.name}Sid}/EntityAssignments`,
    sidPrefix: SidPrefix.Assignment,
    listKey: 'results',
    parent: parentOf(kind),
    create: {
      params: z.object({ ObjectSid: p.anySid() }),
      build: (ctx, params, parent) => {
        const bundle = parent as BundleRecord;
        assertEditable(bundle, k.name);
        const sid = params.ObjectSid;
        const w = ctx.world;
        const exists =
          (sid.startsWith(SidPrefix.EndUser) && w.table(Tables.endUsers).get(sid)) ||
          (sid.startsWith(SidPrefix.SupportingDocument) && w.table(Tables.supportingDocuments).get(sid)) ||
          (sid.startsWith(SidPrefix.Bundle) && sid !== bundle.sid && findSupportingBundle(w, sid, w.services.peers));
        if (!exists)
          throw TwilioError.invalidParam('ObjectSid', `no EndUser, SupportingDocument or ${sid.startsWith(SidPrefix.Bundle) ? 'supporting profile' : 'object'} ${sid} exists in this account`);
        const dup = w
          .table<EntityAssignmentRecord>(Tables.entityAssignments(kind))
          .where('bundle_sid', bundle.sid)
          .find((a) => a.object_sid === sid);
        if (dup) throw new TwilioError(409, 20409, `${sid} is already assigned to ${k.name} ${bundle.sid} (${dup.sid})`);
        return { bundle_sid: bundle.sid, object_sid: sid };
      },
    },
    list: {
      params: z.object({ ObjectType: z.string().optional() }),
      filter: (rec, q, ctx) => !q.ObjectType || objectType(rec.object_sid, ctx.world) === q.ObjectType,
    },
    remove: {
      check: (ctx, rec) => assertEditable(ctx.world.table<BundleRecord>(Tables[kind]).get(rec.bundle_sid)!, k.name),
    },
    serialize: (rec, ctx) => {
      const base = { sid: rec.sid, account_sid: rec.account_sid, object_sid: rec.object_sid, date_created: isoDate(rec.date_created), url: ctx.url(rec) };
      if (kind === 'customer_profile') {
        const json: Wire<TrustHubSchemas['trusthub.v1.customer_profile.customer_profile_entity_assignment']> = { ...base, customer_profile_sid: rec.bundle_sid };
        return json;
      }
      const json: Wire<TrustHubSchemas['trusthub.v1.trust_product.trust_product_entity_assignment']> = { ...base, trust_product_sid: rec.bundle_sid };
      return json;
    },
  });
}

export function channelEndpointAssignments(kind: BundleKind): ResourceDef<ChannelEndpointAssignmentRecord> {
  const k = BUNDLE_KINDS[kind];
  return resource<ChannelEndpointAssignmentRecord>()({
    name: `${k.name}ChannelEndpointAssignment`,
    table: Tables.channelEndpointAssignments(kind),
    product: 'trusthub',
    path: `/v1/${k.plural}/{${k.name}Sid}/ChannelEndpointAssignments`,
    sidPrefix: SidPrefix.ChannelEndpointAssignment,
    listKey: 'results',
    parent: parentOf(kind),
    create: {
      params: z.object({ ChannelEndpointType: p.enum(['phone-number', 'sip-domain'] as const), ChannelEndpointSid: p.anySid() }),
      build: (ctx, params, parent) => {
        const bundle = parent as BundleRecord;
        if (params.ChannelEndpointType === 'phone-number' && !ctx.world.table(INCOMING_PHONE_NUMBERS_TABLE).get(params.ChannelEndpointSid)) {
          throw TwilioError.invalidParam('ChannelEndpointSid', `no IncomingPhoneNumber ${params.ChannelEndpointSid} exists in this account`);
        }
        const table = ctx.world.table<ChannelEndpointAssignmentRecord>(Tables.channelEndpointAssignments(kind));
        if (table.where('bundle_sid', bundle.sid).some((a) => a.channel_endpoint_sid === params.ChannelEndpointSid)) {
          throw new TwilioError(409, 20409, `${params.ChannelEndpointSid} is already assigned to ${k.name} ${bundle.sid}`);
        }
        return { bundle_sid: bundle.sid, channel_endpoint_type: params.ChannelEndpointType, channel_endpoint_sid: params.ChannelEndpointSid };
      },
    },
    list: {
      params: z.object({ ChannelEndpointSid: z.string().optional(), ChannelEndpointSids: z.string().optional() }),
      filter: (rec, q) =>
        (!q.ChannelEndpointSid || rec.channel_endpoint_sid === q.ChannelEndpointSid) &&
        (!q.ChannelEndpointSids ||
          q.ChannelEndpointSids.split(',')
            .map((s) => s.trim())
            .includes(rec.channel_endpoint_sid)),
    },
    remove: true,
    serialize: (rec, ctx) => {
      const base = {
        sid: rec.sid,
        account_sid: rec.account_sid,
        channel_endpoint_type: rec.channel_endpoint_type,
        channel_endpoint_sid: rec.channel_endpoint_sid,
        date_created: isoDate(rec.date_created),
        url: ctx.url(rec),
      };
      if (kind === 'customer_profile') {
        const json: Wire<TrustHubSchemas['trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment']> = { ...base, customer_profile_sid: rec.bundle_sid };
        return json;
      }
      const json: Wire<TrustHubSchemas['trusthub.v1.trust_product.trust_product_channel_endpoint_assignment']> = { ...base, trust_product_sid: rec.bundle_sid };
      return json;
    },
  });
}

export function evaluations(kind: BundleKind): ResourceDef<EvaluationRecord> {
  const k = BUNDLE_KINDS[kind];
  return resource<EvaluationRecord>()({
    name: `${k.name}Evaluation`,
    table: Tables.evaluations(kind),
    product: 'trusthub',
    path: `/v1/${k.plural}/{${k.name}Sid}/Evaluations`,
    sidPrefix: SidPrefix.Evaluation,
    listKey: 'results',
    parent: parentOf(kind),
    create: {
      params: z.object({ PolicySid: p.sid(SidPrefix.Policy) }),
      // FIDELITY §3: evaluations are synchronous, computed from what is attached right now.
      build: (ctx, params, parent) => {
        const pol = policy(params.PolicySid);
        if (!pol || pol['x-sim'].kind !== kind) throw TwilioError.invalidParam('PolicySid', `${params.PolicySid} is not a ${k.name} policy (see GET /v1/Policies)`);
        const result = evaluateBundle(ctx.world, kind, parent!.sid, params.PolicySid, ctx.world.services.peers);
        return { bundle_sid: parent!.sid, policy_sid: params.PolicySid, status: result.status, results: result.results };
      },
      // Not Twilio's: tells the user how to get the ISV's primary profile the Console would give them.
      after: (ctx, rec) => {
        const hint = kind === 'customer_profile' ? primaryProfileHint(ctx.world, rec) : undefined;
        if (hint) ctx.hint(hint);
      },
    },
    serialize: (rec, ctx) => {
      const base = { sid: rec.sid, account_sid: rec.account_sid, policy_sid: rec.policy_sid, status: rec.status, results: rec.results, date_created: isoDate(rec.date_created), url: ctx.url(rec) };
      if (kind === 'customer_profile') {
        const json: Wire<TrustHubSchemas['trusthub.v1.customer_profile.customer_profile_evaluation']> = { ...base, customer_profile_sid: rec.bundle_sid };
        return json;
      }
      const json: Wire<TrustHubSchemas['trusthub.v1.trust_product.trust_product_evaluation']> = { ...base, trust_product_sid: rec.bundle_sid };
      return json;
    },
  });
}
