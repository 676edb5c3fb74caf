import { createHash, randomBytes } from 'node:crypto';

/** FIDELITY §2: two-letter prefix + 32 hex digits. Named so that code never spells a bare prefix. */
export const SidPrefix = {
  Account: 'AC',
  ApiKey: 'SK',
  Bundle: 'BU', // TrustHub CustomerProfile and TrustProduct; Numbers v2 Bundle
  EndUser: 'IT',
  SupportingDocument: 'RD',
  Type: 'OY', // EndUserType and SupportingDocumentType
  Policy: 'RN', // TrustHub Policy and Numbers v2 Regulation
  Assignment: 'BV', // EntityAssignment / ItemAssignment
  ChannelEndpointAssignment: 'RA',
  Evaluation: 'EL',
  Address: 'AD',
  BrandRegistration: 'BN',
  BrandVetting: 'VT',
  MessagingService: 'MG',
  UsAppToPerson: 'QE',
  Campaign: 'CM',
  TollfreeVerification: 'HH',
  PhoneNumber: 'PN',
  ShortCode: 'SC',
  AlphaSender: 'AI', // AlphaSender and DestinationAlphaSender of a Messaging Service
  ChannelSender: 'XE', // a WhatsApp, Messenger or RCS sender
  Message: 'SM',
  MediaMessage: 'MM', // a Message with media (API 2010 `^(SM|MM)…`)
  Call: 'CA',
  Sink: 'DG',
  Subscription: 'DF',
  Request: 'RQ',
} as const;
export type SidPrefixValue = (typeof SidPrefix)[keyof typeof SidPrefix];

const SID_RE = /^[A-Za-z]{2}[0-9a-fA-F]{32}$/;

export function isSid(value: unknown, prefix?: string): value is string {
  return typeof value === 'string' && SID_RE.test(value) && (prefix === undefined || value.startsWith(prefix));
}

/** Unseeded SIDs come from a pool of random bytes: one syscall per 256 SIDs instead of one each. */
const POOL_SIZE = 4096;
let pool = Buffer.alloc(0);
let poolOffset = POOL_SIZE;

function randomHex16(): string {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + 16);
  poolOffset += 16;
  return hex;
}

/**
 * A stream of random values for one scope (an account). Under a seed it is a pure function of
 * (seed, scope, counter), so each account is reproducible on its own whatever other accounts do
 * in parallel; the counter is persisted with the account so a restart continues the same stream.
 */
export class Entropy {
  constructor(
    private readonly seed: string | undefined,
    private readonly scope: string,
    public counter = 0,
  ) {}

  /** 16 fresh bytes as 32 lowercase hex digits. */
  hex32(): string {
    if (this.seed === undefined) return randomHex16();
    return createHash('sha256')
      .update(`${this.seed}|${this.scope}|${this.counter++}`)
      .digest('hex')
      .slice(0, 32);
  }

  sid(prefix: string): string {
    return prefix + this.hex32();
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return parseInt(this.hex32().slice(0, 13), 16) / 2 ** 52;
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.float() * (maxInclusive - minInclusive + 1));
  }

  /** A 31-bit integer to seed a generator such as faker. */
  seed31(): number {
    return parseInt(this.hex32().slice(0, 8), 16) & 0x7fffffff;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
}
