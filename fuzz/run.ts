import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { DEFAULT_CLOUDFRAN_API_KEY } from '../src/sim/cloudfran/tenant.js';
import type { Face } from '../src/sim/engine/resource.js';
import { builtinFaces } from '../src/sim/faces.js';
import { DEFAULT_MAX_BODY_BYTES } from '../src/sim/server.js';
import { startSimulator, type RunningSimulator } from '../src/sim/start.js';
import { Pool } from './pool.js';
import { requestFor, strayRequest, type FuzzRequest, type Identities } from './requests.js';
import { buildTargets, mountedRoutes, type Target } from './targets.js';
import { setupRequests } from './setup.js';

/**
 * `npm run fuzz`: hostile requests over every route of an in-process simulator, bounded by count and
 * time. The simulator must answer each with something other than a 5xx, and still be healthy at the
 * end (README "Fuzzing").
 */

export interface FuzzOptions {
  /** Requests to send (after the set-up requests). Default 10,000. */
  runs?: number;
  /** Stop sending after this many seconds, whatever `runs` says. Default 600. */
  seconds?: number;
  /** fast-check's seed: the same seed generates the same requests. Default: random (printed). */
  seed?: number;
  /** Requests in flight at once. Default 8; 1 makes a run reproducible request for request. */
  concurrency?: number;
  /** A request unanswered after this long counts as a failure. Default 15 s. */
  timeoutMs?: number;
  /** Called every `progressEvery` requests (the command prints a line). */
  onProgress?: (sent: number, elapsedMs: number) => void;
  progressEvery?: number;
  /** The simulator's faces (default: the built-in ones); their routes are found and fuzzed the same way. */
  faces?: Face[];
}

export interface Finding {
  /** Route and message with ids blanked: the same bug reached twice is one finding. */
  key: string;
  count: number;
  status: number | null;
  route: string;
  variant: string[];
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  response: string;
}

export interface FuzzReport {
  seed: number;
  sent: number;
  setupSent: number;
  durationMs: number;
  stoppedBy: 'runs' | 'seconds';
  byClass: Record<string, number>;
  byStatus: Record<string, number>;
  serverErrors: number;
  /** Requests that got no HTTP answer at all (reset connection, timeout). */
  unanswered: number;
  /** Errors nothing caught (uncaughtException, unhandledRejection) while the simulator ran in this process. */
  crashes: number;
  /** 5xx answers, unanswered requests and crashes, deduplicated. */
  findings: Finding[];
  routes: { total: number; reached: number; succeeded: number };
  healthy: boolean;
  health: string;
}

/** Loopback only: the fuzzer hands out callback URLs, and the simulator must never deliver one off the machine. */
const loopbackFetch: typeof fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new TypeError('fetch failed', {
      cause: new Error(`The fuzzer keeps deliveries on loopback; ${url.hostname} was not called.`),
    });
  }
  return fetch(input, init);
};

const ACCOUNTS = [1, 2, 3].map((n) => ({
  sid: `AC${'f0'.repeat(15)}${n.toString(16).padStart(2, '0')}`,
  token: `fuzz-token-${n}`,
}));
const TENANTS = ['fuzz-tenant-1', 'fuzz-tenant-2'];
const VICTIM_ACCOUNT = { sid: `AC${'ba'.repeat(16)}`, token: 'fuzz-victim' };
const FAULT_ACCOUNT = { sid: `AC${'fa'.repeat(16)}`, token: 'fuzz-faults' };
const FAULT_TENANT = 'fuzz-faults';
/** Just over the server's body limit (README "Running the simulator": a larger body is a 413 before it is read). */
const OVERSIZED_BYTES = DEFAULT_MAX_BODY_BYTES + 1024;

interface Answer {
  status: number | null;
  text: string;
  error?: string;
}

function twilioHostProduct(req: FuzzRequest): string | undefined {
  return /^([a-z-]+)\.twilio\.com$/.exec(req.headers.host ?? '')?.[1];
}

/** The collection a 2xx answered from: the path sent, without the item segment when the route names an item. */
function collectionPath(req: FuzzRequest, sentPath: string): string {
  const product = twilioHostProduct(req);
  const q = sentPath.indexOf('?');
  const path = (product ? `/${product}` : '') + (q < 0 ? sentPath : sentPath.slice(0, q));
  return /\}(?:\.json)?$/.test(req.route) ? path.slice(0, path.replace(/\/+$/, '').lastIndexOf('/')) : path;
}

