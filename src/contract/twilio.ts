import { readFileSync } from 'node:fs';
import { createResponseValidator, type ValidationResult } from './openapi.js';

/** Twilio products and the vendored spec each one is judged by (numbers-upload is the Numbers host for file uploads). */
const SPEC_FILE: Record<string, string> = {
  trusthub: 'twilio_trusthub_v1.json',
  messaging: 'twilio_messaging_v1.json',
  numbers: 'twilio_numbers_v2.json',
  'numbers-upload': 'twilio_numbers_v2.json',
  api: 'twilio_api_v2010.json',
  events: 'twilio_events_v1.json',
};

const validators = new Map<string, ReturnType<typeof createResponseValidator>>();

export function loadTwilioSpec(product: string): object | undefined {
  const file = SPEC_FILE[product];
  if (!file) return undefined;
  return JSON.parse(readFileSync(new URL(`../../fixtures/twilio-oai/${file}`, import.meta.url), 'utf-8')) as object;
}

function validatorFor(product: string) {
  const file = SPEC_FILE[product];
  if (!file) return undefined;
  let v = validators.get(file);
  if (!v) {
    v = createResponseValidator(loadTwilioSpec(product)!);
    validators.set(file, v);
  }
  return v;
}

/**
 * Splits a URL into (product, path on that product's host): a real Twilio URL
 * (`https://trusthub.twilio.com/v1/…`) or a simulator URL whose first segment is the product.
 */
export function twilioTarget(url: string): { product: string; path: string } | undefined {
  const u = new URL(url, 'http://localhost');
  const host = /^([a-z-]+)\.twilio\.com$/.exec(u.hostname);
  if (host) return { product: host[1]!, path: u.pathname + u.search };
  const m = /^\/([a-z-]+)(\/.*)$/.exec(u.pathname);
  if (m && SPEC_FILE[m[1]!]) return { product: m[1]!, path: m[2]! + u.search };
  return undefined;
}

export function validateTwilioResponse(res: { method: string; url: string; status: number; body: unknown }): ValidationResult {
  const target = twilioTarget(res.url);
  const v = target && validatorFor(target.product);
  if (!target || !v) {
    return { matched: false, operationId: null, specPath: null, ok: false, violations: [{ instancePath: '/', schemaPath: '', message: `${res.url} is not on a Twilio product this project has a spec for` }] };
  }
  return v.validate({ method: res.method, path: target.path, status: res.status, body: res.body });
}

export function formatViolations(result: ValidationResult): string {
  const head = result.operationId ? `${result.operationId} (${result.specPath})` : 'unmatched operation';
  return [head, ...result.violations.map((v) => `  ${v.instancePath}: ${v.message}`)].join('\n');
}
