/**
 * Child process for the kill-during-seeding test: keeps adding demo tenants to a file-backed
 * simulator (writes coalesced every millisecond) and reports each completed tenant on stdout,
 * until it is killed.
 */
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { seedTenants } from '../../src/sim/seed/seeder.js';
import { createApp } from '../../src/sim/server.js';
import { FileStore } from '../../src/sim/store/file-store.js';

const file = process.argv[2]!;
const store = new FileStore(file, 1);
const sim = await Simulator.create({ faces: builtinFaces(), store, seed: 'killed', clock: { frozen: true }, fetch: (async () => new Response('ok')) as typeof fetch });
const app = createApp(sim);
for (let n = 1; ; n++) {
  await seedTenants(sim, (path, init) => Promise.resolve(app.request(path, init)), { tenants: n, seed: 'killed', baseUrl: 'http://127.0.0.1:4010' });
  process.stdout.write(`seeded ${n}\n`);
}
