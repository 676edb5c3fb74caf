import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Response validation against an OpenAPI document (Prism's "validate its own output"): finds the
 * operation for a method and path, converts its response schema from OpenAPI 3.0/3.1 to JSON
 * Schema, and checks the body with ajv. With `strictFields` (the default) every declared property
 * must be present and no other may appear, so the field set is judged too, not just the types.
 */
export interface Violation {
  instancePath: string;
  schemaPath: string;
  message: string;
}

export interface ValidationResult {
  matched: boolean;
  operationId: string | null;
  specPath: string | null;
  ok: boolean;
  violations: Violation[];
}

export interface ResponseToCheck {
  method: string;
  /** Path relative to the spec's server; a query string is ignored. */
  path: string;
  status: number;
  body: unknown;
}

type Json = Record<string, unknown>;

const OPENAPI_ONLY = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'nullable']);

/** Twilio's error body: what twilio-node's RestException reads (FIDELITY §1). */
const TWILIO_ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'more_info', 'status'],
  properties: { code: { type: 'integer' }, message: { type: 'string' }, more_info: { type: 'string' }, status: { type: 'integer' } },
};

const RFC2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  // Twilio's 2010 spec marks relative URIs ("/2010-04-01/Accounts/…json?Page=0") as format uri.
  ajv.addFormat('uri', (v: string) => typeof v === 'string' && !/\s/.test(v));
  ajv.addFormat('date-time-rfc-2822', RFC2822);
  // Formats the specs name that JSON Schema does not define are informative only.
  for (const f of ['uri-map', 'phone-number', 'currency', 'decimal', 'http-method', 'uri-template', 'iso-country-code', 'sid', 'int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'iso-8601']) {
    ajv.addFormat(f, () => true);
  }
  return ajv;
}

export function createResponseValidator(doc: object, opts: { strictFields?: boolean } = {}) {
  const strict = opts.strictFields ?? true;
  const spec = doc as Json;
  const paths = (spec.paths ?? {}) as Record<string, Json>;
  const ajv = makeAjv();
  const cache = new Map<string, ValidateFunction>();
  const templates = Object.keys(paths).map((template) => {
    const segments = template.split('/');
    return {
      template,
      literal: segments.filter((s) => !/^\{.+\}$/.test(s) && !/\{.+\}/.test(s)).length,
      re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    };
  });

  function resolveRef(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`Failed to resolve ${ref}: only local references are supported.`);
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }

  /** OpenAPI schema → JSON Schema: refs inlined, nullable made explicit, exact field sets when strict. */
  function convert(schema: unknown, seen: Set<string>): unknown {
    if (Array.isArray(schema)) return schema.map((s) => convert(s, seen));
    if (!schema || typeof schema !== 'object') return schema;
    const src = schema as Json;
    if (typeof src.$ref === 'string') {
      const ref = src.$ref;
      if (seen.has(ref)) return {};
      const target = convert(resolveRef(ref), new Set([...seen, ref])) as Json;
      const siblings = Object.fromEntries(Object.entries(src).filter(([k]) => k !== '$ref'));
      return src.nullable ? { anyOf: [target, { type: 'null' }] } : Object.keys(siblings).length ? { allOf: [target, convert(siblings, seen)] } : target;
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(src)) {
      if (OPENAPI_ONLY.has(k) || k.startsWith('x-')) continue;
      if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, convert(s, seen)]));
      else if (k === 'items' || k === 'additionalProperties' || k === 'not') out[k] = typeof v === 'object' ? convert(v, seen) : v;
      else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') out[k] = (v as unknown[]).map((s) => convert(s, seen));
      else out[k] = v;
    }
    if (strict && out.properties && typeof out.properties === 'object') {
      out.required = Object.keys(out.properties as Json);
      out.additionalProperties = false;
    }
    if (src.nullable === true) {
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      if (out.type === undefined && out.enum === undefined) return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  }

  function findOperation(method: string, path: string) {
    const bare = path.split('?')[0]!;
    let best: (typeof templates)[number] | undefined;
    for (const t of templates) {
      if (!t.re.test(bare)) continue;
      const op = paths[t.template]![method.toLowerCase()];
      if (op && (!best || t.literal > best.literal)) best = t;
    }
    if (!best) return undefined;
    return { specPath: best.template, op: paths[best.template]![method.toLowerCase()] as Json };
  }

  function toViolations(errors: ErrorObject[] | null | undefined): Violation[] {
    return (errors ?? []).map((e) => {
      const extra = e.params as Json;
      let message = e.message ?? 'is invalid';
      if (e.keyword === 'additionalProperties') message = `must NOT have additional property '${String(extra.additionalProperty)}'`;
      if (e.keyword === 'enum') message = `${message}: ${JSON.stringify(extra.allowedValues)}`;
      return { instancePath: e.instancePath || '/', schemaPath: e.schemaPath, message };
    });
  }

  function validate(res: ResponseToCheck): ValidationResult {
    const found = findOperation(res.method, res.path);
    if (!found) {
      return { matched: false, operationId: null, specPath: null, ok: false, violations: [{ instancePath: '/', schemaPath: '', message: `no operation ${res.method.toUpperCase()} ${res.path.split('?')[0]} in the spec` }] };
    }
    const operationId = (found.op.operationId as string | undefined) ?? null;
    const base = { matched: true, operationId, specPath: found.specPath };
    const responses = (found.op.responses ?? {}) as Record<string, Json>;
    const declared = responses[String(res.status)] ?? (res.status >= 400 ? undefined : responses.default);
    if (!declared) {
      if (res.status >= 400) return check(`error:${res.status}`, TWILIO_ERROR_SCHEMA, res.body, base);
      const codes = Object.keys(responses).join(', ');
      return { ...base, ok: false, violations: [{ instancePath: '/', schemaPath: '#/responses', message: `status ${res.status} is not a response of ${operationId}; the spec declares ${codes}` }] };
    }
    const schema = ((declared.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    if (!schema) {
      const empty = res.body === undefined || res.body === null || res.body === '';
      return { ...base, ok: empty, violations: empty ? [] : [{ instancePath: '/', schemaPath: `#/responses/${res.status}`, message: `status ${res.status} of ${operationId} has no body in the spec, but one was sent` }] };
    }
    return check(`${found.specPath} ${res.method} ${res.status}`, schema, res.body, base);
  }

  function check(key: string, schema: unknown, body: unknown, base: Omit<ValidationResult, 'ok' | 'violations'>): ValidationResult {
    let fn = cache.get(key);
    if (!fn) {
      fn = ajv.compile(key.startsWith('error:') ? (schema as Json) : (convert(schema, new Set()) as Json));
      cache.set(key, fn);
    }
    const ok = fn(body) as boolean;
    return { ...base, ok, violations: ok ? [] : toViolations(fn.errors) };
  }

  return { validate, findOperation };
}
