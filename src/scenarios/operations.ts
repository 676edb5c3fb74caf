import { loadTwilioSpec, type TwilioProduct } from '../contract/twilio.js';

/**
 * Twilio operations by operationId, from the vendored specs, so a step can say
 * `operation: CreateCustomerProfile` instead of spelling the path. Five products have specs of
 * their own (numbers-upload shares the Numbers document).
 */
const PRODUCTS_WITH_SPECS: readonly TwilioProduct[] = ['trusthub', 'messaging', 'numbers', 'api', 'events'];
const METHODS = ['get', 'post', 'delete'] as const;

export interface SpecOperation {
  product: TwilioProduct;
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** The spec's path template, e.g. `/v1/CustomerProfiles/{Sid}`. */
  template: string;
}

/** Built once per process from immutable files; a pure function of the vendored specs. */
let index: Map<string, SpecOperation[]> | undefined;

function buildIndex(): Map<string, SpecOperation[]> {
  const out = new Map<string, SpecOperation[]>();
  for (const product of PRODUCTS_WITH_SPECS) {
    const paths = (loadTwilioSpec(product) as { paths: Record<string, Record<string, { operationId?: string }>> }).paths;
    for (const [template, ops] of Object.entries(paths)) {
      for (const m of METHODS) {
        const id = ops[m]?.operationId;
        if (!id) continue;
        const list = out.get(id) ?? [];
        list.push({ product, operationId: id, method: m.toUpperCase() as SpecOperation['method'], template });
        out.set(id, list);
      }
    }
  }
  return out;
}

/** `CreateCustomerProfile` or `trusthub.CreateEndUser`; throws with the candidates when unknown or ambiguous. */
export function findOperation(name: string): SpecOperation {
  index ??= buildIndex();
  const dot = name.indexOf('.');
  const product = dot > 0 ? name.slice(0, dot) : undefined;
  const id = dot > 0 ? name.slice(dot + 1) : name;
  const all = index.get(id) ?? [];
  const found = product ? all.filter((o) => o.product === product) : all;
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new Error(`operation ${name} is in several specs; qualify it: ${found.map((o) => `${o.product}.${o.operationId}`).join(' or ')}`);
  const near = [...index.keys()].filter((k) => k.toLowerCase().includes(id.toLowerCase().replace(/^(create|fetch|list|update|delete)/, ''))).slice(0, 5);
  throw new Error(`operation ${name} is not in the vendored specs${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
}

/** The simulator path (product first) of an operation with its `{…}` filled. */
export function operationPath(op: SpecOperation, params: Record<string, string>): string {
  const filled = op.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`operation ${op.operationId} needs path parameter ${name} (give it in pathParams)`);
    return encodeURIComponent(v);
  });
  return `/${op.product}${filled}`;
}
