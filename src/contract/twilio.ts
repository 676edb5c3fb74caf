import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../paths.js';
import { createResponseValidator, type ResponseValidator, type ValidationResult } from './openapi.js';

/**
 * The Twilio side of the contract: which vendored spec judges which product, and how a URL (real
 * Twilio or simulator) maps onto a path of that spec.
 */

/**
 * Twilio products, named by the first label of their host (`trusthub.twilio.com`). The simulator
 * serves each under that label as a path prefix (src/sim/wire/hosts.ts keeps the same list; the
 * contract does not import the simulator, which is what it judges).
 */
export const TWILIO_PRODUCTS = ['trusthub', 'messaging', 'numbers', 'numbers-upload', 'api', 'events'] as const;
export type TwilioProduct = (typeof TWILIO_PRODUCTS)[number];

// numbers-upload.twilio.com takes Numbers v2 supporting-document uploads; the Numbers spec describes them.
const SPEC_FILE: Record<TwilioProduct, string> = {
  trusthub: 'twilio_trusthub_v1.json',
  messaging: 'twilio_messaging_v1.json',
  numbers: 'twilio_numbers_v2.json',
  'numbers-upload': 'twilio_numbers_v2.json',
  api: 'twilio_api_v2010.json',
  events: 'twilio_events_v1.json',
};

const SPEC_DIR = packagePath('fixtures', 'twilio-oai');

// Parsed specs and validators are immutable once built, so one per file is shared (the 2010 spec is 1.8 MB).
const specs = new Map<string, object>();
const validators = new Map<string, ResponseValidator>();

export function isTwilioProduct(label: string): label is TwilioProduct {
  return Object.hasOwn(SPEC_FILE, label);
}

/** The vendored OpenAPI document for a product, read on first use. */
export function loadTwilioSpec(product: TwilioProduct): object {
  const file = SPEC_FILE[product];
  let spec = specs.get(file);
  if (!spec) {
    spec = JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as object;
    specs.set(file, spec);
  }
  return spec;
}

function validatorFor(product: TwilioProduct): ResponseValidator {
  const file = SPEC_FILE[product];
  let v = validators.get(file);
  if (!v) {
    v = createResponseValidator(loadTwilioSpec(product));
    validators.set(file, v);
  }
  return v;
}

/**
 * (product, path on that product's host) for a real Twilio URL (`https://trusthub.twilio.com/v1/…`,
 * also regional `trusthub.dublin.ie1.twilio.com`) or a simulator URL whose first path segment is the
 * product (`http://127.0.0.1:4010/trusthub/v1/…`, or just `/trusthub/v1/…`).
 */
export function twilioTarget(url: string): { product: TwilioProduct; path: string } | undefined {
  const u = new URL(url, 'http://localhost');
  const host = /^([a-z0-9-]+)\.(?:[a-z0-9-]+\.)*twilio\.com$/i.exec(u.hostname);
  if (host) {
    const label = host[1]!.toLowerCase();
    return isTwilioProduct(label) ? { product: label, path: u.pathname + u.search } : undefined;
  }
  const prefixed = /^\/([^/]+)(\/.*)$/.exec(u.pathname);
  if (prefixed && isTwilioProduct(prefixed[1]!)) return { product: prefixed[1]!, path: prefixed[2]! + u.search };
  return undefined;
}

/** Judges one response by the vendored spec of the product its URL belongs to. */
export function validateTwilioResponse(res: { method: string; url: string; status: number; body: unknown }): ValidationResult {
  const target = twilioTarget(res.url);
  if (!target) {
    const message = `${res.url} is not on a Twilio product with a vendored spec (${TWILIO_PRODUCTS.join(', ')})`;
    return { matched: false, operationId: null, specPath: null, ok: false, violations: [{ instancePath: '', schemaPath: '', message }] };
  }
  return validatorFor(target.product).validate({ method: res.method, path: target.path, status: res.status, body: res.body });
}

/** A result as assertion text: the operation, then one line per violation. */
export function formatViolations(result: ValidationResult): string {
  const head = result.matched ? `${result.operationId ?? '(no operationId)'} (${result.specPath})` : 'no matching operation';
  if (result.ok) return `${head}: ok`;
  const lines = result.violations.map((v) => `  ${v.instancePath || '(body)'}: ${v.message}`);
  return [`${head}: ${result.violations.length} violation${result.violations.length === 1 ? '' : 's'}`, ...lines].join('\n');
}
