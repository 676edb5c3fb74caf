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

/** A request body that cannot be read at all; each face reports it in its own error shape. */
export class MalformedBody extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const CHARSET_RE = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/**
 * The body as text. Only UTF-8 is read (its ASCII subset included): another declared charset, or bytes
 * that are not UTF-8, would otherwise turn into U+FFFD and be stored silently.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, contentType: string | undefined): string {
  const charset = contentType ? CHARSET_RE.exec(contentType)?.[1]?.toLowerCase() : undefined;
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new MalformedBody(`the body's charset "${charset}" is not supported (only UTF-8 is)`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new MalformedBody('the body is not valid UTF-8 text');
  }
}

/** Twilio's shape for a body it cannot read: 400 with code 20001 (the simulator's code for an invalid request; README "Invalid parameter code"). */
export function malformedBody(problem: string): TwilioError {
  return new TwilioError(400, 20001, `Invalid request body: ${problem}`);
}

/**
 * A form-urlencoded body, refused with a 400 when it is not UTF-8 or its percent-encoding is broken
 * (`%` without two hex digits, or escapes that decode to invalid UTF-8): URLSearchParams would keep
 * those as literal text or U+FFFD instead of saying so.
 */
export function parseFormBody(bytes: ArrayBuffer | Uint8Array, contentType: string | undefined): URLSearchParams {
  let text: string;
  try {
    text = decodeText(bytes, contentType);
  } catch (e) {
    if (e instanceof MalformedBody) throw malformedBody(e.message);
    throw e;
  }
  if (text.includes('%')) {
    try {
      decodeURIComponent(text);
    } catch {
      const at = /%(?![0-9A-Fa-f]{2})/.exec(text);
      throw malformedBody(
        at
          ? `malformed percent-encoding at character ${at.index + 1} of the form body ("${text.slice(at.index, at.index + 3)}": "%" must be followed by two hex digits)`
          : 'the percent-encoded bytes of the form body are not valid UTF-8',
      );
    }
  }
  return readForm(text);
}

/** What is kept of an uploaded file: what Twilio reports about it, never the bytes. */
export interface UploadedFileInfo {
  filename: string;
  type: string;
  size: number;
}

/**
 * A Twilio request body: form-urlencoded (what the SDK sends) or multipart/form-data (upload hosts).
 * A multipart body without a boundary, or whose parts cannot be parsed, is a 400 naming the problem.
 */
export async function readTwilioBody(
  req: { arrayBuffer(): Promise<ArrayBuffer>; formData(): Promise<FormData> },
  contentType: string | undefined,
): Promise<{ form: URLSearchParams; files?: ReadonlyMap<string, UploadedFileInfo> }> {
  if (contentType && /^multipart\/form-data/i.test(contentType)) {
    if (!/;\s*boundary=/i.test(contentType)) throw malformedBody('the multipart/form-data Content-Type has no boundary parameter');
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw malformedBody('the multipart/form-data body could not be parsed (its parts do not match the boundary of the Content-Type)');
    }
    const out = new URLSearchParams();
    const files = new Map<string, UploadedFileInfo>();
    for (const [k, v] of form) {
      if (typeof v === 'string') out.append(k, v);
      else files.set(k, { filename: v.name, type: v.type, size: v.size });
    }
    return { form: out, files };
  }
  return { form: parseFormBody(await req.arrayBuffer(), contentType) };
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
