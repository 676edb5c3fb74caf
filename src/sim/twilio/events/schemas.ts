import type { Hono } from 'hono';
import type { EventsSchemas, Wire } from '../../../contract/types.js';
import { EVENT_SCHEMAS_BASE } from './streams.js';
import { resource } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import { A2P_EVENT_TYPES } from '../messaging/catalog.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';

/**
 * Event Streams schemas (`/v1/Schemas/{Id}`, `…/Versions`, `…/Versions/{SchemaVersion}`) for every
 * schema the simulator's events name in their `dataschema`: the catalogue's types (GET /v1/Types, whose
 * `links.schema` points here) and the sink test event. A version's `raw` is Twilio's URL
 * (https://events-schemas.twilio.com/{Id}/{Version}); the simulator serves its content at the same path
 * under `/events-schemas`, without credentials as Twilio's schema host does: a JSON Schema of the
 * `data` the simulator itself puts in these events (twilio/messaging/event-data.ts, the toll-free
 * verification face), not a copy of Twilio's published schema. Every version of a schema has the same
 * content here, because the simulator emits the same fields whichever version a subscription asks for.
 */

type Field = { type: string | string[]; description: string; items?: Record<string, unknown> };
interface DataSchema {
  description: string;
  /** Fields every event of the schema carries. */
  always: Record<string, Field>;
  /** Fields some events carry (a failure's errors, a vetting's score). */
  sometimes?: Record<string, Field>;
}

const str = (description: string): Field => ({ type: 'string', description });
const strOrNull = (description: string): Field => ({ type: ['string', 'null'], description });
const epochMs = (description: string): Field => ({ type: 'integer', description: `${description} (epoch milliseconds)` });

const BRAND: DataSchema = {
  description: 'A2P 10DLC brand registration status',
  always: {
    accountsid: str('Account SID (AC…)'),
    brandsid: str('BrandRegistration SID (BN…)'),
    brandstatus: str('registered or registration_failed'),
    identitystatus: str('self_declared, unverified, verified, vetted_verified, or vetting_failed'),
    createddate: epochMs('When the brand was created'),
    updateddate: epochMs('When the brand last changed'),
  },
  sometimes: {
    externalbrandid: strOrNull('TCR brand ID, once registered (not on failures)'),
    brandfeedback: str('Comma-separated brand feedback codes (not on failures)'),
    brandregistrationerrors: {
      type: 'array',
      description: 'On brand-failure: registrationerrorcode, registrationerrordescription, registrationerrorurl, registrationerrorfields',
      items: { type: 'object' },
    },
    brandvettingoutcome: str('success (vetted-verified) or failure (secondary-vetting-failure)'),
    vettingscore: { type: ['integer', 'null'], description: 'On vetted-verified: the secondary vetting score' },
    brandscore: { type: ['integer', 'null'], description: 'On vetted-verified: the brand score' },
    brandvettingerrors: { type: 'array', description: 'On secondary-vetting-failure: errorcode, errordescription', items: { type: 'object' } },
  },
};

const CAMPAIGN: DataSchema = {
  description: 'A2P 10DLC campaign registration status',
  always: {
    a2pusecase: str('The campaign use case'),
    accountsid: str('Account SID (AC…)'),
    brandsid: str('BrandRegistration SID (BN…)'),
    campaignsid: strOrNull('Campaign SID (CM…)'),
    messagingservicesid: str('Messaging Service SID (MG…)'),
    campaignregistrationstatus: str('pending, approved, failure or deleted'),
    externalcampaignid: strOrNull('TCR campaign ID, once assigned'),
    createddate: epochMs('When the campaign was created'),
    updateddate: epochMs('When the campaign last changed'),
    timestamp: epochMs('When the event happened'),
  },
  sometimes: { errorcode: { type: 'integer', description: 'On campaign-failure: the first registration error code' } },
};

