import { z } from 'zod';
import { TwilioError } from './errors.js';
import { isSid } from './sid.js';

/**
 * Twilio's request parameters: PascalCase names, form-urlencoded bodies (FIDELITY §1).
 * URLSearchParams on the raw text decodes both `+` and `%20` to a space and keeps repeated keys,
 * which is how twilio-node sends arrays (`MessageSamples=a&MessageSamples=b`).
 */
export function readForm(text: string): URLSearchParams {
  return new URLSearchParams(text);
}

interface ShapeInfo {
  keys: string[];
  isArray: boolean[];
  optional: boolean[];
}
const shapeCache = new WeakMap<z.ZodObject, ShapeInfo>();

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

function shapeInfo(schema: z.ZodObject): ShapeInfo {
  let info = shapeCache.get(schema);
  if (!info) {
    const keys = Object.keys(schema.shape);
    info = {
      keys,
      isArray: keys.map((k) => (unwrap(schema.shape[k] as z.ZodType) as unknown as { def: { type: string } }).def.type === 'array'),
      optional: keys.map((k) => (schema.shape[k] as z.ZodType).safeParse(undefined).success),
    };
    shapeCache.set(schema, info);
  }
  return info;
}

/**
 * Decode form or query parameters against a zod object whose keys are the Twilio parameter names.
 * Unknown parameters are ignored, as Twilio does. The first failing parameter becomes a 400 that names it.
 */
export function decodeParams<S extends z.ZodObject>(schema: S, form: URLSearchParams, where: 'post body' | 'query' = 'post body'): z.output<S> {
  const { keys, isArray, optional } = shapeInfo(schema);
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (isArray[i]) {
      const all = form.getAll(key);
      if (all.length) raw[key] = all;
      else if (!optional[i]) throw TwilioError.missingParam(key, where);
    } else {
      const v = form.get(key);
      if (v !== null && v !== '') raw[key] = v;
      else if (!optional[i]) throw TwilioError.missingParam(key, where);
    }
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? keys[0] ?? 'request');
  if (raw[name] === undefined) throw TwilioError.missingParam(name, where);
  const code = (issue as { params?: { code?: number } }).params?.code;
  throw TwilioError.invalidParam(name, issue.message, code);
}

/** Parameter schemas with Twilio's wire conventions and messages that say what is expected. */
export const p = {
  string: (opts: { max?: number; min?: number } = {}) => {
    let s = z.string();
    if (opts.min !== undefined) s = s.min(opts.min, `must be at least ${opts.min} characters`);
    if (opts.max !== undefined) s = s.max(opts.max, `must be at most ${opts.max} characters`);
    return s;
  },
  sid: (prefix: string) => z.string().refine((v) => isSid(v, prefix), `must be a ${prefix} SID (${prefix} followed by 32 hex digits)`),
  anySid: () => z.string().refine((v) => isSid(v), 'must be a SID (two letters followed by 32 hex digits)'),
  /** twilio-node sends booleans as `true`/`false`; Twilio also takes `True`/`False`. */
  bool: () =>
    z
      .string()
      .refine((v) => /^(true|false)$/i.test(v), 'must be true or false')
      .transform((v) => v.toLowerCase() === 'true'),
  int: (opts: { min?: number; max?: number } = {}) =>
    z
      .string()
      .refine((v) => /^-?\d+$/.test(v), 'must be an integer')
      .transform(Number)
      .refine((n) => opts.min === undefined || n >= opts.min, `must be at least ${opts.min}`)
      .refine((n) => opts.max === undefined || n <= opts.max, `must be at most ${opts.max}`),
  url: () => z.string().refine(isHttpUrl, 'must be an absolute http(s) URL'),
  email: () => z.string().refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'must be an email address'),
  enum: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.string().refine((v): v is T[number] => values.includes(v), `must be one of ${values.join(', ')}`) as unknown as z.ZodType<T[number], string>,
  /** `Attributes` and similar: a JSON object sent as one form field (twilio-node JSON.stringify's objects). */
  jsonObject: () =>
    z.string().transform((v, ctx) => {
      try {
        const value: unknown = JSON.parse(v);
        if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      } catch {
        // fall through to the issue below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }),
  array: <T extends z.ZodType>(item: T, opts: { min?: number; max?: number } = {}) => {
    let s = z.array(item);
    if (opts.min !== undefined) s = s.min(opts.min, `must have at least ${opts.min} items`);
    if (opts.max !== undefined) s = s.max(opts.max, `must have at most ${opts.max} items`);
    return s;
  },
  /** `YYYY-MM-DD` or ISO date-time, as twilio-node serialises dates. */
  date: () =>
    z
      .string()
      .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date (YYYY-MM-DD or ISO 8601)')
      .transform((v) => Date.parse(v)),
};

export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
