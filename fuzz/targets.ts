import { createApp } from '../src/sim/server.js';
import { builtinFaces } from '../src/sim/faces.js';
import { Simulator } from '../src/sim/engine/simulator.js';
import type { Face } from '../src/sim/engine/resource.js';
import { loadTwilioSpec, TWILIO_PRODUCTS, type TwilioProduct } from '../src/contract/twilio.js';
import type { Schema } from './values.js';

/**
 * What the fuzzer aims at: every route the simulator's app mounts, described by the vendored Twilio
 * specs (parameters and form bodies), CloudFran's OpenAPI document, or, for `/_sim`, by the README
 * (fuzz/control.ts). Routes are read from the app itself, so a route added later is fuzzed without
 * editing this list.
 */

export interface Param {
  name: string;
  schema?: Schema | undefined;
  required: boolean;
}

export type FaceKind = 'twilio' | 'cloudfran' | 'control' | 'admin';

export interface Target {
  face: FaceKind;
  method: string;
  /** `/trusthub/v1/CustomerProfiles/{Sid}`: the route as reports name it (spec-style parameters). */
  template: string;
  product?: TwilioProduct;
  pathParams: Param[];
  query: Param[];
  /** Form parameters (Twilio faces). */
  form?: Param[];
  /** JSON body schema (CloudFran, and the few Twilio operations that take JSON). */
  json?: Schema;
  /** True when no spec describes the route (its parameters are guessed from the path). */
  bare?: boolean;
}

interface SpecOperation {
  parameters?: Array<{
    $ref?: string;
    name?: string;
    in?: string;
    schema?: Schema;
    required?: boolean;
  }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

type Doc = {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** Follows `#/components/...` references (one document), recursively into properties and items. */
function deref<T>(doc: Doc, value: T, depth = 0): T {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  const ref = (value as { $ref?: string }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let node: unknown = doc;
    for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
    return deref(doc, node as T, depth + 1);
  }
  if (Array.isArray(value)) return value.map((v) => deref(doc, v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'properties' || k === 'items' || k === 'schema' || k === 'anyOf' || k === 'oneOf' ? deref(doc, v, depth + 1) : v;
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties as object).map(([k, v]) => [k, deref(doc, v, depth + 1)]));
  return out as T;
}

/** A route shape both sides can be compared on: parameters as `*`, no `.json`. */
function shape(path: string): string {
  return path.replace(/\.json$/, '').replace(/\{[^}]+\}|:[A-Za-z_]\w*/g, '*');
}

function paramsOf(doc: Doc, op: SpecOperation, where: 'path' | 'query'): Param[] {
  const out: Param[] = [];
  for (const raw of op.parameters ?? []) {
    const p = deref(doc, raw);
    if (p.in === where && p.name)
      out.push({
        name: p.name,
        schema: p.schema,
        required: p.required === true,
      });
  }
  return out;
}

function bodyOf(doc: Doc, op: SpecOperation): Pick<Target, 'form' | 'json'> {
  const content = op.requestBody?.content ?? {};
  const form = content['application/x-www-form-urlencoded']?.schema;
  if (form) {
    const s = deref(doc, form);
    const required = new Set(s.required ?? []);
    return {
      form: Object.entries(s.properties ?? {}).map(([name, schema]) => ({
        name,
        schema,
        required: required.has(name),
      })),
    };
  }
  const json = content['application/json']?.schema;
  return json ? { json: deref(doc, json) } : {};
}

/** Every `METHOD path` the app mounts (middleware-only `ALL` entries left out). */
export async function mountedRoutes(faces: Face[] = builtinFaces()): Promise<Array<{ method: string; path: string }>> {
  // A throwaway simulator: reading the route table must not touch the one being fuzzed.
  const sim = await Simulator.create({ faces, clock: { frozen: true } });
  try {
    const app = createApp(sim);
    const seen = new Set<string>();
    const routes: Array<{ method: string; path: string }> = [];
    for (const r of app.routes) {
      const key = `${r.method} ${r.path}`;
      if (r.method === 'ALL' || seen.has(key)) continue;
      seen.add(key);
      routes.push({ method: r.method, path: r.path });
    }
    return routes;
  } finally {
    await sim.close();
  }
}

const CF_BASE = '/api/v1/twilio';

/** The targets of one simulator: its mounted routes, described by whichever document covers them. */
export function buildTargets(routes: Array<{ method: string; path: string }>, cloudfranDoc: Doc): Target[] {
  const targets: Target[] = [];
  const covered = new Set<string>();
  const mounted = new Set(routes.map((r) => `${r.method} ${shape(r.path)}`));

  for (const product of TWILIO_PRODUCTS) {
    const doc = loadTwilioSpec(product) as Doc;
    for (const [specPath, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method] as SpecOperation | undefined;
        if (!op) continue;
        const template = `/${product}${specPath}`;
        const key = `${method.toUpperCase()} ${shape(template)}`;
        // Only what the simulator serves: the rest of the spec is one 404 path, fuzzed as junk paths.
        if (!mounted.has(key) || covered.has(key)) continue;
        covered.add(key);
        targets.push({
          face: 'twilio',
          method: method.toUpperCase(),
          template,
          product,
          pathParams: paramsOf(doc, op, 'path'),
          query: paramsOf(doc, op, 'query'),
          ...bodyOf(doc, op),
        });
      }
    }
  }

  for (const [p, item] of Object.entries(cloudfranDoc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as SpecOperation | undefined;
      if (!op) continue;
      const template = `${CF_BASE}${p}`;
      covered.add(`${method.toUpperCase()} ${shape(template)}`);
      targets.push({
        face: 'cloudfran',
        method: method.toUpperCase(),
        template,
        pathParams: paramsOf(cloudfranDoc, op, 'path'),
        query: paramsOf(cloudfranDoc, op, 'query'),
        ...bodyOf(cloudfranDoc, op),
      });
    }
  }

  // Whatever no document describes: the control plane, the admin API, the dashboard, and any face route without a spec operation.
  for (const r of routes) {
    const key = `${r.method} ${shape(r.path)}`;
    if (covered.has(key)) continue;
    covered.add(key);
    const template = r.path.replace(/:([A-Za-z_]\w*)/g, '{$1}').replace(/\*$/, '{rest}');
    const pathParams = [...template.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1]!,
      required: true,
    }));
    const face: FaceKind = r.path.startsWith('/_sim/admin') ? 'admin' : r.path.startsWith('/_sim') ? 'control' : r.path.startsWith(CF_BASE) ? 'cloudfran' : 'twilio';
    const product = face === 'twilio' ? (TWILIO_PRODUCTS.find((p) => r.path.startsWith(`/${p}/`)) ?? undefined) : undefined;
    targets.push({
      face,
      method: r.method,
      template,
      ...(product ? { product } : {}),
      pathParams,
      query: [],
      bare: true,
    });
  }
  return targets;
}