const NUMBER: DataSchema = {
  description: 'A2P 10DLC phone number registration or deregistration status',
  always: {
    accountsid: str('Account SID (AC…)'),
    campaignsid: strOrNull('Campaign SID (CM…) the number registers under'),
    externalstatus: str('pending, registered, failure, pending_deregistration or unregistered'),
    phonenumbersid: str('IncomingPhoneNumber SID (PN…)'),
    phonenumber: str('The number, E.164'),
    messagingservicesid: str('Messaging Service SID (MG…)'),
    timestamp: epochMs('When the event happened'),
    updateddate: epochMs('When the number registration last changed'),
  },
  sometimes: { failureReason: str('On failures: URL of the Twilio error page') },
};

const TOLLFREE: DataSchema = {
  description: 'Toll-free verification status',
  always: {
    accountsid: str('Account SID (AC…)'),
    parentaccountsid: str('The account itself (no subaccounts are simulated)'),
    tollfreeverificationsid: str('Tollfree verification SID (HH…)'),
    phonenumbersid: str('IncomingPhoneNumber SID (PN…)'),
    phonenumber: str('The toll-free number, E.164'),
    customerprofilesid: strOrNull('Customer Profile SID (BU…)'),
    regulateditemsid: strOrNull('Regulated item SID'),
    trustproductsid: strOrNull('Trust Product SID (BU…)'),
    externalreferenceid: strOrNull('The client-provided reference'),
    processeddate: epochMs('When the event happened'),
    verificationstatus: str('The verification status, lower case'),
  },
  sometimes: {
    rejectionreason: strOrNull('On rejection: the reason'),
    errorcode: { type: ['integer', 'null'], description: 'On rejection: the error code' },
    rejectionreasons: { type: ['array', 'null'], description: 'On rejection: every reason with its code', items: { type: 'object' } },
    editallowed: { type: 'boolean', description: 'On rejection: whether the verification may still be edited' },
    editexpiration: strOrNull('On rejection: when the edit window closes (ISO 8601)'),
  },
};

const TEST_SINK: DataSchema = { description: 'Sink test event (POST /v1/Sinks/{Sid}/Test)', always: { test_id: str('The id to pass to POST /v1/Sinks/{Sid}/Validate as TestId') } };

/** The sink test event is not in the Types catalogue, but its `dataschema` names this schema. */
const TEST_SINK_ID = 'EventStreams.TestSink';

function dataSchemaOf(type: string): DataSchema | undefined {
  if (type.includes('.brand-registration.')) return BRAND;
  if (type.includes('.campaign-registration.')) return CAMPAIGN;
  if (type.includes('.number-registration.') || type.includes('.number-deregistration.')) return NUMBER;
  if (type.includes('.toll-free-verification.')) return TOLLFREE;
  return undefined;
}

export interface SchemaEntry {
  id: string;
  latestVersion: number;
  types: string[];
  data: DataSchema | undefined;
}

/** Schemas by id, from the catalogue: one schema may serve several types (A2P.NumberRegistration). */
function schemaCatalogue(): Map<string, SchemaEntry> {
  const out = new Map<string, SchemaEntry>();
  out.set(TEST_SINK_ID, { id: TEST_SINK_ID, latestVersion: 1, types: ['com.twilio.eventstreams.test-event'], data: TEST_SINK });
  for (const t of A2P_EVENT_TYPES) {
    const entry = out.get(t.schema_id) ?? { id: t.schema_id, latestVersion: 0, types: [], data: dataSchemaOf(t.type) };
    entry.latestVersion = Math.max(entry.latestVersion, t.latest_version);
    entry.types.push(t.type);
    out.set(t.schema_id, entry);
  }
  return out;
}

const SCHEMAS = schemaCatalogue();

export function schemaEntry(id: string): SchemaEntry | undefined {
  return SCHEMAS.get(id);
}

/** Versions are dated with the catalogue (A2P events appeared in 2023), a month apart from version 1. */
const VERSION_ONE_DATE = Date.UTC(2023, 5, 1);
const versionDate = (v: number) => VERSION_ONE_DATE + (v - 1) * 30 * 86_400_000;

