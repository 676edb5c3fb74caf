import type { Context } from 'hono';
import type { z } from 'zod';
import { decodeText, MalformedBody } from './params.js';

/**
 * The JSON faces' (CloudFran, Bird) reading of a request: a body decoded and parsed as JSON, and a
 * value checked against a route's zod schema. Each face turns the problem into its own error body:
 * `fail(field, why)` builds it, so both read and check the same way and answer in their own shape.
 */
export type Refusal = (field: string, why: { kind: 'unreadable' | 'not-json' | 'missing' | 'invalid'; detail: string }) => Error;

/** The body as JSON (an empty body is `{}`); a body that is not UTF-8 text or not JSON is refused naming `body`. */
export async function readJsonBody(c: Context, fail: Refusal): Promise<unknown> {
  let text: string;
  try {
    text = decodeText(await c.req.arrayBuffer(), c.req.header('content-type'));
  } catch (e) {
    if (e instanceof MalformedBody) throw fail('body', { kind: 'unreadable', detail: e.message });
    throw e;
  }
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (e) {
    throw fail('body', { kind: 'not-json', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** `value` checked against `schema` (no schema: `{}`); the first problem is refused naming its field path. */
export function checkSchema<S extends z.ZodType>(schema: S | undefined, value: unknown, fail: Refusal): z.output<S> {
  if (!schema) return {} as z.output<S>;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : 'body';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  throw fail(field, { kind: missing ? 'missing' : 'invalid', detail: issue.message });
}
