import type { Context, Hono } from 'hono';
import { TwilioError } from '../wire/errors.js';
import { jsonAnswer } from '../log.js';
import { changed, enterWorld } from './pipeline.js';
import { twilioUrl, type Product } from '../wire/hosts.js';
import { readPaging, slicePage, v1Envelope, v2010Envelope, type PageRequest, type PageSlice } from '../wire/paging.js';
import { decodeParams, readTwilioBody } from '../wire/params.js';
import { createRecord, removeRecord, requireItem, requireParent, updateRecord } from './operations.js';
import type { ListOp, OpContext, Operation, ResourceDef, SerializeContext, UploadedFile } from './resource.js';
import type { Simulator } from './simulator.js';
import type { BaseRecord } from './table.js';
import type { World } from './world.js';

const EMPTY = new URLSearchParams();

/** `/v1/CustomerProfiles/{CustomerProfileSid}` → `/trusthub/v1/CustomerProfiles/:CustomerProfileSid` (Hono syntax, product prefix). */
export function routePath(product: Product, specPath: string): string {
  return `/${product}${specPath.replace(/\{(\w+)\}/g, ':$1')}`;
}

/** A path template cut once into literal parts and parameter names (serialisers fill it for every record). */
const templates = new WeakMap<ResourceDef, Array<string | { param: string }>>();

function template(def: ResourceDef): Array<string | { param: string }> {
  let parts = templates.get(def);
  if (!parts) {
    parts = def.path.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? { param: part } : part));
    for (const part of parts) {
      if (typeof part !== 'string' && part.param !== 'AccountSid' && part.param !== def.parent?.param) {
        throw new Error(`Failed to build the URL of ${def.name}: path parameter ${part.param} has no source. Please declare it as the parent.`);
      }
    }
    templates.set(def, parts);
  }
  return parts;
}

/** Fills a spec path template from a record: `{AccountSid}` from account_sid, the parent's parameter from its field. */
export function fillPath(def: ResourceDef, rec: BaseRecord): string {
  let out = '';
  for (const part of template(def)) {
    if (typeof part === 'string') out += part;
    else out += part.param === 'AccountSid' ? rec.account_sid : String((rec as unknown as Record<string, unknown>)[def.parent!.field]);
  }
  return out;
}

function isV2010(def: { product: Product }): boolean {
  return def.product === 'api';
}

/** Serialisation context of one resource in one account (a class: no closures built per request). */
class Serialization implements SerializeContext {
  constructor(
    private readonly def: ResourceDef,
    readonly world: World,
    private readonly request?: OpContext,
  ) {}
  header(name: string): string | undefined {
    return this.request?.header(name);
  }
  uri(rec: BaseRecord): string {
    return `${fillPath(this.def, rec)}/${rec.sid}${isV2010(this.def) ? '.json' : ''}`;
  }
  url(rec: BaseRecord): string {
    return twilioUrl(this.def.product, this.uri(rec));
  }
}

/** `request`: the request being answered, whose headers a versioned serialiser may read. */
export function serializeContext(def: ResourceDef, world: World, request?: OpContext): SerializeContext {
  return new Serialization(def, world, request);
}

/** What a handler sees of the request (a class, so nothing is built per request but the object). */
class RequestContext implements OpContext {
  private relativePath: string | undefined;
  constructor(
    readonly world: World,
    readonly sim: Simulator,
    readonly pathParams: Record<string, string>,
    private readonly product: Product,
    readonly query: URLSearchParams,
    private readonly c: Context,
  ) {}
  /** Only 404 messages need it: computed when asked. */
  get path(): string {
    if (this.relativePath === undefined) this.relativePath = productRelativePath(this.c.req.url, this.product);
    return this.relativePath;
  }
  header(name: string): string | undefined {
    return rawHeader(this.c, name);
  }
  /** Set on the Hono context, so the header is on the response whether the handler returns or throws (onError answers through the same context). */
  hint(text: string): void {
    // Node refuses header values outside Latin-1 (the whole response would fail): keep printable ASCII only.
    const ascii = text.replace(/[^\x20-\x7e]/g, '');
    this.c.header(SIM_HINT_HEADER, ascii, { append: true });
    // Also on the context, where the request log reads it without touching the response.
    this.c.set('hints', [...(this.c.get('hints') ?? []), ascii]);
  }
}

