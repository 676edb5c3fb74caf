/**
 * Compliance evaluation, provider-neutral: compares what is attached to a bundle (TrustHub
 * CustomerProfile / TrustProduct, Numbers v2 Bundle) with the requirements of its policy or
 * regulation, in Twilio's wire shape, and returns Twilio's `results[]` (FIDELITY §3 "Evaluations").
 */

export interface FieldCheck {
  friendly_name: string;
  object_field: string;
  failure_reason: string | null;
  error_code: number | null;
  passed: boolean;
}

export interface RequirementResult {
  friendly_name: string;
  object_type: string;
  passed: boolean;
  failure_reason: string | null;
  error_code: number | null;
  valid: FieldCheck[];
  invalid: FieldCheck[];
  requirement_friendly_name: string;
  requirement_name: string;
}

/** A field as Numbers v2 Regulations describe it (`detailed_fields`); `constraint` only with IncludeConstraints, '' for an optional field. */
export interface DetailedField {
  machine_name: string;
  friendly_name: string;
  description?: string;
  constraint?: string;
}

/** The requirements block of a TrustHub Policy or a Numbers v2 Regulation, as served. */
export interface WireRequirements {
  end_user: Array<{ name: string; type: string; requirement_name: string; fields: string[]; detailed_fields?: DetailedField[]; url?: string }>;
  supporting_document: Array<
    Array<{
      name: string;
      type: string;
      requirement_name: string;
      description?: string;
      accepted_documents: Array<{ name: string; type: string; fields: string[]; detailed_fields?: DetailedField[]; url?: string }>;
    }>
  >;
  supporting_customer_profiles?: Array<{ name: string; type: string; requirement_name: string }>;
  supporting_trust_products?: Array<{ name: string; type: string; requirement_name: string }>;
}

/** What the wire shape cannot say (fixtures' `x-sim`). */
export interface EvaluationRules {
  optional_requirements?: string[];
  optional_fields?: Record<string, string[]>;
  conditional_fields?: Record<string, Array<{ when: { field: string; equals: string }; require: string[] }>>;
  /** Per requirement name: document fields that must equal the same field of the bundle's end user (Numbers v2 evaluations). */
  matching_fields?: Record<string, string[]>;
}

/** An item attached to the bundle, reduced to what evaluation needs. */
export type AttachedItem =
  | { kind: 'end_user'; sid: string; type: string; attributes: Record<string, unknown> }
  | { kind: 'document'; sid: string; type: string; attributes: Record<string, unknown> }
  | { kind: 'bundle'; sid: string; type: string; status: string };

export interface EvaluationEnv {
  /** Friendly name of a field of an end-user or document type ("Business Name"). */
  fieldName: (type: string, field: string) => string;
  /** Whether an Address SID exists in the account (documents refer to addresses by SID). */
  addressExists: (sid: string) => boolean;
}

export interface Evaluation {
  status: 'compliant' | 'noncompliant';
  results: RequirementResult[];
}

/** Evaluation error codes (FIDELITY §3): missing end user, missing field, missing document, document field, address. */
export const EvalCode = { EndUserMissing: 22214, EndUserField: 22215, DocumentMissing: 22216, DocumentField: 22217, AddressMissing: 22219 } as const;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164_RE = /^\+[1-9]\d{6,14}$/;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** Field values that are present but cannot be right; the reason is reported like a missing field. */
function fieldProblem(field: string, value: unknown): string | null {
  const s = typeof value === 'string' ? value.trim() : value;
  if (/email$/.test(field) && typeof s === 'string' && !EMAIL_RE.test(s)) return 'is not a valid email address';
  if (/(^|_)phone_number$/.test(field) && typeof s === 'string' && !E164_RE.test(s)) return 'is not a phone number in E.164 format (e.g. +14155550100)';
  if (field === 'website_url' && typeof s === 'string' && !/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(s)) return 'is not a valid http(s) URL';
  return null;
}

function pass(friendly: string, field: string): FieldCheck {
  return { friendly_name: friendly, object_field: field, failure_reason: null, error_code: null, passed: true };
}

function fail(friendly: string, field: string, reason: string, code: number): FieldCheck {
  return { friendly_name: friendly, object_field: field, failure_reason: reason, error_code: code, passed: false };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'An' : 'A';
}

