import type { z } from 'zod';
import type { Product } from '../wire/hosts.js';
import type { BaseRecord } from './table.js';
import type { TransitionHandler, World } from './world.js';
import type { Simulator } from './simulator.js';

/** What a handler sees: the account's world, the simulator, and the request already decoded. No HTTP. */
export interface OpContext {
  world: World;
  sim: Simulator;
  /** Path parameters by their spec names (`Sid`, `CustomerProfileSid`, `AccountSid`...). */
  pathParams: Record<string, string>;
  /** The request path as the client sent it (for 404 messages). */
  path: string;
  query: URLSearchParams;
  header: (name: string) => string | undefined;
  /** Files of a multipart request (Twilio's upload hosts), by form field name; absent otherwise. */
  files?: ReadonlyMap<string, UploadedFile>;
  /**
   * Tells the simulator's user what to do next (response header `X-Sim-Hint`, one per hint, on
   * success and on a thrown error alike); Twilio's body never changes. One ASCII sentence. Calls
   * that do not come from a request (internalContext) have no response to carry it and drop it.
   */
  hint(text: string): void;
}

/** A file sent in a multipart request. Only what Twilio reports about it is kept, never the bytes. */
export interface UploadedFile {
  filename: string;
  /** The part's Content-Type as the client sent it ('' when none). */
  type: string;
  size: number;
}

/**
 * A resource's lifecycle (moto's managed state model): which field holds the state, which states
 * move on their own after a simulated delay and where to, and what happens on entering a state.
 */
export interface Lifecycle<R extends BaseRecord> {
  field: keyof R & string;
  auto?: Partial<Record<string, AutoMove<R>>>;
  /** Outcomes the control plane may force on the next decision (e.g. `twilio-approved`, `twilio-rejected`). */
  outcomes?: readonly string[];
  /** Runs after the record has entered `to` (callbacks, events, dependent resources). */
  onEnter?: (world: World, rec: R, from: string | null, to: string) => void;
}

export interface AutoMove<R extends BaseRecord> {
  /** Simulated ms after entering the state. */
  after: (rec: R, world: World) => number;
  /** Decided when the move fires, from the data as it is then; null leaves the record where it is, `retryAfter` decides again later. */
  next: (rec: R, world: World) => Move<R> | { retryAfter: number } | null;
}

export interface Move<R> {
  to: string;
  patch?: Partial<R>;
  note?: string;
}

type AnyObject = z.ZodObject;

export interface CreateOp<R extends BaseRecord, P extends AnyObject> {
  params: P;
  /** 201 unless the spec says otherwise. */
  status?: number;
  /** Builds the record from valid parameters; throws a TwilioError for a broken rule. Changes nothing else. */
  build: (ctx: OpContext, params: z.output<P>, parent: BaseRecord | undefined) => Omit<R, keyof BaseRecord> & Partial<BaseRecord>;
  /** Runs once the record is stored (start its lifecycle, link it to others). */
  after?: (ctx: OpContext, rec: R) => void;
  /** When the create response differs from the resource's shape (API Keys return their secret once). */
  respond?: (rec: R, ctx: SerializeContext) => unknown;
  /** Other products whose host serves the same create at the same path (numbers-upload.twilio.com takes multipart uploads). */
  alsoAt?: readonly Product[];
}

export interface UpdateOp<R extends BaseRecord, P extends AnyObject> {
  params: P;
  status?: number;
  /** Validates everything first and returns the changes, so a refused update changes nothing. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a check-only apply (it throws or returns nothing) is a void function.
  apply: (ctx: OpContext, rec: R, params: z.output<P>) => Partial<R> | void;
  after?: (ctx: OpContext, rec: R, params: z.output<P>) => void;
}

export interface RemoveOp<R extends BaseRecord> {
  check?: (ctx: OpContext, rec: R) => void;
  after?: (ctx: OpContext, rec: R) => void;
}

export interface ListOp<R extends BaseRecord, P extends AnyObject> {
  params?: P;
  filter?: (rec: R, params: z.output<P>, ctx: OpContext) => boolean;
  /** Newest first (Messages, Calls) or creation order (default). */
  order?: 'asc' | 'desc';
  /** Records that do not come from the table (computed lists such as AvailablePhoneNumbers). */
  source?: (ctx: OpContext, params: z.output<P>) => R[];
}