function send(agent: Agent, port: number, req: FuzzRequest, pool: Pool, timeoutMs: number): Promise<Answer & { sentBody: string; sentPath: string }> {
  // On a Twilio host the path has no /<product> prefix; placeholders are filled as if it had (the pool keys paths with it).
  const product = twilioHostProduct(req);
  const path = product ? pool.fill(req.identity, `/${product}${req.path}`).slice(product.length + 1) : pool.fill(req.identity, req.path);
  const body = typeof req.body === 'string' ? Buffer.from(pool.fill(req.identity, req.body), 'utf8') : req.body ? Buffer.from(req.body) : undefined;
  const headers: Record<string, string> = {};
  // Node refuses header values outside Latin-1: send a value's UTF-8 bytes as Latin-1 characters, as a raw client would.
  for (const [k, v] of Object.entries(req.headers))
    headers[k] = Buffer.from(v, 'utf8')
      .toString('latin1')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips.
      .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
  if (body) headers['content-length'] = String(body.length);
  const sentBody = body ? body.subarray(0, 600).toString('utf8') + (body.length > 600 ? `… (${body.length} bytes)` : '') : '';
  return new Promise((resolve) => {
    let done = false;
    const finish = (a: Answer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...a, sentBody, sentPath: path });
    };
    let r: ReturnType<typeof httpRequest>;
    try {
      r = httpRequest({ host: '127.0.0.1', port, method: req.method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < 131_072) chunks.push(c);
          size += c.length;
        });
        res.on('end', () =>
          finish({
            status: res.statusCode ?? null,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (e) =>
          finish({
            status: res.statusCode ?? null,
            text: '',
            error: e.message,
          }),
        );
      });
    } catch (e) {
      // The client itself refused the request (a path Node will not write): nothing reached the server.
      resolve({
        status: -1,
        text: '',
        error: e instanceof Error ? e.message : String(e),
        sentBody,
        sentPath: path,
      });
      return;
    }
    const timer = setTimeout(() => {
      finish({
        status: null,
        text: '',
        error: `no answer within ${timeoutMs} ms`,
      });
      r.destroy();
    }, timeoutMs);
    r.on('error', (e) => finish({ status: null, text: '', error: e.message }));
    r.end(body);
  });
}