function requiredFields(type: string, fields: string[], attrs: Record<string, unknown> | undefined, rules: EvaluationRules): string[] {
  const optional = new Set(rules.optional_fields?.[type] ?? []);
  for (const cond of rules.conditional_fields?.[type] ?? []) {
    if (attrs && String(attrs[cond.when.field] ?? '').toLowerCase() === cond.when.equals) for (const f of cond.require) optional.delete(f);
  }
  return fields.filter((f) => !optional.has(f));
}

interface FieldOptions {
  /** Friendly names the requirement itself gives (Numbers v2 `detailed_fields`), before the type catalogue's. */
  detailed?: DetailedField[];
  /** Values this document must repeat exactly (the end user's), by field. */
  mustMatch?: Record<string, unknown>;
  /** The end user's requirement name, for the mismatch message. */
  matchedWith?: string;
}

function checkFields(type: string, typeName: string, fields: string[], attrs: Record<string, unknown> | undefined, env: EvaluationEnv, code: number, opts: FieldOptions = {}) {
  const valid: FieldCheck[] = [];
  const invalid: FieldCheck[] = [];
  for (const field of fields) {
    const friendly = opts.detailed?.find((d) => d.machine_name === field)?.friendly_name ?? env.fieldName(type, field);
    const value = attrs?.[field];
    const expected = opts.mustMatch?.[field];
    if (expected !== undefined && !isBlank(expected) && (isBlank(value) || String(value).trim().toLowerCase() !== String(expected).trim().toLowerCase())) {
      // As Twilio words it (numbers v2 Evaluations example): a document must repeat the end user's value exactly.
      invalid.push(
        fail(
          friendly,
          field,
          `The ${friendly} is missing. Or, it does not match the ${friendly} you entered within ${opts.matchedWith ?? 'the End-User'} information. Please enter in the ${friendly} shown on the ${typeName} or make sure both ${friendly} fields use the same exact inputs.`,
          code,
        ),
      );
      continue;
    }
    if (isBlank(value)) {
      if (field === 'address_sids') invalid.push(fail(friendly, field, `The Address is missing. Please enter in the address shown on the ${typeName}.`, EvalCode.AddressMissing));
      else invalid.push(fail(friendly, field, `The ${friendly} is missing. Please enter in a ${friendly} on the ${typeName}.`, code));
      continue;
    }
    if (field === 'address_sids') {
      const sids = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
      const missing = sids.filter((sid) => !env.addressExists(sid));
      if (missing.length) invalid.push(fail(friendly, field, `The Address ${missing.join(', ')} does not exist. Please create the Address and reference its SID.`, EvalCode.AddressMissing));
      else valid.push(pass(friendly, field));
      continue;
    }
    const problem = fieldProblem(field, value);
    if (problem) invalid.push(fail(friendly, field, `The ${friendly} ${problem}. Please correct it on the ${typeName}.`, code));
    else valid.push(pass(friendly, field));
  }
  return { valid, invalid };
}