export interface SerializeContext {
  world: World;
  /** Absolute URL (v1/v2) of a record of this resource. */
  url: (rec: BaseRecord) => string;
  /** Path of a record relative to its host (`/2010-04-01/Accounts/AC…/Addresses/AD….json`). */
  uri: (rec: BaseRecord) => string;
  /** A header of the request being answered, when there is one (versioned shapes, e.g. Usa2p's `X-Twilio-Api-Version`). */
  header: (name: string) => string | undefined;
}

/**
 * A Twilio resource as a declaration (STYLE principle 1): the engine serves create, fetch, list,
 * update and delete for it with the same wire protocol, paging, auth and errors as every other.
 */
export interface ResourceDef<R extends BaseRecord = any, CP extends AnyObject = any, UP extends AnyObject = any, LP extends AnyObject = any> {
  /** Twilio's name for it, used in messages. */
  name: string;
  /** Table name in the account's store, e.g. `trusthub.customer_profiles`. */
  table: string;
  product: Product;
  /** Collection path exactly as in the spec, without `.json`: `/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments`. */
  path: string;
  /** Path parameter naming one record (spec: `{Sid}` unless said otherwise). */
  itemParam?: string;
  sidPrefix: string;
  /** Key of the array in list responses (FIDELITY §1 "List keys"). */
  listKey: string;
  /** For nested resources: the parent's table, its path parameter and the field holding its SID. */
  parent?: { table: string; param: string; field: keyof R & string; name: string };
  create?: CreateOp<R, CP>;
  update?: UpdateOp<R, UP>;
  remove?: RemoveOp<R> | true;
  list?: ListOp<R, LP> | false;
  fetch?: boolean;
  /** Records that do not live in the account's table (catalogues: Policies, EndUserTypes...). */
  lookup?: (ctx: OpContext, sid: string) => R | undefined;
  serialize: (rec: R, ctx: SerializeContext) => unknown;
  lifecycle?: Lifecycle<R>;
}

/** `resource<Record>()({...})`: the record type is given, parameter types are inferred from the schemas. */
export function resource<R extends BaseRecord>() {
  return <CP extends AnyObject = AnyObject, UP extends AnyObject = AnyObject, LP extends AnyObject = AnyObject>(def: ResourceDef<R, CP, UP, LP>): ResourceDef<R, CP, UP, LP> => def;
}

/** An operation that is not plain CRUD (Usecases, SmsOtp, ReplaceItems...), served through the same pipeline. */
export interface Operation {
  method: 'GET' | 'POST' | 'DELETE';
  product: Product;
  /** Path as in the spec, without `.json`. */
  path: string;
  /** Body type the operation reads: form (default), or the raw request for multipart uploads. */
  body?: 'form' | 'raw';
  handler: (ctx: OpContext, input: { form: URLSearchParams; request: Request }) => Promise<OpResult> | OpResult;
}

export interface OpResult {
  status: number;
  body: unknown;
}

/** A product face or a part of one: its declarations, extra operations and transition handlers. */
export interface Face {
  name: string;
  /** Routes that are not Twilio-shaped (the CloudFran face, the dashboard), mounted before the declarations. */
  mount?: (app: import('hono').Hono, sim: Simulator) => void;
  resources: ResourceDef[];
  /** Records with a declared lifecycle that are not Twilio resources (not served by the router). */
  models?: Array<import('./lifecycle.js').Lifecycled<any>>;
  operations?: Operation[];
  handlers?: Record<string, TransitionHandler>;
  /** Lets a face resolve which account a control-plane request addresses from its own credentials (e.g. CloudFran's X-API-Key + X-Tenant-Id). */
  controlAccount?: (sim: Simulator, header: (name: string) => string | undefined) => World | undefined;
  /** Listeners by topic of what other layers announce with `world.notify` (the neutral TCR: `tcr:<provider>`). */
  listeners?: Record<string, (world: World, payload: any) => void>;
  /** Sees every lifecycle move in every account (domain events), e.g. to send its own webhooks. */
  observe?: (world: World, change: import('./world.js').StateChange) => void;
  /**
   * Tables of `{ sid, secret }` records (an API key) whose SID and secret authenticate as the account
   * that holds them, the way its own account SID and token do; the face owns the table and its rules.
   */
  keyTables?: string[];
  /** Lets a face release shared state an account held (e.g. its phone numbers) when the account is removed. */
  onAccountRemoved?: (sim: Simulator, accountSid: string) => void;
}
