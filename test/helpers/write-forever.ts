/**
 * Child process for the kill-during-write test: keeps creating resources in a file-backed
 * simulator and reports each completed write on stdout, until it is killed.
 */
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';
import { FileStore } from '../../src/sim/store/file-store.js';

const file = process.argv[2]!;
const store = new FileStore(file, 1);
const sim = await Simulator.create({ faces: builtinFaces(), store, clock: { frozen: true } });
const app = createApp(sim);
const auth = `Basic ${Buffer.from(`AC${'c0'.repeat(16)}:token`).toString('base64')}`;
const attributes = JSON.stringify({ notes: 'x'.repeat(2000) });
for (let i = 0; ; i++) {
  await app.request('/trusthub/v1/EndUsers', {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ FriendlyName: `eu${i}`, Type: 'authorized_representative_1', Attributes: attributes }).toString(),
  });
  if (i % 50 === 49) {
    await store.flush();
    process.stdout.write(`wrote ${i + 1}\n`);
  }
}