export function evaluate(reqs: WireRequirements, rules: EvaluationRules, items: AttachedItem[], env: EvaluationEnv): Evaluation {
  const results: RequirementResult[] = [];
  const optionalReqs = new Set(rules.optional_requirements ?? []);

  for (const req of reqs.end_user) {
    const item = items.find((i) => i.kind === 'end_user' && i.type === req.type) as Extract<AttachedItem, { kind: 'end_user' }> | undefined;
    if (!item && optionalReqs.has(req.requirement_name)) continue;
    const fields = requiredFields(req.type, req.fields, item?.attributes, rules);
    const { valid, invalid } = checkFields(req.type, req.name, fields, item?.attributes, env, EvalCode.EndUserField, req.detailed_fields ? { detailed: req.detailed_fields } : {});
    const missing = !item;
    const passed = !missing && invalid.length === 0;
    results.push({
      friendly_name: req.name,
      object_type: req.type,
      passed,
      failure_reason: missing
        ? `${article(req.name)} ${req.name} End-User is missing. Please add one to the regulatory bundle.`
        : passed
          ? null
          : `The ${req.name} End-User is incomplete. Please correct the fields listed as invalid.`,
      error_code: missing ? EvalCode.EndUserMissing : passed ? null : EvalCode.EndUserField,
      valid,
      invalid,
      requirement_friendly_name: req.name,
      requirement_name: req.requirement_name,
    });
  }

  // Outer list: every group is needed; inner list: alternative requirements; accepted_documents: alternative types.
  for (const group of reqs.supporting_document) {
    if (group.length === 0) continue;
    let chosen: { req: (typeof group)[number]; doc: (typeof group)[number]['accepted_documents'][number]; item: Extract<AttachedItem, { kind: 'document' }> } | undefined;
    for (const req of group) {
      for (const doc of req.accepted_documents) {
        const item = items.find((i) => i.kind === 'document' && i.type === doc.type) as Extract<AttachedItem, { kind: 'document' }> | undefined;
        if (item && !chosen) chosen = { req, doc, item };
      }
    }
    const req = chosen?.req ?? group[0]!;
    if (!chosen && optionalReqs.has(req.requirement_name)) continue;
    const doc = chosen?.doc ?? req.accepted_documents[0];
    const fields = doc ? requiredFields(doc.type, doc.fields, chosen?.item.attributes, rules) : [];
    const matching = rules.matching_fields?.[req.requirement_name] ?? [];
    const endUser = matching.length ? (items.find((i) => i.kind === 'end_user') as Extract<AttachedItem, { kind: 'end_user' }> | undefined) : undefined;
    const opts: FieldOptions = {
      ...(doc?.detailed_fields ? { detailed: doc.detailed_fields } : {}),
      ...(endUser ? { mustMatch: Object.fromEntries(matching.map((f) => [f, endUser.attributes[f]])), matchedWith: reqs.end_user.find((e) => e.type === endUser.type)?.name ?? endUser.type } : {}),
    };
    const { valid, invalid } = checkFields(doc?.type ?? req.type, doc?.name ?? req.name, fields, chosen?.item.attributes, env, EvalCode.DocumentField, opts);
    const passed = !!chosen && invalid.length === 0;
    const docName = doc?.name ?? req.name;
    results.push({
      friendly_name: docName,
      object_type: doc?.type ?? req.type,
      passed,
      failure_reason: !chosen
        ? `${article(docName)} ${docName} is missing. Please add one to the regulatory bundle.`
        : passed
          ? null
          : `The ${docName} is incomplete. Please correct the fields listed as invalid.`,
      error_code: !chosen ? EvalCode.DocumentMissing : passed ? null : (invalid[0]?.error_code ?? EvalCode.DocumentField),
      valid,
      invalid,
      requirement_friendly_name: req.name,
      requirement_name: req.requirement_name,
    });
  }

  // Supporting bundles, grouped by requirement name: entries sharing a name are alternatives.
  const bundleReqs = [...(reqs.supporting_customer_profiles ?? []), ...(reqs.supporting_trust_products ?? [])];
  const groups = new Map<string, typeof bundleReqs>();
  for (const r of bundleReqs) groups.set(r.requirement_name, [...(groups.get(r.requirement_name) ?? []), r]);
  for (const [name, alternatives] of groups) {
    const accepted = new Set(alternatives.map((a) => a.type));
    const item = items.find((i) => i.kind === 'bundle' && accepted.has(i.type)) as Extract<AttachedItem, { kind: 'bundle' }> | undefined;
    const first = alternatives[0]!;
    const label = 'Supporting Bundle Status';
    let check: FieldCheck;
    if (!item) check = fail(label, 'bundle_sid', `The ${first.name} is missing. Please assign it to this bundle.`, EvalCode.DocumentMissing);
    else if (item.status === 'twilio-rejected') check = fail(label, 'bundle_sid', `The ${first.name} ${item.sid} was rejected. Please fix and resubmit it.`, EvalCode.DocumentField);
    else check = pass(label, 'bundle_sid');
    results.push({
      friendly_name: first.name,
      object_type: item?.type ?? first.type,
      passed: check.passed,
      failure_reason: check.failure_reason,
      error_code: check.error_code,
      valid: check.passed ? [check] : [],
      invalid: check.passed ? [] : [check],
      requirement_friendly_name: first.name.replace(/ Bundle$/, ''),
      requirement_name: name,
    });
  }

  return { status: results.every((r) => r.passed) ? 'compliant' : 'noncompliant', results };
}
