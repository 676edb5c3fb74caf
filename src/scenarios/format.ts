import { z } from 'zod';

/**
 * The scenario format: a journey described once as data (Prism's prose-first harness specs) and run
 * anywhere — the embedded simulator, a separately started one, or a real base URL.
 *
 * One source for both shapes: these zod schemas give the TypeScript types (`Scenario`, `Step`, for
 * journeys written as typed objects) and, through `z.toJSONSchema`, the JSON Schema that YAML and
 * JSON files are validated against with ajv (fixtures/scenarios/scenario.schema.json, for editors).
 * The README's "Scenario format" section documents every key.
 */

/** Messages for the patterns of the format, so a file error says what was expected rather than a regex. */
const ACCOUNT_KIND_HINT = 'must be twilio, cloudfran, bird or "subaccount of <account>"';

export const PATTERN_HINTS: Record<string, string> = {
  '^(twilio|cloudfran|bird|subaccount of [A-Za-z_][A-Za-z0-9_]*)$': ACCOUNT_KIND_HINT,
  '^(\\d+(\\.\\d+)?(ms|s|m|h|d|w))+$': 'must be a duration: seconds as a number, or a string such as "90s", "5m", "2h", "60d", "1h30m"',
  '^[A-Za-z_][A-Za-z0-9_]*$': 'must be a variable name (letters, digits and _, not starting with a digit)',
  '^[a-z0-9][a-z0-9-]*$': 'must be kebab-case (a-z, 0-9, -)',
};

/** `90`, `"90s"`, `"5m"`, `"2h"`, `"60d"`, `"1h30m"`, `"250ms"`: seconds when a number. */
export const Duration = z
  .union([z.number().nonnegative(), z.string().regex(/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/, 'must be a duration such as "90s", "5m", "2h", "60d" or "1h30m"')])
  .describe('A duration: seconds as a number, or a string such as "90s", "5m", "2h", "60d", "1h30m".');
export type Duration = z.infer<typeof Duration>;

const VarName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a variable name (letters, digits and _, not starting with a digit)');
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A form field: arrays are sent as repeated keys (`MessageSamples=a&MessageSamples=b`), objects as one JSON field (`Attributes`), as twilio-node does (FIDELITY §1). */
const FormValue = z.union([Scalar, z.array(z.union([Scalar, z.record(z.string(), z.unknown())])), z.record(z.string(), z.unknown())]);

/**
 * What a response (or a received webhook) must look like. Every key is optional and all given
 * ones must hold. Values are matchers: a literal (objects match partially, arrays item by item),
 * or an object of operators: `$matches` (regex), `$exists`, `$oneOf`, `$contains`, `$length`,
 * `$gt`/`$gte`/`$lt`/`$lte`, `$type`, `$eq` (exact), `$not`, `$any`.
 */
export const Expect = z
  .object({
    status: z
      .union([z.number().int(), z.array(z.number().int())])
      .optional()
      .describe('HTTP status, or a list of acceptable ones.'),
    body: z.unknown().optional().describe('Partial match of the JSON body.'),
    fields: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Path → matcher, e.g. `sid: {$matches: "^BU"}`, `results[requirement_name=customer_profile_address].passed: true`, `results.length: 4`.'),
    error: z
      .union([
        z.number().int(),
        z
          .object({
            code: z.number().int().optional(),
            status: z.number().int().optional(),
            message: z.unknown().optional(),
          })
          .strict(),
      ])
      .optional()
      .describe("Twilio's error code (a number), or {code, status, message}."),
    headers: z.record(z.string(), z.unknown()).optional().describe('Header name (any case) → matcher.'),
  })
  .strict();
export type Expect = z.infer<typeof Expect>;

/** Variable name → path into the response: `sid`, `results[0].sid`, `$status`, `$headers.location`. */
export const Capture = z.record(VarName, z.string());

/** A file in a multipart upload: its name and type, and its content as text, base64, or `size` bytes of filler. */
export const FilePart = z
  .object({
    $file: z
      .object({
        name: z.string(),
        type: z.string().describe('MIME type, e.g. image/png or application/pdf.'),
        text: z.string().optional(),
        base64: z.string().optional(),
        size: z.number().int().nonnegative().optional().describe('Bytes of filler when neither text nor base64 is given (default 1024).'),
      })
      .strict(),
  })
  .strict();
export type FilePart = z.infer<typeof FilePart>;

