import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { type InProcessApp, TwilioCallError, TwilioClient } from './twilio-client.js';

/**
 * CloudFran's backend worker: the Twilio calls its own clock decides (a cancelled number leaves the
 * campaign's Messaging Service when the notice ends, and is released when the hold ends). A
 * transition fires inside the world's synchronous settle, where no HTTP call can be awaited, so it
 * queues the call here (a table of the tenant's account: it survives a restart) and the worker
 * makes it through the Twilio client as soon as the settle is over, oldest first.
 * docs/decisions/0005-cloudfran-through-twilio.md says why it is a queue and not a poll.
 */
export const TWILIO_JOBS_TABLE = 'cloudfran.twilio_jobs';
/** Topic the queue announces a new job on (`Face.listeners`): the face's worker drains it. */
export const TWILIO_JOBS_TOPIC = 'cloudfran:twilio-jobs';

export interface TwilioJob extends BaseRecord {
  method: 'POST' | 'DELETE';
  /** A Twilio path (`{AccountSid}` is the tenant's account). */
  path: string;
  form: Record<string, string> | null;
  /** What the call is for, in the timeline when Twilio refuses it. */
  why: string;
  /** The CloudFran record it is about (the timeline entry names it). */
  about: string;
}

/** Queues a Twilio call of the tenant's account; synchronous, so a lifecycle hook can call it. */
export function queueTwilioCall(world: World, job: Pick<TwilioJob, 'method' | 'path' | 'form' | 'why' | 'about'>): void {
  const now = world.now();
  world.table<TwilioJob>(TWILIO_JOBS_TABLE).insert({ sid: `tj_${world.entropy.hex32().slice(0, 20)}`, account_sid: world.accountSid, date_created: now, date_updated: now, ...job });
  world.notify(TWILIO_JOBS_TOPIC, null);
}

export function hasQueuedCalls(world: World): boolean {
  return world.table<TwilioJob>(TWILIO_JOBS_TABLE).size > 0;
}

/**
 * Drains each tenant's queue, one drain at a time per account (jobs run in the order they were
 * queued). One per face instance, so two simulators in one process share nothing.
 */
export class TwilioJobRunner {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly app: InProcessApp) {}

  /** Starts a drain after the current synchronous work (a settle) is over, behind any drain already running. */
  kick(world: World): Promise<void> {
    const previous = this.running.get(world.accountSid) ?? Promise.resolve();
    const next = previous.then(() => this.drain(world));
    this.running.set(world.accountSid, next);
    void next.finally(() => {
      if (this.running.get(world.accountSid) === next) this.running.delete(world.accountSid);
    });
    return next;
  }

  /** Resolves once the account's queue is empty (a CloudFran request waits for it, so it reads what its worker did). */
  async idle(world: World): Promise<void> {
    if (this.running.has(world.accountSid) || hasQueuedCalls(world)) await this.kick(world);
  }

  private async drain(world: World): Promise<void> {
    const table = world.table<TwilioJob>(TWILIO_JOBS_TABLE);
    const client = TwilioClient.forTenant(this.app, world);
    for (let job = table.find(() => true); job && !world.closed; job = table.find(() => true)) {
      try {
        await client.request(job.method, job.path, job.form ?? undefined);
      } catch (e) {
        // Refused (the tenant already removed the number through Twilio) or failed: nothing to retry, but the timeline says so.
        const why = e instanceof TwilioCallError ? e.message : `Failed to call Twilio (${job.method} ${job.path}): ${e instanceof Error ? e.message : String(e)}.`;
        world.record({ table: TWILIO_JOBS_TABLE, sid: job.about, field: job.why, from: null, to: 'refused', note: why });
      }
      table.delete(job.sid);
      world.touch();
    }
  }
}