function blank(text: string): string {
  return text
    .replace(/\b[A-Z]{2}[0-9a-f]{32}\b/g, 'XX…')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

/** The message of an error body, whatever the face's shape. */
function messageOf(text: string): string {
  try {
    const j = JSON.parse(text) as { message?: unknown };
    if (typeof j.message === 'string') return j.message;
  } catch {
    // not JSON: the text itself
  }
  return text;
}

async function health(url: string): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await fetch(`${url}/_sim/health`, {
      signal: AbortSignal.timeout(5000),
    });
    const text = await res.text();
    const ok = res.status === 200 && (JSON.parse(text) as { ok?: unknown }).ok === true;
    return { ok, detail: `${res.status} ${text.slice(0, 200)}` };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

const RESET_ALL = 'POST /_sim/admin/reset';
const SETUP_EVERY = 1000;

/**
 * The request generator: a target, then a request for it. Resets and deletions of whole accounts
 * would wipe the set-up for the rest of the run, so they address the last account and tenant only,
 * and resetting everything is very rare (the set-up is sent again after it).
 */
function generator(targets: Target[], ids: Identities): fc.Arbitrary<FuzzRequest> {
  const sacrificial: Identities = {
    ...ids,
    accounts: ids.accounts.slice(-1),
    tenants: ids.tenants.slice(-1),
  };
  // Injected faults (`/_sim/faults`) answer 5xx on purpose to the identity that registered them: one used for nothing else.
  const faulty: Identities = {
    ...ids,
    accounts: [FAULT_ACCOUNT],
    tenants: [FAULT_TENANT],
  };
  const drops = (t: Target) => /\/reset$/.test(t.template) || (t.face === 'admin' && t.method === 'DELETE' && t.template.endsWith('{sid}'));
  return fc.oneof(
    ...targets.map((t) => {
      const route = `${t.method} ${t.template}`;
      const weight = route === RESET_ALL ? 1 : t.template.endsWith('/seed') ? 10 : drops(t) ? 50 : t.face === 'twilio' && t.bare ? 25 : 100;
      return {
        weight,
        arbitrary: requestFor(t, t.template.startsWith('/_sim/faults') ? faulty : drops(t) ? sacrificial : ids),
      };
    }),
    { weight: 200, arbitrary: strayRequest(ids) },
  );
}

export async function runFuzz(opts: FuzzOptions = {}): Promise<FuzzReport> {
  const runs = opts.runs ?? 10_000;
  const deadline = Date.now() + (opts.seconds ?? 600) * 1000;
  const seed = opts.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const started = performance.now();

  const faces = opts.faces ?? builtinFaces();
  // Retries keep a short real-time floor: with the default (5 s, doubling) a flush waits for them tens of seconds by design.
  const delivery = { minRetryDelayMs: 20, timeoutMs: 2_000 };
  const running: RunningSimulator = await startSimulator({
    port: 0,
    host: '127.0.0.1',
    clock: { frozen: true },
    seed: `fuzz-${seed}`,
    fetch: loopbackFetch,
    faces,
    delivery,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const ids: Identities = {
    accounts: ACCOUNTS,
    tenants: TENANTS,
    apiKey: DEFAULT_CLOUDFRAN_API_KEY,
    victim: VICTIM_ACCOUNT,
    oversizedBytes: OVERSIZED_BYTES,
    adminToken: running.adminToken,
  };
  const pool = new Pool(running.url, (identity) => (identity.startsWith('tenant:') ? identity.slice(7) : undefined));
  const report: FuzzReport = {
    seed,
    sent: 0,
    setupSent: 0,
    durationMs: 0,
    stoppedBy: 'runs',
    byClass: {},
    byStatus: {},
    serverErrors: 0,
    unanswered: 0,
    crashes: 0,
    findings: [],
    routes: { total: 0, reached: 0, succeeded: 0 },
    healthy: false,
    health: '',
  };
  const findings = new Map<string, Finding>();
  const reached = new Set<string>();
  const succeeded = new Set<string>();

  const record = (req: FuzzRequest, a: Answer & { sentBody: string; sentPath: string }) => {
    const sentPath = a.sentPath;
    // The demo inbox answers the status it is asked for (`?status=503`): that 5xx is the request's own.
    const asked = a.status !== null && a.status >= 500 && sentPath.startsWith('/_sim/inbox/') && new RegExp(`[?&]status=${a.status}(?:&|$)`).test(sentPath);
    const cls = a.status === null ? 'no answer' : a.status < 0 ? 'not sent' : asked ? `${a.status} asked for` : `${Math.floor(a.status / 100)}xx`;
    report.byClass[cls] = (report.byClass[cls] ?? 0) + 1;
    if (a.status !== null && a.status > 0) {
      report.byStatus[a.status] = (report.byStatus[a.status] ?? 0) + 1;
      const setup = req.variant.includes('setup');
      if (!setup && req.route !== 'stray') reached.add(req.route);
      if (a.status < 300 && !setup && req.route !== 'stray') succeeded.add(req.route);
      pool.learn(req.identity, a.text, a.status < 300 ? collectionPath(req, sentPath) : undefined);
      if (req.method === 'DELETE' && a.status === 204) {
        const last = /([A-Z]{2}[0-9a-f]{32})(?:\.json)?\/?(?:\?.*)?$/.exec(sentPath)?.[1];
        if (last) pool.forget(req.identity, last);
      }
    }
    const isServerError = a.status !== null && a.status >= 500 && !asked;
    if (isServerError) report.serverErrors++;
    if (a.status === null) report.unanswered++;
    if (!isServerError && a.status !== null) return;
    const key = `${req.route} | ${a.status ?? 'no answer'} | ${blank(a.error ?? messageOf(a.text))}`;
    const f = findings.get(key);
    if (f) f.count++;
    else
      findings.set(key, {
        key,
        count: 1,
        status: a.status,
        route: req.route,
        variant: req.variant,
        method: req.method,
        path: sentPath,
        headers: req.headers,
        body: a.sentBody,
        response: a.error ?? a.text.slice(0, 800),
      });
  };

  // The simulator runs in this process: an error nothing caught would end the run, so it is a finding instead.
  const crashes: unknown[] = [];
  const onCrash = (e: unknown) => crashes.push(e);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    const cfDoc = (await (await fetch(`${running.url}/api/v1/twilio/openapi.json`)).json()) as Parameters<typeof buildTargets>[1];
    const targets = buildTargets(await mountedRoutes(faces), cfDoc);
    report.routes.total = targets.length;

    // Resources to aim at: without them most generated SIDs name nothing and handlers stop at their 404.
    const setup = async () => {
      for (const req of setupRequests(ids)) {
        const a = await send(agent, running.port, req, pool, timeoutMs);
        report.setupSent++;
        record(req, a);
      }
    };
    await setup();

    const arb = generator(targets, ids);
    const BATCH = 250;
    let generated = 0;
    let batch = 0;
    const queue: FuzzRequest[] = [];
    const next = (): FuzzRequest | undefined => {
      if (generated >= runs) return undefined;
      if (Date.now() >= deadline) {
        report.stoppedBy = 'seconds';
        return undefined;
      }
      if (!queue.length)
        queue.push(
          ...fc.sample(arb, {
            seed: (seed + batch++ * 0x9e3779b1) >>> 0,
            numRuns: Math.min(BATCH, runs - generated),
          }),
        );
      generated++;
      return queue.shift();
    };
    const every = opts.progressEvery ?? 1000;
    const worker = async () => {
      for (let req = next(); req; req = next()) {
        const a = await send(agent, running.port, req, pool, timeoutMs);
        report.sent++;
        record(req, a);
        // Deletions and resets drain what the set-up made; making it again keeps requests reaching existing resources.
        if ((req.route === RESET_ALL && req.method === 'POST' && a.status === 200) || report.sent % SETUP_EVERY === 0) await setup();
        if (opts.onProgress && report.sent % every === 0) opts.onProgress(report.sent, performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    const h = await health(running.url);
    report.healthy = h.ok;
    report.health = h.detail;
  } finally {
    agent.destroy();
    await running.close();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  for (const e of crashes) {
    const message = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    const key = `process | uncaught | ${blank(message.split('\n')[0]!)}`;
    const f = findings.get(key);
    if (f) f.count++;
    else
      findings.set(key, {
        key,
        count: 1,
        status: null,
        route: 'uncaught error in the simulator process',
        variant: [],
        method: '-',
        path: '-',
        headers: {},
        body: '',
        response: message.slice(0, 800),
      });
  }
  report.crashes = crashes.length;
  if (crashes.length) report.healthy = false;
  report.routes.reached = reached.size;
  report.routes.succeeded = succeeded.size;
  report.findings = [...findings.values()].sort((a, b) => b.count - a.count);
  report.durationMs = performance.now() - started;
  return report;
}

/** True when the run found nothing: no 5xx, every request answered, the simulator healthy at the end. */
export function passed(r: FuzzReport): boolean {
  return r.serverErrors === 0 && r.unanswered === 0 && r.crashes === 0 && r.healthy;
}

/** The summary the command prints. */
export function formatReport(r: FuzzReport, maxFindings = 20): string {
  const lines: string[] = [];
  const classes = Object.entries(r.byClass)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(`fuzz: seed ${r.seed}, ${r.sent} requests (+${r.setupSent} set-up) in ${(r.durationMs / 1000).toFixed(1)} s${r.stoppedBy === 'seconds' ? ' (stopped by --seconds)' : ''}`);
  lines.push(`responses: ${classes}`);
  const top = Object.entries(r.byStatus)
    .sort(([, a], [, b]) => b - a)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ');
  lines.push(`statuses: ${top}`);
  lines.push(`routes: ${r.routes.reached}/${r.routes.total} answered, ${r.routes.succeeded} with a 2xx`);
  lines.push(`5xx: ${r.serverErrors}; unanswered: ${r.unanswered}; uncaught errors: ${r.crashes}; health at the end: ${r.healthy ? 'ok' : `FAILED (${r.health})`}`);
  if (r.findings.length) {
    lines.push('', `${r.findings.length} distinct finding${r.findings.length === 1 ? '' : 's'}${r.findings.length > maxFindings ? ` (first ${maxFindings})` : ''}:`);
    for (const f of r.findings.slice(0, maxFindings)) {
      lines.push(`- ${f.status ?? 'no answer'} ×${f.count} on ${f.route} [${f.variant.join(', ')}]`);
      lines.push(`    ${f.method} ${f.path.length > 300 ? `${f.path.slice(0, 300)}…` : f.path}`);
      lines.push(`    headers: ${JSON.stringify(f.headers)}`);
      if (f.body) lines.push(`    body: ${JSON.stringify(f.body)}`);
      lines.push(`    response: ${f.response.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
  lines.push(passed(r) ? 'PASS: no 5xx, every request answered, nothing uncaught, simulator healthy' : 'FAIL');
  return lines.join('\n');
}