export const TwilioRequest = z
  .object({
    method: z.enum(['GET', 'POST', 'DELETE']).optional().describe('Default: POST when `form` is given, GET otherwise (operations bring their own).'),
    path: z.string().optional().describe('Simulator path with the product first: `/trusthub/v1/CustomerProfiles`, `/api/2010-04-01/Accounts/${account.sid}/Addresses.json`.'),
    operation: z.string().optional().describe('An operationId of the vendored specs, optionally qualified by product: `CreateCustomerProfile`, `trusthub.CreateEndUser`.'),
    pathParams: z.record(z.string(), Scalar).optional().describe('Values for the `{…}` of an operation path; `AccountSid` defaults to the account.'),
    query: z.record(z.string(), z.union([Scalar, z.array(Scalar)])).optional(),
    form: z.record(z.string(), FormValue).optional(),
    multipart: z
      .record(z.string(), z.union([FilePart, FormValue]))
      .optional()
      .describe('A multipart/form-data body instead of `form` (document uploads to numbers-upload); files as `{$file: {name, type, size}}`.'),
    headers: z.record(z.string(), z.string()).optional(),
    auth: z
      .union([z.boolean(), z.object({ username: z.string(), password: z.string() }).strict()])
      .optional()
      .describe("false sends no credentials; {username, password} sends those instead of the account's (e.g. a CloudFran tenant's Twilio account from GET /account)."),
  })
  .strict();
export type TwilioRequest = z.infer<typeof TwilioRequest>;

export const CloudFranRequest = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional().describe('Default: POST when `body` is given, GET otherwise.'),
    path: z.string().describe('Relative to the CloudFran base `/api/v1/twilio`: `/phone-numbers`, `/phone-numbers/${serviceId}/cancel`.'),
    query: z.record(z.string(), Scalar).optional(),
    body: z.unknown().optional().describe('JSON body.'),
    headers: z.record(z.string(), z.string()).optional(),
    auth: z.boolean().optional().describe('false sends no X-API-Key / X-Tenant-Id.'),
  })
  .strict();
export type CloudFranRequest = z.infer<typeof CloudFranRequest>;

/** A call to the Bird face (seed 002) as the workspace's `Authorization: AccessKey <key>`. */
export const BirdRequest = z
  .object({
    method: z.enum(['GET', 'POST', 'PATCH', 'DELETE']).optional().describe('Default: POST when `body` is given, GET otherwise.'),
    path: z.string().describe('Relative to the Bird base (`/bird` on a simulator, the root of api.bird.com): `/workspaces/${account.workspaceId}/tcr-brands`.'),
    query: z.record(z.string(), Scalar).optional(),
    body: z.unknown().optional().describe('JSON body.'),
    headers: z.record(z.string(), z.string()).optional(),
    auth: z.boolean().optional().describe('false sends no Authorization header.'),
  })
  .strict();
export type BirdRequest = z.infer<typeof BirdRequest>;

