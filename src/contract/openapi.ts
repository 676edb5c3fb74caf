import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Response validation against an OpenAPI document (Prism's "validate its own output", STYLE §7):
 * find the operation for a method and path, convert its response schema from OpenAPI 3.0 (or 3.1)
 * to JSON Schema 2020-12, and check the body with ajv. With `strictFields` (the default) every
 * declared property must be present and no other may appear, so the field set is judged too: a
 * serialiser that forgets `errors` or invents `foo` fails, as it would break a strictly typed client.
 */

export interface Violation {
  /** JSON pointer to the offending field, also for a missing or an extra one ('' is the body itself). */
  instancePath: string;
  schemaPath: string;
  message: string;
}

export interface ValidationResult {
  matched: boolean;
  operationId: string | null;
  /** The path template of the matched operation, e.g. `/v1/CustomerProfiles/{Sid}`. */
  specPath: string | null;
  ok: boolean;
  violations: Violation[];
}

export interface ResponseToCheck {
  method: string;
  /** Path relative to the spec's server, e.g. `/v1/CustomerProfiles/BU…`; a query string is ignored. */
  path: string;
  status: number;
  body: unknown;
}

export interface ResponseValidatorOptions {
  /** Every object schema with `properties` demands exactly those fields. Default true. */
  strictFields?: boolean;
}

export interface OperationMatch {
  specPath: string;
  method: string;
  operationId: string | null;
  operation: Json;
}

export interface ResponseValidator {
  validate(res: ResponseToCheck): ValidationResult;
  /** The operation a request would be routed to (most literal template wins), if any. */
  findOperation(method: string, path: string): OperationMatch | undefined;
}

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Keywords that only mean something to OpenAPI tooling, or that inlining makes meaningless. */
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'nullable', '$schema', '$id', '$comment', '$defs', 'definitions']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'contains', 'propertyNames', 'if', 'then', 'else']);

/** Twilio's error body, what twilio-node's RestException reads; used when the spec gives an error status no schema. */
const TWILIO_ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'more_info', 'status'],
  properties: { code: { type: 'integer' }, message: { type: 'string' }, more_info: { type: 'string' }, status: { type: 'integer' } },
};

/** How Twilio's 2010 API writes dates (`date_created: "Thu, 30 Jul 2015 23:19:04 +0000"`), always in GMT. */
const RFC_2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

function makeAjv(): Ajv2020 {
  // strict: false + logger: false is how ajv accepts formats it does not know (Twilio's `uri-map`,
  // `phone-number`, `currency`, `http-method`, …): they are annotations, not checks. It also lets
  // annotation keywords of 3.1 documents through without compile errors.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, logger: false });
  addFormatsModule.default(ajv);
  // Twilio's 2010 spec marks relative URIs (`/2010-04-01/Accounts/AC….json?PageSize=50&Page=0`) as `uri`.
  ajv.addFormat('uri', ajv.formats['uri-reference']!);
  ajv.addFormat('date-time-rfc-2822', RFC_2822);
  return ajv;
}

/** `/v1/Services/{Sid}` → a regex whose `{…}` matches one segment, plus how literal the template is. */
function compileTemplate(template: string) {
  const segments = template.split('/');
  const source = segments
    .map((s) =>
      s
        .split(/\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+'),
    )
    .join('/');
  return {
    template,
    re: new RegExp(`^${source}$`),
    literalSegments: segments.filter((s) => !s.includes('{')).length,
    literalChars: template.replace(/\{[^}]*\}/g, '').length,
  };
}

