import type { ContractResult } from '../contract/report.js';
import { createResponseValidator, type ResponseValidator } from '../contract/openapi.js';
import { twilioTarget, validateTwilioResponse } from '../contract/twilio.js';
import { PACKAGE_VERSION } from '../paths.js';
import { birdRoutes, buildBirdOpenApi } from '../sim/bird/index.js';
import { BIRD_BASE_PATH, CLOUDFRAN_BASE_PATH } from './target.js';

/**
 * The contract half of the harness: every Twilio-face response is judged by the vendored
 * twilio-oai spec of its operation, every CloudFran and Bird response by the OpenAPI document the
 * target itself publishes (`/api/v1/twilio/openapi.json`, `/bird/openapi.json`); the exact field
 * set counts for Twilio (src/contract).
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

/**
 * A face that publishes its own OpenAPI document (CloudFran at `/api/v1/twilio/openapi.json`, Bird
 * at `/bird/openapi.json`): fetched once per target and reused by every scenario of the run.
 * `fallback` is the document this package ships, for a target that publishes none (Bird's own host).
 */
export class PublishedContract {
  private readonly validators = new Map<string, Promise<{ validator: ResponseValidator; basePath: string } | { error: string }>>();

  constructor(
    private readonly docPath: string,
    private readonly defaultBase: string,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly fallback?: () => unknown,
  ) {}

  /** `baseUrl` is the face's base on the target (CloudFran's `/api/v1/twilio`, Bird's `/bird`). */
  docUrl(baseUrl: string): string {
    return `${baseUrl.replace(/\/$/, '')}${this.docPath}`;
  }

  private load(baseUrl: string) {
    let p = this.validators.get(baseUrl);
    if (!p) {
      const url = this.docUrl(baseUrl);
      p = (async () => {
        try {
          const res = await this.fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
          if (!res.ok && this.fallback) {
            await res.body?.cancel();
            return { validator: createResponseValidator(this.fallback() as Parameters<typeof createResponseValidator>[0], { strictFields: false }), basePath: '' };
          }
          if (!res.ok) return { error: `no OpenAPI document at ${url} (HTTP ${res.status})` };
          const doc = (await res.json()) as { servers?: Array<{ url?: string }> };
          const server = doc.servers?.[0]?.url;
          const basePath = server ? new URL(server, baseUrl).pathname.replace(/\/$/, '') : this.defaultBase;
          // These documents are generated from zod schemas and state their own `required` fields
          // (and close their objects), so they are judged as they declare themselves; strict field
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
    const path = loaded.basePath && pathname.startsWith(loaded.basePath) ? pathname.slice(loaded.basePath.length) || '/' : pathname;
    const r = loaded.validator.validate({ method, path, status, body: parseBody(bodyText) });
    return { spec, operationId: r.operationId, specPath: r.specPath, ok: r.ok, violations: r.violations };
  }
}

/** CloudFran's document, at `/api/v1/twilio/openapi.json` of the target. */
export class CloudFranContract extends PublishedContract {
  constructor(fetchImpl: typeof fetch = fetch) {
    super('/openapi.json', CLOUDFRAN_BASE_PATH, fetchImpl);
  }

  override docUrl(baseUrl: string): string {
    return super.docUrl(`${baseUrl.replace(/\/$/, '')}${CLOUDFRAN_BASE_PATH}`);
  }
}

/** Bird's document, at `/bird/openapi.json` of a simulator; against Bird's own host, the one this package builds from the same routes. */
export class BirdContract extends PublishedContract {
  constructor(fetchImpl: typeof fetch = fetch) {
    super('/openapi.json', BIRD_BASE_PATH, fetchImpl, () => buildBirdOpenApi(birdRoutes, PACKAGE_VERSION));
  }
}