/** A GET whose expectation must hold; against a target without `/_sim` it is polled until it does. */
export const Assert = z
  .object({
    api: z.enum(['twilio', 'cloudfran', 'bird']).optional().describe('Default twilio (bird when the acting account is a Bird workspace).'),
    path: z.string().optional(),
    operation: z.string().optional(),
    pathParams: z.record(z.string(), Scalar).optional(),
    query: z.record(z.string(), z.union([Scalar, z.array(Scalar)])).optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Assert = z.infer<typeof Assert>;

export const Clock = z
  .object({
    advance: Duration.optional().describe('Move the simulated clock forward; everything that becomes due fires, in order.'),
    until: z
      .enum(['settled', 'next-day', 'next-month'])
      .optional()
      .describe(
        '`settled`: advance until nothing (but background work such as billing cycles) is pending. `next-day` / `next-month`: advance to 00:00 UTC of the next day / the first of the next month, so calendar-dependent journeys (monthly usage) start at a known point.',
      ),
  })
  .strict();
export type Clock = z.infer<typeof Clock>;

export const WaitFor = z
  .object({
    path: z.string().optional().describe("Path on the scenario's receiver (`${receiver.url}` + path); default: any."),
    where: z.record(z.string(), z.unknown()).optional().describe('Only requests matching these (path → matcher over {method, path, headers, form, json, body}) count.'),
    count: z.number().int().min(1).optional().describe('How many matching requests to wait for (default 1).'),
    timeout: Duration.optional().describe('Real time to wait (default 10s; against a target without /_sim, the poll timeout).'),
    verify: z
      .enum(['twilio', 'twilio-json', 'cloudfran', 'bird', 'none'])
      .optional()
      .describe(
        "Signature check of every matching request: X-Twilio-Signature over form params (`twilio`, the default for signed form bodies), over a JSON body with bodySHA256 (`twilio-json`, the default for signed JSON), X-CloudFran-Signature with `secret` (`cloudfran`), or messagebird-signature with the subscription's signingKey as `secret` (`bird`).",
      ),
    secret: z.string().optional().describe("The tenant's webhook secret for `verify: cloudfran` (from `GET /webhooks`), or the subscription's signingKey for `verify: bird`."),
  })
  .strict();
export type WaitFor = z.infer<typeof WaitFor>;

export const Control = z
  .object({
    override: z
      .object({
        sid: z.string(),
        outcome: z.string(),
        reason: z.string().optional(),
        code: z.number().int().optional(),
        fields: z.array(z.string()).optional(),
      })
      .strict()
      .optional()
      .describe("Force the outcome of a resource's next review (`/_sim/overrides`)."),
    clearOverride: z.string().optional().describe('Drop the forced outcomes of a SID.'),
    call: z
      .object({
        method: z.enum(['GET', 'POST', 'DELETE']).optional().describe('Default: POST when `body` is given, GET otherwise.'),
        path: z.string().describe('Under /_sim, e.g. `/a2p/brands/${brand}/otp` or `/a2p/fees`.'),
        body: z.unknown().optional().describe('JSON body.'),
      })
      .strict()
      .optional()
      .describe("Any other `/_sim` endpoint of the scenario's account (a face's own controls, such as the sole proprietor's OTP reply); may have `expect` and `capture`."),
  })
  .strict();
export type Control = z.infer<typeof Control>;

export const Step = z
  .object({
    name: z.string().optional(),
    as: VarName.optional().describe('Which of the scenario accounts acts (default: the first).'),
    request: TwilioRequest.optional(),
    cloudfran: CloudFranRequest.optional(),
    bird: BirdRequest.optional(),
    assert: Assert.optional(),
    clock: Clock.optional(),
    waitFor: WaitFor.optional(),
    control: Control.optional(),
    include: z.string().optional().describe('A fragment of fixtures/scenarios/fragments/ whose steps are spliced in here.'),
    with: z.record(z.string(), z.unknown()).optional().describe('Parameters of an included fragment.'),
    set: z.record(VarName, z.unknown()).optional().describe('Set variables (interpolated).'),
    expect: Expect.optional(),
    capture: Capture.optional(),
    timeout: Duration.optional().describe('For assert steps against a live target: how long to poll.'),
  })
  .strict();
export type Step = z.infer<typeof Step>;

/** The actions a step may carry; exactly one per step. */
export const ACTIONS = ['request', 'cloudfran', 'bird', 'assert', 'clock', 'waitFor', 'control', 'include', 'set'] as const;
export type Action = (typeof ACTIONS)[number];

/** `twilio` (an account), `cloudfran` (a tenant), `bird` (a Bird workspace) or `subaccount of <name>` (a Twilio subaccount the named account creates at set-up). */
export const AccountKind = z.string().regex(/^(twilio|cloudfran|bird|subaccount of [A-Za-z_][A-Za-z0-9_]*)$/, ACCOUNT_KIND_HINT);
export type PartyKind = 'twilio' | 'cloudfran' | 'bird';
export const SUBACCOUNT_OF = /^subaccount of ([A-Za-z_][A-Za-z0-9_]*)$/;

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
    title: z.string(),
    description: z.string().optional(),
    source: z.string().optional().describe('Where the journey comes from (seed and section).'),
    tags: z.array(z.string()).optional(),
    requires: z.array(z.string()).optional().describe('Faces the journey needs (names from src/sim/faces.ts).'),
    accounts: z
      .record(VarName, AccountKind)
      .optional()
      .describe(
        'The parties of the journey: name → twilio (an account), cloudfran (a tenant), bird (a Bird workspace: `${account.workspaceId}`, `${account.organizationId}`) or "subaccount of <name>" (a subaccount that Twilio account creates before the first step; steps `as:` it use its own credentials). Default {main: twilio}.',
      ),
    vars: z.record(VarName, z.unknown()).optional(),
    steps: z.array(Step).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;

/** A reusable run of steps, included with `include: <name>` and `with: {…}`. */
export const Fragment = z
  .object({
    $schema: z.string().optional(),
    fragment: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
    description: z.string().optional(),
    params: z.array(VarName).optional().describe('Parameters the includer must give in `with`.'),
    steps: z.array(Step).min(1),
  })
  .strict();
export type Fragment = z.infer<typeof Fragment>;

/** The JSON Schema of scenario files (draft 2020-12), generated from the zod schemas above. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([Scenario, Fragment]), { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'a2p-sim scenario or fragment', ...schema };
}

/** Step and scenario JSON Schemas separately, so errors can be reported per step. */
export function stepJsonSchemas() {
  const opts = { target: 'draft-2020-12', unrepresentable: 'any' } as const;
  return {
    scenario: z.toJSONSchema(Scenario.extend({ steps: z.array(z.unknown()).min(1) }), opts) as Record<string, unknown>,
    fragment: z.toJSONSchema(Fragment.extend({ steps: z.array(z.unknown()).min(1) }), opts) as Record<string, unknown>,
    step: z.toJSONSchema(Step, opts) as Record<string, unknown>,
  };
}

// ---- durations ------------------------------------------------------------------------------

const SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

export function durationSeconds(d: Duration): number {
  if (typeof d === 'number') return d;
  let total = 0;
  for (const m of d.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * SECONDS[m[2]!]!;
  return total;
}

export function formatDuration(seconds: number): string {
  if (seconds >= 86_400 && seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