export function createResponseValidator(doc: object, opts: ResponseValidatorOptions = {}): ResponseValidator {
  const strictFields = opts.strictFields ?? true;
  const spec = doc as Json;
  const paths = (spec.paths ?? {}) as Record<string, Json>;
  const templates = Object.keys(paths).map(compileTemplate);
  const ajv = makeAjv();
  const compiled = new Map<string, ValidateFunction>();

  function resolveRef(ref: string): unknown {
    if (!ref.startsWith('#')) throw new Error(`Failed to resolve $ref ${ref}: only references inside the document (#/…) are supported.`);
    const target = ref
      .slice(1)
      .split('/')
      .slice(1)
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    if (target === undefined) throw new Error(`Failed to resolve $ref ${ref}: nothing at that pointer in the document.`);
    return target;
  }

  /**
   * OpenAPI schema → self-contained JSON Schema 2020-12. `$ref`s are inlined so ajv never resolves
   * against the OpenAPI document; a reference back into a schema being inlined becomes a `$ref` into
   * the root's `$defs` instead (a recursive schema cannot be inlined).
   */
  function toJsonSchema(root: unknown): unknown {
    const defs: Json = {};
    // `open`: an allOf member may not forbid the fields its siblings declare; the allOf owner does it.
    const convert = (schema: unknown, stack: readonly string[], open = false): unknown => {
      if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
      const src = schema as Json;
      if (typeof src.$ref === 'string') {
        const key = `${src.$ref}${open ? '#open' : ''}`;
        let target: unknown;
        if (stack.includes(key)) {
          const name = key.replace(/[^A-Za-z0-9_.-]/g, '_');
          if (!(name in defs)) {
            defs[name] = true;
            defs[name] = convert(resolveRef(src.$ref), [key], open);
          }
          target = { $ref: `#/$defs/${name}` };
        } else {
          target = convert(resolveRef(src.$ref), [...stack, key], open);
        }
        // 3.0 ignores a $ref's siblings but 3.1 applies them (Twilio's specs have none): apply the
        // ones that constrain. `nullable` beside a $ref is the usual 3.0 idiom for "this or null".
        const { $ref: _ref, description: _d, title: _t, nullable, ...siblings } = src;
        const rest = convert(siblings, stack) as Json;
        const combined = Object.keys(rest).length ? { allOf: [target, rest] } : (target as Json);
        return nullable === true ? allowNull(combined) : combined;
      }

      const out: Json = {};
      for (const [k, v] of Object.entries(src)) {
        if (DROPPED.has(k) || k.startsWith('x-')) continue;
        if (SCHEMA_MAPS.has(k)) out[k] = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, convert(s, stack)]));
        else if (k === 'allOf') out[k] = (v as unknown[]).map((s) => convert(s, stack, true));
        else if (SCHEMA_LISTS.has(k)) out[k] = (v as unknown[]).map((s) => convert(s, stack));
        else if (SCHEMA_ONE.has(k)) out[k] = convert(v, stack);
        else out[k] = v;
      }
      // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 2020-12 as numbers.
      for (const [bound, flag] of [
        ['minimum', 'exclusiveMinimum'],
        ['maximum', 'exclusiveMaximum'],
      ] as const) {
        if (typeof out[flag] !== 'boolean') continue;
        if (out[flag] === true && typeof out[bound] === 'number') {
          out[flag] = out[bound];
          delete out[bound];
        } else delete out[flag];
      }
      if (strictFields) {
        // With allOf the field set is spread over the members, so only unevaluatedProperties can close it.
        const composed = Array.isArray(out.allOf);
        if (out.properties && typeof out.properties === 'object') {
          out.required = Object.keys(out.properties);
          if (!open && !composed && out.additionalProperties === undefined) out.additionalProperties = false;
        }
        if (!open && composed && out.additionalProperties === undefined) out.unevaluatedProperties ??= false;
      }
      if (src.nullable === true) return allowNull(out);
      return out;
    };
    const converted = convert(root, []);
    return Object.keys(defs).length ? { ...(converted as Json), $defs: defs } : converted;
  }

  /** OpenAPI 3.0 `nullable: true`. Keywords like `enum` still apply to null, so null joins them too. */
  function allowNull(s: Json): Json {
    if (typeof s.type === 'string') s.type = [s.type, 'null'];
    else if (Array.isArray(s.type) && !s.type.includes('null')) s.type = [...s.type, 'null'];
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
    if (s.type !== undefined || s.enum !== undefined) return s;
    // Untyped (e.g. a nullable allOf/oneOf): null must be allowed around the whole schema.
    return { anyOf: [{ type: 'null' }, s] };
  }

  function findOperation(method: string, path: string): OperationMatch | undefined {
    const m = method.toLowerCase();
    let best: ReturnType<typeof compileTemplate> | undefined;
    for (const t of templates) {
      if (!t.re.test(path) || !paths[t.template]?.[m]) continue;
      if (!best || t.literalSegments > best.literalSegments || (t.literalSegments === best.literalSegments && t.literalChars > best.literalChars)) best = t;
    }
    if (!best) return undefined;
    const operation = paths[best.template]![m] as Json;
    return { specPath: best.template, method: m, operationId: (operation.operationId as string | undefined) ?? null, operation };
  }

  function unmatched(message: string): ValidationResult {
    return { matched: false, operationId: null, specPath: null, ok: false, violations: [{ instancePath: '', schemaPath: '#/paths', message }] };
  }

  function validate(res: ResponseToCheck): ValidationResult {
    const path = res.path.split(/[?#]/)[0]!;
    const method = res.method.toUpperCase();
    const found = findOperation(method, path);
    if (!found) {
      const sameShape = templates.filter((t) => t.re.test(path)).map((t) => t.template);
      if (!sameShape.length) return unmatched(`no path of the spec matches ${path}`);
      const declared = sameShape.flatMap((t) =>
        Object.keys(paths[t]!)
          .filter((k) => METHODS.includes(k))
          .map((k) => `${k.toUpperCase()} ${t}`),
      );
      return unmatched(`${method} ${path} is not an operation of the spec (it declares ${declared.join(', ')})`);
    }
    const { operationId, specPath } = found;
    const base = { matched: true, operationId, specPath };
    const responses = (found.operation.responses ?? {}) as Record<string, Json>;
    const statusKey = [String(res.status), `${String(res.status)[0]}XX`, 'default'].find((k) => responses[k]);
    const response = statusKey ? responses[statusKey] : undefined;
    const content = response?.content as Record<string, Json> | undefined;
    const schema = content?.['application/json']?.schema;
    const where = `#/paths/${specPath.replace(/~/g, '~0').replace(/\//g, '~1')}/${found.method}/responses/${statusKey ?? res.status}`;

    if (schema !== undefined) return check(`${found.method} ${specPath} ${statusKey}`, () => toJsonSchema(schema), res.body, base);
    // Twilio's specs declare no error responses at all: every error has the same body.
    if (res.status >= 400) return check('twilio-error', () => TWILIO_ERROR_SCHEMA, res.body, base);
    if (!response) {
      const codes = Object.keys(responses).join(', ');
      return { ...base, ok: false, violations: [{ instancePath: '', schemaPath: where, message: `status ${res.status} is not a response of ${operationId}; the spec declares ${codes}` }] };
    }
    if (content && Object.keys(content).length) return { ...base, ok: true, violations: [] }; // a non-JSON body: nothing to judge
    const empty = res.body === undefined || res.body === null || res.body === '';
    const violations = empty ? [] : [{ instancePath: '', schemaPath: where, message: `must be empty: status ${res.status} of ${operationId} has no body in the spec` }];
    return { ...base, ok: empty, violations };
  }

  function check(key: string, schema: () => unknown, body: unknown, base: Pick<ValidationResult, 'matched' | 'operationId' | 'specPath'>): ValidationResult {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(schema() as Json);
      compiled.set(key, fn);
    }
    const ok = fn(body) as boolean;
    return { ...base, ok, violations: ok ? [] : toViolations(fn.errors) };
  }

  return { validate, findOperation };
}

