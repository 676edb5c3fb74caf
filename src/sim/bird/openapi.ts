import { z } from 'zod';
import { birdEvents } from './events.js';
import { BIRD_BASE, ErrorBody, type BirdRoute } from './http.js';

/** The Bird face's OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

function fields(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({ name, schema: s, required: (js.required ?? []).includes(name) }));
}

const ERRORS: Record<number, string> = {
  401: 'Missing or malformed Authorization: AccessKey <key>',
  402: 'The workspace wallet cannot pay the charge',
  403: 'The access key has no access to this workspace',
  404: 'The resource does not exist in this workspace',
  409: 'The request conflicts with current state',
  422: 'The HTTP request is well-formed but was unable to be processed; details names the field',
};

/** A webhook event: the envelope Bird posts (`service`, `event`, `payload`, `createdAt`) around its payload. */
export interface BirdEventDoc {
  service: 'numbers' | 'channels';
  summary: string;
  payload: z.ZodType;
}

/** `events` defaults to every event a subscription may name, so every caller's document describes the deliveries. */
export function buildBirdOpenApi(routes: BirdRoute<any, any, any>[], version: string, events: Record<string, BirdEventDoc> = birdEvents) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [r.response.status]: { description: r.response.description, ...(r.response.schema ? { content: { 'application/json': { schema: jsonSchema(r.response.schema, 'output') } } } : {}) },
    };
    // Every route has path parameters, so a malformed one (422) and refused credentials (401, 403) can answer any of them.
    for (const s of new Set([...r.errors, 401, 403, 422])) responses[s] = { description: ERRORS[s], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      operationId:
        r.method +
        r.path
          .replace(/\{(\w+)\}/g, 'By-$1')
          .split(/[/-]/)
          .filter(Boolean)
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(''),
      summary: r.summary,
      tags: [r.tag],
      parameters: [...fields(r.params).map((f) => ({ in: 'path', ...f, required: true })), ...fields(r.query).map((f) => ({ in: 'query', ...f }))],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bird 10DLC API (a2p-sim)',
      version,
      description: "Bird's Numbers and 10DLC API (https://docs.bird.com/api) as a2p-sim simulates it. Every request needs Authorization: AccessKey <key>; workspaces are provisioned on first use.",
    },
    servers: [{ url: BIRD_BASE }],
    security: [{ AccessKey: [] }],
    components: {
      securitySchemes: { AccessKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'AccessKey <key>' } },
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
    },
    paths,
    // What a subscription receives (OpenAPI 3.1 `webhooks`), so a test can judge a delivery as it judges a response.
    webhooks: Object.fromEntries(
      Object.entries(events).map(([event, doc]) => [
        event,
        {
          post: {
            summary: doc.summary,
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: jsonSchema(z.object({ service: z.literal(doc.service), event: z.literal(event), payload: doc.payload, createdAt: z.string() }), 'output'),
                },
              },
            },
            responses: { 200: { description: 'Any 2xx acknowledges the delivery; anything else is retried' } },
          },
        },
      ]),
    ),
  };
}
