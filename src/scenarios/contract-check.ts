import type { ContractResult } from '../contract/report.js';
import { createResponseValidator, type ResponseValidator } from '../contract/openapi.js';
import { twilioTarget, validateTwilioResponse } from '../contract/twilio.js';
import { CLOUDFRAN_BASE_PATH } from './target.js';

/**
 * The contract half of the harness: every Twilio-face response is judged by the vendored
 * twilio-oai spec of its operation, every CloudFran response by the OpenAPI document the target
 * itself publishes at `/api/v1/twilio/openapi.json`; the exact field set counts (src/contract).
 */

/** A body as the validator wants it: parsed JSON, undefined when empty, the text when not JSON. */
export function parseBody(text: string | null): unknown {
  if (text === null || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function checkTwilio(method: string, url: string, status: number, bodyText: string | null): ContractResult {
  const product = twilioTarget(url)?.product;
  const r = validateTwilioResponse({ method, url, status, body: parseBody(bodyText) });
  return { spec: product ? `twilio-oai ${product}` : 'twilio-oai', operationId: r.operationId, specPath: r.specPath, ok: r.ok, violations: r.violations };
}

/** One per run: the CloudFran document is fetched once per target and reused by every scenario. */
export class CloudFranContract {
  private readonly validators = new Map<string, Promise<{ validator: ResponseValidator; basePath: string } | { error: string }>>();

  constructor(private readonly fetchImpl: typeof fetch = fetch) {}

  docUrl(baseUrl: string): string {
    return `${baseUrl.replace(/\/$/, '')}${CLOUDFRAN_BASE_PATH}/openapi.json`;
  }

  private load(baseUrl: string) {
    let p = this.validators.get(baseUrl);
    if (!p) {
      const url = this.docUrl(baseUrl);
      p = (async () => {
        try {
          const res = await this.fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
          if (!res.ok) return { error: `no OpenAPI document at ${url} (HTTP ${res.status})` };
          const doc = (await res.json()) as { servers?: Array<{ url?: string }> };
          const server = doc.servers?.[0]?.url;
          const basePath = server ? new URL(server, baseUrl).pathname.replace(/\/$/, '') : CLOUDFRAN_BASE_PATH;
          // The CloudFran document is generated from zod schemas and states its own `required`
          // fields (and closes its objects), so it is judged as it declares itself; strict field
          // sets are for Twilio's specs, which mark nothing required although Twilio sends everything.
          return { validator: createResponseValidator(doc, { strictFields: false }), basePath };
        } catch (e) {
          return { error: `cannot read the OpenAPI document at ${url}: ${(e as Error).message}` };
        }
      })();
      this.validators.set(baseUrl, p);
    }
    return p;
  }

  async check(baseUrl: string, method: string, url: string, status: number, bodyText: string | null): Promise<ContractResult> {
    const spec = this.docUrl(baseUrl);
    const loaded = await this.load(baseUrl);
    if ('error' in loaded) return { spec, operationId: null, specPath: null, ok: false, violations: [{ instancePath: '', schemaPath: '', message: loaded.error }] };
    const pathname = new URL(url).pathname;
    const path = pathname.startsWith(loaded.basePath) ? pathname.slice(loaded.basePath.length) || '/' : pathname;
    const r = loaded.validator.validate({ method, path, status, body: parseBody(bodyText) });
    return { spec, operationId: r.operationId, specPath: r.specPath, ok: r.ok, violations: r.violations };
  }
}