/** The JSON Schema served as a version's raw content. */
export function rawSchema(entry: SchemaEntry, version: number): Record<string, unknown> {
  const data = entry.data;
  const properties = { ...(data?.always ?? {}), ...(data?.sometimes ?? {}) };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${EVENT_SCHEMAS_BASE}/${entry.id}/${version}`,
    title: `${entry.id} version ${version}`,
    description: `${data?.description ?? entry.id}: the data fields the a2p-sim simulator puts in ${entry.types.join(', ')} events (not Twilio's published schema).`,
    type: 'object',
    properties,
    required: Object.keys(data?.always ?? {}),
  };
}

type SchemaRecord = BaseRecord & { entry: SchemaEntry };
type VersionRecord = BaseRecord & { entry: SchemaEntry; version: number };

const schemaUrl = (id: string) => twilioUrl('events', `/v1/Schemas/${id}`);

export const eventSchemas = resource<SchemaRecord>()({
  name: 'Schema',
  table: 'events.schemas',
  product: 'events',
  path: '/v1/Schemas',
  itemParam: 'Id',
  sidPrefix: '',
  listKey: 'schemas',
  // The spec has no list of schemas: only a fetch by id.
  list: false,
  lookup: (_ctx, id) => {
    const entry = SCHEMAS.get(id);
    return entry && { sid: id, account_sid: '', date_created: versionDate(1), date_updated: versionDate(entry.latestVersion), entry };
  },
  serialize: (r) => {
    const url = schemaUrl(r.entry.id);
    const json: Wire<EventsSchemas['events.v1.schema']> = {
      id: r.entry.id,
      url,
      links: { versions: `${url}/Versions` },
      latest_version_date_created: isoDate(versionDate(r.entry.latestVersion)),
      latest_version: r.entry.latestVersion,
    };
    return json;
  },
});

function versionRecord(entry: SchemaEntry, version: number): VersionRecord {
  return { sid: `${entry.id}/${version}`, account_sid: '', date_created: versionDate(version), date_updated: versionDate(version), entry, version };
}

function requireSchema(id: string, path: string): SchemaEntry {
  const entry = SCHEMAS.get(id);
  if (!entry) throw TwilioError.notFound(path);
  return entry;
}

export const eventSchemaVersions = resource<VersionRecord>()({
  name: 'SchemaVersion',
  table: 'events.schema_versions',
  product: 'events',
  path: '/v1/Schemas/{Id}/Versions',
  itemParam: 'SchemaVersion',
  sidPrefix: '',
  listKey: 'schema_versions',
  list: {
    source: (ctx) => {
      const entry = requireSchema(ctx.pathParams.Id!, ctx.path);
      return Array.from({ length: entry.latestVersion }, (_, i) => versionRecord(entry, i + 1));
    },
  },
  lookup: (ctx, raw) => {
    const entry = requireSchema(ctx.pathParams.Id!, ctx.path);
    const version = Number(raw);
    return /^[1-9]\d*$/.test(raw) && version <= entry.latestVersion ? versionRecord(entry, version) : undefined;
  },
  serialize: (r) => {
    const json: Wire<EventsSchemas['events.v1.schema.schema_version']> = {
      id: r.entry.id,
      schema_version: r.version,
      date_created: isoDate(r.date_created),
      url: `${schemaUrl(r.entry.id)}/Versions/${r.version}`,
      raw: `${EVENT_SCHEMAS_BASE}/${r.entry.id}/${r.version}`,
    };
    return json;
  },
});

/**
 * `GET /events-schemas/{Id}/{Version}` (also `{Version}.json`, the form of the test event's
 * dataschema): the raw JSON Schema, public like Twilio's schema host.
 */
export function mountRawSchemas(app: Hono): void {
  app.get('/events-schemas/:id/:version', (c) => {
    const id = c.req.param('id');
    const m = /^([1-9]\d*)(\.json)?$/.exec(c.req.param('version'));
    const entry = SCHEMAS.get(id);
    if (!entry || !m || Number(m[1]) > entry.latestVersion) throw TwilioError.notFound(new URL(c.req.url).pathname);
    return c.json(rawSchema(entry, Number(m[1])));
  });
}
