import { describe, expect, it } from 'vitest';
import { tenantWorld } from '../../src/sim/cloudfran/tenant.js';
import { TwilioClient } from '../../src/sim/cloudfran/twilio-client.js';
import { queueTwilioCall, TWILIO_JOBS_TABLE } from '../../src/sim/cloudfran/twilio-jobs.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("CloudFran's worker for the Twilio calls its clock decides", () => {
  it('makes the calls a stopped run left queued as soon as the app is built, oldest first, and empties the queue', async () => {
    const sim = await Simulator.create({ faces: builtinFaces(), seed: 'jobs' });
    const world = tenantWorld(sim, 'tenant-jobs');
    // Queued before any app exists, as a data file written by a run that stopped before its worker ran would hold them.
    queueTwilioCall(world, { method: 'POST', path: '/messaging/v1/Services', form: { FriendlyName: 'first' }, why: 'test', about: 'a' });
    queueTwilioCall(world, { method: 'POST', path: '/messaging/v1/Services', form: { FriendlyName: 'second' }, why: 'test', about: 'b' });
    expect(world.table(TWILIO_JOBS_TABLE).size).toBe(2);

    const app = createApp(sim);
    for (let i = 0; i < 20 && world.table(TWILIO_JOBS_TABLE).size > 0; i++) await turn();
    expect(world.table(TWILIO_JOBS_TABLE).size).toBe(0);
    const services = await TwilioClient.forTenant(app, world).get<{ services: Array<{ friendly_name: string }> }>('/messaging/v1/Services');
    expect(services.services.map((s) => s.friendly_name).sort()).toEqual(['first', 'second']);
    await sim.close();
  });

  it('notes a refused call on the timeline under the record it is about, and goes on with the next', async () => {
    const sim = await Simulator.create({ faces: builtinFaces(), seed: 'jobs-refused' });
    const app = createApp(sim);
    const world = tenantWorld(sim, 'tenant-jobs-refused');
    queueTwilioCall(world, { method: 'DELETE', path: '/messaging/v1/Services/MG00000000000000000000000000000000', form: null, why: 'unlink', about: 'cf-number-1' });
    queueTwilioCall(world, { method: 'POST', path: '/messaging/v1/Services', form: { FriendlyName: 'after' }, why: 'test', about: 'cf-number-2' });
    for (let i = 0; i < 20 && world.table(TWILIO_JOBS_TABLE).size > 0; i++) await turn();
    expect(world.table(TWILIO_JOBS_TABLE).size).toBe(0);
    expect(world.timeline.filter((e) => e.table === TWILIO_JOBS_TABLE)).toEqual([expect.objectContaining({ sid: 'cf-number-1', field: 'unlink', to: 'refused' })]);
    const services = await TwilioClient.forTenant(app, world).get<{ services: Array<{ friendly_name: string }> }>('/messaging/v1/Services');
    expect(services.services.map((s) => s.friendly_name)).toEqual(['after']);
    await sim.close();
  });
});