/** The response header carrying `ctx.hint(...)`: the simulator's advice, never part of Twilio's wire shape. */
export const SIM_HINT_HEADER = 'X-Sim-Hint';

/**
 * Builds the handler context: authenticates (Basic: Account SID + token or API key + secret),
 * finds the account's world (a parent acting on its subaccount by the SID in the path; any other account's `/Accounts/{AccountSid}` path is a 404),
 * and settles the world so whatever became due on its clock has happened before we look.
 */
function openContext(sim: Simulator, c: Context, product: Product): OpContext {
  const authorization = rawHeader(c, 'authorization');
  let world = sim.authenticate(authorization);
  const pathParams = c.req.param() as Record<string, string>;
  if (pathParams.AccountSid !== undefined && pathParams.AccountSid !== world.accountSid) {
    world = sim.actingOn(world, pathParams.AccountSid, authorization) ?? notFoundIn(c, product);
  }
  enterWorld(c, world);
  const qi = c.req.url.indexOf('?');
  return new RequestContext(world, sim, pathParams, product, qi >= 0 ? new URLSearchParams(c.req.url.slice(qi + 1)) : EMPTY, c);
}

/**
 * A request header, read from Node's IncomingMessage when the request came through the Node
 * adapter (a plain object), else from the Fetch Request: on the hot path this spares building a
 * Headers object for every request.
 */
export function rawHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming;
  if (incoming) {
    const v = incoming.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  }
  return c.req.header(name);
}

function notFoundIn(c: Context, product: Product): never {
  throw TwilioError.notFound(productRelativePath(c.req.url, product));
}

/** The path as Twilio would name it in a 404 message: without our `/<product>` prefix when one was used. */
function productRelativePath(url: string, product: Product): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const q = url.indexOf('?', start);
  const path = url.slice(start, q < 0 ? undefined : q);
  return path.startsWith(`/${product}/`) ? path.slice(product.length + 1) : path;
}

function json(c: Context, status: number, body: unknown): Response {
  if (status === 204) return c.body(null, 204);
  return jsonAnswer(c, status, body);
}

/** Form fields of the body; for multipart bodies also the files' names, types and sizes (the bytes are not kept). A malformed body is a 400 (wire/params.ts). */
function readBody(c: Context): Promise<{ form: URLSearchParams; files?: ReadonlyMap<string, UploadedFile> }> {
  return readTwilioBody(c.req, rawHeader(c, 'content-type'));
}

/** Mounts one declared resource: the same five operations, the same wire protocol, for every resource. */
export function mountResource(app: Hono, sim: Simulator, def: ResourceDef): void {
  const collection = routePath(def.product, def.path);
  const item = `${collection}/:${def.itemParam ?? 'Sid'}`;
  const v2010 = isV2010(def);

  if (def.create) {
    const create = def.create;
    for (const product of [def.product, ...(create.alsoAt ?? [])]) {
      app.post(routePath(product, def.path), async (c) => {
        const ctx = openContext(sim, c, product);
        const body = await readBody(c);
        if (body.files) ctx.files = body.files;
        const rec = createRecord(ctx, def, body.form);
        const sctx = serializeContext(def, ctx.world, ctx);
        return json(c, create.status ?? 201, create.respond ? create.respond(rec, sctx) : def.serialize(rec, sctx));
      });
    }
  }

  if (def.list !== false) {
    const list = def.list ?? {};
    app.get(collection, (c) => {
      const ctx = openContext(sim, c, def.product);
      const parent = requireParent(ctx, def);
      const paging = readPaging(ctx.query);
      const params = list.params ? decodeParams(list.params, ctx.query, 'query') : {};
      const slice = listPage(ctx, def, list, params, parent, paging);
      const sctx = serializeContext(def, ctx.world, ctx);
      const items = slice.items.map((r) => def.serialize(r, sctx));
      const specPath = def.path.replace(/\{(\w+)\}/g, (_, name: string) => ctx.pathParams[name] ?? '');
      const body = v2010 ? v2010Envelope(specPath, ctx.query, def.listKey, paging, slice, items) : v1Envelope(def.product, specPath, ctx.query, def.listKey, paging, slice, items);
      return json(c, 200, body);
    });
  }

  if (def.fetch !== false) {
    app.get(item, (c) => {
      const ctx = openContext(sim, c, def.product);
      requireParent(ctx, def);
      const rec = requireItem(ctx, def, ctx.pathParams[def.itemParam ?? 'Sid']!);
      return json(c, 200, def.serialize(rec, serializeContext(def, ctx.world, ctx)));
    });
  }

  if (def.update) {
    const update = def.update;
    app.post(item, async (c) => {
      const ctx = openContext(sim, c, def.product);
      const rec = updateRecord(ctx, def, ctx.pathParams[def.itemParam ?? 'Sid']!, (await readBody(c)).form);
      return json(c, update.status ?? 200, def.serialize(rec, serializeContext(def, ctx.world, ctx)));
    });
  }

  if (def.remove) {
    app.delete(item, (c) => {
      const ctx = openContext(sim, c, def.product);
      removeRecord(ctx, def, ctx.pathParams[def.itemParam ?? 'Sid']!);
      return c.body(null, 204);
    });
  }
}