/** ajv errors → violations that name the field: a missing or extra property is pointed at, not its parent. */
function toViolations(errors: ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((e) => {
    const p = e.params as Json;
    const at = (prop: unknown) => `${e.instancePath}/${String(prop).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const got = (): string => ` (got ${JSON.stringify(e.data)?.slice(0, 80) ?? 'undefined'})`;
    switch (e.keyword) {
      case 'required':
        return { instancePath: at(p.missingProperty), schemaPath: e.schemaPath, message: `must have required property '${String(p.missingProperty)}'` };
      case 'additionalProperties':
        return { instancePath: at(p.additionalProperty), schemaPath: e.schemaPath, message: `must NOT have additional property '${String(p.additionalProperty)}'` };
      case 'unevaluatedProperties':
        return { instancePath: at(p.unevaluatedProperty), schemaPath: e.schemaPath, message: `must NOT have additional property '${String(p.unevaluatedProperty)}'` };
      case 'enum':
        return { instancePath: e.instancePath, schemaPath: e.schemaPath, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got()}` };
      case 'type':
      case 'format':
      case 'pattern':
      case 'const':
      case 'minLength':
      case 'maxLength':
      case 'minimum':
      case 'maximum':
        return { instancePath: e.instancePath, schemaPath: e.schemaPath, message: `${e.message ?? 'is invalid'}${got()}` };
      default:
        return { instancePath: e.instancePath, schemaPath: e.schemaPath, message: e.message ?? `is invalid (${e.keyword})` };
    }
  });
}
