import { z } from 'zod';
import { CLOUDFRAN_BASE, ErrorBody, type CfRoute } from './http.js';

/**
 * The OpenAPI 3.1 document of the CloudFran face, generated from the same zod schemas the routes
 * validate with (zod's own JSON Schema output is draft 2020-12, which is what 3.1 uses).
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

function objectFields(schema: z.ZodType | undefined): Array<{ name: string; schema: Record<string, unknown>; required: boolean; description?: string }> {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, schema: rest, required: (js.required ?? []).includes(name), ...(typeof description === 'string' ? { description } : {}) };
  });
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request: invalid parameters, a tenantId that differs from X-Tenant-Id, or an operation the resource's state does not allow",
  401: 'Unauthorized: invalid or missing API key or tenant id',
  404: 'Not Found: the resource does not exist for this tenant',
};

export function buildOpenApi(routes: CfRoute<any, any, any>[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    if (r.authenticated === false) continue;
    const parameters = [
      { $ref: '#/components/parameters/TenantId' },
      ...objectFields(r.params).map((f) => ({ in: 'path', ...f, required: true })),
      ...objectFields(r.query).map((f) => ({ in: 'query', ...f })),
    ];
    const contentType = r.response.contentType ?? 'application/json';
    const responses: Record<string, unknown> = {
      [r.response.status]: { description: r.response.description, content: { [contentType]: { schema: jsonSchema(r.response.schema, 'output') } } },
    };
    for (const status of [...r.errors, 401]) responses[status] = { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      operationId: operationId(r),
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: [r.tag],
      parameters,
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'CloudFran Twilio & Compliance API (a2p-sim)',
      version,
      description:
        'CloudFran\'s wrapper API over Twilio (seed 000), served by a2p-sim on simulated Twilio state. Every request needs X-API-Key and X-Tenant-Id. Webhooks are signed: X-CloudFran-Signature = "sha256=" + hex HMAC-SHA256 of the raw body, keyed by the tenant\'s secret (GET /webhooks).',
    },
    servers: [{ url: CLOUDFRAN_BASE }],
    security: [{ ApiKey: [] }],
    components: {
      securitySchemes: { ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
      parameters: { TenantId: { name: 'X-Tenant-Id', in: 'header', required: true, description: 'Your tenant identifier', schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' } } },
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
    },
    paths,
  };
}

function operationId(r: CfRoute<any, any, any>): string {
  const words = r.path
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/^\{(\w+)\}$/, 'by-$1'))
    .join('-')
    .split(/[-_]/)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)));
  return r.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** The interactive docs page: Swagger UI, served from the package's own copy (works offline). */
export function docsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>CloudFran Twilio &amp; Compliance API — a2p-sim</title>
  <link rel="stylesheet" href="${CLOUDFRAN_BASE}/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${CLOUDFRAN_BASE}/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: '${CLOUDFRAN_BASE}/openapi.json',
      dom_id: '#swagger-ui',
      tryItOutEnabled: true,
      persistAuthorization: true,
    });
  </script>
</body>
</html>`;
}