/**
 * One list page. Table-backed lists are cut from an ordered index (the table's creation order, or
 * for a nested resource its parent's group in the index on the parent field, which never changes
 * after insert), so a page costs O(log n + page size) from Page=N and from PageToken=PA<sid> alike.
 * Lists that declare a `filter` (CustomerProfiles and TrustProducts, EntityAssignments, Sinks,
 * Subscriptions, BrandVettings, Addresses, IncomingPhoneNumbers, Messages, Calls) have no index for
 * it: they walk the same order from the token's position testing each record, so a page costs
 * O(log n + records walked), a scan when the matches are sparse. Computed lists (`source`:
 * catalogues, available numbers, Numbers v2 bundles with their sorting) are cut from an array.
 */
function listPage(ctx: OpContext, def: ResourceDef, list: ListOp<BaseRecord, any>, params: Record<string, unknown>, parent: BaseRecord | undefined, paging: PageRequest): PageSlice<BaseRecord> {
  const desc = list.order === 'desc';
  if (list.source) {
    const all = list.source(ctx, params);
    return slicePage(desc ? all.reverse() : all, paging);
  }
  const table = ctx.world.table<BaseRecord>(def.table);
  const seq = def.parent ? table.orderedWhere(def.parent.field as keyof BaseRecord & string, parent!.sid) : table.ordered();
  const size = paging.pageSize;
  // A PageToken names the last SID of the previous page (stable while records are created); an unknown one falls back to Page.
  const rank = paging.pageToken?.startsWith('PA') ? seq?.rankOf(paging.pageToken.slice(2)) : undefined;
  const after = rank === undefined ? undefined : desc ? seq!.size - rank : rank + 1;
  if (!seq) return { items: [], nextToken: null, start: paging.page * size };
  if (!list.filter) {
    const start = after ?? paging.page * size;
    const items = seq.slice(start, size, desc);
    const hasNext = start + size < seq.size;
    return { items, nextToken: hasNext && items.length ? `PA${items[items.length - 1]!.sid}` : null, start };
  }
  const filter = list.filter;
  const items: BaseRecord[] = [];
  let skip = after === undefined ? paging.page * size : 0;
  let hasNext = false;
  const batch = Math.max(64, size + 1);
  for (let pos = after ?? 0; pos < seq.size && !hasNext; pos += batch) {
    // Walked without handing out (a filter only reads): only the page's records count (engine/changes.ts).
    for (const rec of seq.slice(pos, batch, desc, false)) {
      if (!filter(rec, params, ctx)) continue;
      if (skip > 0) skip--;
      else if (items.length < size) items.push(table.handOut(rec));
      else {
        hasNext = true;
        break;
      }
    }
  }
  return { items, nextToken: hasNext && items.length ? `PA${items[items.length - 1]!.sid}` : null, start: paging.page * size };
}

/** Mounts a non-CRUD operation on the same pipeline. */
export function mountOperation(app: Hono, sim: Simulator, op: Operation): void {
  const path = routePath(op.product, op.path);
  const handler = async (c: Context) => {
    const ctx = openContext(sim, c, op.product);
    const form = op.method === 'GET' ? ctx.query : op.body === 'raw' ? EMPTY : (await readBody(c)).form;
    const result = await op.handler(ctx, { form, request: c.req.raw });
    if (op.method !== 'GET') changed(ctx.world);
    return json(c, result.status, result.body);
  };
  if (op.method === 'GET') app.get(path, handler);
  else if (op.method === 'POST') app.post(path, handler);
  else app.delete(path, handler);
}
