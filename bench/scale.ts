/**
 * Flat costs at scale: the cost of one operation with 1k, 10k and 100k resources in one account,
 * as a ratio to its 1k figure (target ≤ 1.5 at 100k). Driven in process through
 * `createApp(sim).request(...)`: the whole pipeline (auth, settle, validation, store, serialise)
 * without sockets, so the figures are the simulator's cost and not the network's.
 *
 * Per size: N Secondary Customer Profiles, each with an EndUser attached, submitted for review
 * (made through the declarations, as the tests do, to keep the setup short); then
 *   create      POST /v1/EndUsers
 *   fetch       GET  /v1/EndUsers/{Sid}
 *   first page  GET  /v1/EndUsers?PageSize=50
 *   deep page   GET  /v1/EndUsers?PageSize=50&Page=k&PageToken=PA… (the SDK's next_page_url, near the end)
 *   settle      POST /_sim/clock/advance {"until": "settled"}: the N reviews, per transition fired
 * `BENCH_SCALE_SIZES=1000,10000` runs fewer sizes.
 */
import { createRecord, internalContext, updateRecord } from '../src/sim/engine/operations.js';
import { Simulator } from '../src/sim/engine/simulator.js';
import type { World } from '../src/sim/engine/world.js';
import { builtinFaces } from '../src/sim/faces.js';
import { createApp } from '../src/sim/server.js';
import { Tables } from '../src/sim/twilio/trusthub/records.js';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const ACCOUNT = `AC${'5c'.repeat(16)}`;
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:scale-token`).toString('base64')}`;
const FORM = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%7D';
/** Requests per timed round, and rounds per operation and size (the median round counts: the machine is shared and noisy). */
const REQUESTS = 200;
const ROUNDS = 5;

type Figures = Record<'create' | 'fetch' | 'first page' | 'deep page' | 'settle', number>;

function populate(sim: Simulator, world: World, n: number): string[] {
  const def = (table: string) => sim.resources.get(table)!;
  const ctx = internalContext(sim, world);
  const endUsers: string[] = [];
  for (let i = 0; i < n; i++) {
    const profile = createRecord(ctx, def(Tables.customer_profile), { FriendlyName: `Scale ${i}`, Email: 'scale@example.com', PolicySid: SECONDARY });
    const eu = createRecord(ctx, def(Tables.endUsers), { FriendlyName: `EU ${i}`, Type: 'customer_profile_business_information', Attributes: '{"business_name":"Scale"}' });
    createRecord(internalContext(sim, world, { CustomerProfileSid: profile.sid }), def(Tables.entityAssignments('customer_profile')), { ObjectSid: eu.sid });
    updateRecord(ctx, def(Tables.customer_profile), profile.sid, { Status: 'pending-review' });
    endUsers.push(eu.sid);
  }
  return endUsers;
}

/** µs per call of `call(i)`: the median of ROUNDS rounds of REQUESTS calls, after one warm-up round. */
async function time(call: (i: number) => Response | Promise<Response>): Promise<number> {
  for (let i = 0; i < REQUESTS; i++) await (await call(i)).arrayBuffer();
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const res = await call(r * REQUESTS + i);
      if (!res.ok) throw new Error(`Failed to run the scale bench: a request answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
    rounds.push(((performance.now() - started) * 1000) / REQUESTS);
  }
  return rounds.sort((a, b) => a - b)[ROUNDS >> 1]!;
}

async function measure(n: number): Promise<Figures> {
  const sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
  const app = createApp(sim);
  const get = (path: string) => app.request(path, { headers: { authorization: AUTH } });
  const post = (path: string, body: string, type = 'application/x-www-form-urlencoded') => app.request(path, { method: 'POST', headers: { authorization: AUTH, 'content-type': type }, body });
  await get(`/api/2010-04-01/Accounts/${ACCOUNT}.json`);
  const world = sim.findWorld(ACCOUNT)!;
  const endUsers = populate(sim, world, n);
  const pending = world.pendingCount;

  const figures = {} as Figures;
  figures.create = await time(() => post('/trusthub/v1/EndUsers', FORM));
  figures.fetch = await time((i) => get(`/trusthub/v1/EndUsers/${endUsers[(i * 7919) % n]}`));
  figures['first page'] = await time(() => get('/trusthub/v1/EndUsers?PageSize=50'));
  // The token of the page that starts 100 records before the end of the populated ones.
  const deep = Math.floor((n - 100) / 50);
  const token = endUsers[deep * 50 - 1];
  figures['deep page'] = await time(() => get(`/trusthub/v1/EndUsers?PageSize=50&Page=${deep}&PageToken=PA${token}`));

  const started = performance.now();
  const res = await post('/_sim/clock/advance', JSON.stringify({ until: 'settled' }), 'application/json');
  const { fired } = (await res.json()) as { fired: number };
  if (fired < pending) throw new Error(`Failed to run the scale bench: the settle fired ${fired} of ${pending} pending transitions.`);
  figures.settle = ((performance.now() - started) * 1000) / fired;
  await sim.close();
  return figures;
}

export async function scaleBench(): Promise<void> {
  console.log('\n## Flat costs at scale (in process, createApp(...).request; µs per operation; ratio to 1k)');
  const results = new Map<number, Figures>();
  // A first round at the smallest size warms the JIT, so the 1k figures are not the cold ones.
  await measure(SIZES[0]!);
  for (const n of SIZES) {
    const started = performance.now();
    results.set(n, await measure(n));
    console.log(`  measured ${n.toLocaleString('en-US')} resources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const base = results.get(SIZES[0]!)!;
  const ops = Object.keys(base) as Array<keyof Figures>;
  console.log(`  ${'operation'.padEnd(12)}${SIZES.map((n) => `${n.toLocaleString('en-US')}`.padStart(20)).join('')}`);
  for (const op of ops) {
    const cells = SIZES.map((n) => {
      const v = results.get(n)![op];
      return `${v.toFixed(1)} µs (${(v / base[op]).toFixed(2)}×)`.padStart(20);
    });
    console.log(`  ${op.padEnd(12)}${cells.join('')}`);
  }
  const last = results.get(SIZES[SIZES.length - 1]!)!;
  const worst = Math.max(...ops.map((op) => last[op] / base[op]));
  console.log(`  worst ratio at ${SIZES[SIZES.length - 1]!.toLocaleString('en-US')}/${SIZES[0]!.toLocaleString('en-US')}: ${worst.toFixed(2)} (target ≤ 1.5)`);
}

// `npx tsx bench/scale.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) await scaleBench();
