import { describe, expect, it } from 'vitest';
import { TwilioCallError, TwilioClient, toCloudFranError } from '../../src/sim/cloudfran/twilio-client.js';
import { tenantWorld } from '../../src/sim/cloudfran/tenant.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { createApp } from '../../src/sim/server.js';

describe("CloudFran's in-process Twilio client", () => {
  it("creates a Messaging Service on the tenant's own account, and Twilio's refusal becomes CloudFran's error shape", async () => {
    const sim = await Simulator.create({ faces: builtinFaces() });
    const app = createApp(sim);
    const world = tenantWorld(sim, 'tenant-client-test');
    const client = TwilioClient.forTenant(app, world);
    const ms = await client.post<{ sid: string; account_sid: string }>('/messaging/v1/Services', { FriendlyName: 'cf' });
    expect(ms.sid).toMatch(/^MG[0-9a-f]{32}$/);
    expect(ms.account_sid).toBe(world.accountSid);
    expect((await client.get<{ sid: string }>(`/messaging/v1/Services/${ms.sid}`)).sid).toBe(ms.sid);
    await expect(client.get('/messaging/v1/Services/MG00000000000000000000000000000000')).rejects.toMatchObject({ status: 404, error: 'not_found' });
    const wrong = new TwilioClient(app, world.accountSid, 'not-the-token');
    await expect(wrong.get('/messaging/v1/Services')).rejects.toMatchObject({ status: 500, error: 'upstream_error' });
    // A Twilio 400 names Twilio's code for support, and keeps Twilio's answer for the flow that words it for the tenant.
    const refused = await client.post('/messaging/v1/Services', {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TwilioCallError);
    expect(refused).toMatchObject({ status: 400, error: expect.stringMatching(/^twilio_\d+$/), isTenantInput: true, twilio: { status: 400, code: expect.any(Number) } });
    // `find`: a 404 is an answer (undefined), anything else still throws.
    expect(await client.find('/messaging/v1/Services/MG00000000000000000000000000000000')).toBeUndefined();
    expect((await client.find<{ sid: string }>(`/messaging/v1/Services/${ms.sid}`))?.sid).toBe(ms.sid);
    await expect(wrong.find('/messaging/v1/Services/MG00000000000000000000000000000000')).rejects.toMatchObject({ status: 500, isTenantInput: false });
  });

  it('maps a Twilio 5xx to an upstream error that says what to do', () => {
    const e = toCloudFranError(503, undefined, 'GET', '/x');
    expect(e.status).toBe(500);
    expect(e.message).toMatch(/^Failed to call Twilio \(GET \/x\): Twilio answered 503\. Please retry later\.$/);
  });
});
