import { createHash, randomBytes } from 'node:crypto';
import { lookup } from './paths.js';

/**
 * `${…}` in scenario values. `${cp}` is a variable (a capture, a `vars` entry, a `with` parameter),
 * `${cp.status}` or `${evaluation.results[0].error_code}` a path into one, and `${$unique}` a
 * generated value. A string that is exactly one `${…}` keeps the value's type (a number stays a
 * number, an object an object); inside a longer string the value is written as text. `$${` writes
 * a literal `${`.
 *
 * Generated values (fresh on every use; reproducible under `--seed`):
 *   ${$unique}      a short unique token, e.g. `k3x9q2`, for unique names
 *   ${$uuid}        a UUID v4
 *   ${$accountSid}  a well-formed AC SID that no one uses yet
 *   ${$hex32}       32 hex digits
 */

export class InterpolationError extends Error {}

/** Deterministic under a seed (SHA-256 of seed | scope | counter), random otherwise. */
export class Generator {
  private counter = 0;
  constructor(
    private readonly seed: string | undefined,
    private readonly scope: string,
  ) {}

  hex32(): string {
    if (this.seed === undefined) return randomBytes(16).toString('hex');
    return createHash('sha256')
      .update(`${this.seed}|${this.scope}|${this.counter++}`)
      .digest('hex')
      .slice(0, 32);
  }

  unique(): string {
    return BigInt(`0x${this.hex32().slice(0, 12)}`)
      .toString(36)
      .padStart(6, '0')
      .slice(-8);
  }

  uuid(): string {
    const h = this.hex32().split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16]!, 16) % 4]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
  }

  accountSid(): string {
    return `AC${this.hex32()}`;
  }
}

const WHOLE = /^\$\{([^{}]+)\}$/;
const ANY = /\$?\$\{([^{}]+)\}/g;

export class Scope {
  constructor(
    readonly vars: Record<string, unknown>,
    readonly gen: Generator,
  ) {}

  resolve(expr: string): unknown {
    const [head, ...filters] = expr.split('|');
    let value = this.resolveName(head!);
    for (const f of filters) value = applyFilter(f.trim(), value, expr);
    return value;
  }

  private resolveName(expr: string): unknown {
    const name = expr.trim();
    switch (name) {
      case '$unique':
        return this.gen.unique();
      case '$uuid':
        return this.gen.uuid();
      case '$accountSid':
        return this.gen.accountSid();
      case '$hex32':
        return this.gen.hex32();
    }
    if (name.startsWith('$')) throw new InterpolationError(`\${${name}} is not a generated value (use $unique, $uuid, $accountSid or $hex32)`);
    const found = lookup(this.vars, name);
    if (!found.found || found.value === undefined) {
      const root = name.split(/[.[]/)[0]!;
      if (!Object.hasOwn(this.vars, root)) {
        const known = Object.keys(this.vars).sort().join(', ');
        throw new InterpolationError(`\${${name}}: no variable "${root}" is defined at this step (defined: ${known || 'none'})`);
      }
      throw new InterpolationError(`\${${name}}: variable "${root}" has nothing at ${name.slice(root.length) || 'that path'}`);
    }
    return found.value;
  }

  /** Interpolates strings (and object keys) anywhere in a value. */
  apply<T>(value: T): T {
    return this.applyAny(value) as T;
  }

  private applyAny(value: unknown): unknown {
    if (typeof value === 'string') return this.applyString(value);
    if (Array.isArray(value)) return value.map((v) => this.applyAny(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.applyString(k) as string] = this.applyAny(v);
      return out;
    }
    return value;
  }

  applyString(s: string): unknown {
    if (!s.includes('${')) return s;
    const whole = WHOLE.exec(s);
    if (whole) return this.resolve(whole[1]!);
    return s.replace(ANY, (all, expr: string) => {
      if (all.startsWith('$$')) return all.slice(1);
      const v = this.resolve(expr);
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
  }
}

/**
 * Filters after `|`, for values a scenario has to derive rather than read:
 *   ${purchasedAt | addDays:60}   an ISO date moved by days (also addHours, addSeconds), in the same format
 *   ${purchasedAt | month}        YYYY-MM of an ISO date
 *   ${sid | slice:0:2}            part of a string or array; upper, lower, length, json, number, string
 */
function applyFilter(filter: string, value: unknown, expr: string): unknown {
  const [name, ...args] = filter.split(':').map((p) => p.trim());
  const date = (): Date => {
    const d = typeof value === 'string' || typeof value === 'number' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw new InterpolationError(`\${${expr}}: ${name} needs a date, got ${JSON.stringify(value)}`);
    return d;
  };
  const iso = (d: Date): string => {
    const out = d.toISOString();
    // Keep the input's precision: Twilio and CloudFran write dates without milliseconds.
    return typeof value === 'string' && !/\.\d{3}Z$/.test(value) ? out.replace(/\.\d{3}Z$/, 'Z') : out;
  };
  const n = (i: number): number => {
    const v = Number(args[i]);
    if (!Number.isFinite(v)) throw new InterpolationError(`\${${expr}}: ${name} needs a number argument, got "${args[i] ?? ''}"`);
    return v;
  };
  switch (name) {
    case 'addDays':
      return iso(new Date(date().getTime() + n(0) * 86_400_000));
    case 'addHours':
      return iso(new Date(date().getTime() + n(0) * 3_600_000));
    case 'addSeconds':
      return iso(new Date(date().getTime() + n(0) * 1000));
    case 'month':
      return date().toISOString().slice(0, 7);
    case 'slice':
      if (typeof value !== 'string' && !Array.isArray(value)) throw new InterpolationError(`\${${expr}}: slice needs a string or an array, got ${JSON.stringify(value)}`);
      return args.length > 1 ? value.slice(n(0), n(1)) : value.slice(n(0));
    case 'upper':
      return String(value).toUpperCase();
    case 'lower':
      return String(value).toLowerCase();
    case 'length':
      return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
    case 'json':
      return JSON.stringify(value);
    case 'string':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'number':
      return Number(value);
    default:
      throw new InterpolationError(`\${${expr}}: no filter "${name}" (use addDays, addHours, addSeconds, month, slice, upper, lower, length, json, number, string)`);
  }
}

/** The `${…}` references in a value, for checking a scenario before it runs. */
export function references(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(ANY)) if (!m[0].startsWith('$$')) out.push(m[1]!.split('|')[0]!.trim());
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        visit(k);
        visit(x);
      }
  };
  visit(value);
  return out;
}
