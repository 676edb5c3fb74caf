import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertValid, TestSim, type TestAccount } from '../helpers/sim.js';
import { uploadDocument } from './regulatory-support.js';

const DE_LOCAL_BUSINESS = 'RNfd11dde5d4b7252abf96139766f68034';

/** A multipart POST with a Host header (fetch cannot set Host): the upload host as a proxy or hosts-file setup would reach us. */
function rawMultipart(port: number, path: string, host: string, auth: string, body: { boundary: string; payload: Buffer }): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { host, authorization: auth, 'content-type': `multipart/form-data; boundary=${body.boundary}`, 'content-length': body.payload.length },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body.payload);
  });
}

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }) {
  const boundary = `----a2psim${'x'.repeat(8)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { boundary, payload: Buffer.concat(parts) };
}

describe('Numbers v2 regulatory catalogue, lists and uploads', () => {
  let sim: TestSim;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  const rc = () => acct.client.numbers.v2.regulatoryCompliance;

  it('filters Regulations by IsoCountry (any case), NumberType and EndUserType, and shows constraints only when asked', async () => {
    const de = await rc().regulations.list({ isoCountry: 'de' });
    expect(de.map((r) => r.friendlyName).sort()).toEqual([
      'Germany: Local - Business',
      'Germany: Local - Individual',
      'Germany: Mobile - Business',
      'Germany: Mobile - Individual',
      'Germany: National - Business',
      'Germany: National - Individual',
      'Germany: Toll-Free - Business',
      'Germany: Toll-Free - Individual',
    ]);
    const [deLocal, ...none] = await rc().regulations.list({ isoCountry: 'DE', numberType: 'local', endUserType: 'business' });
    expect(none).toHaveLength(0);
    expect(deLocal!.sid).toBe(DE_LOCAL_BUSINESS);
    expect(await rc().regulations.list({ isoCountry: 'US', numberType: 'mobile', endUserType: 'business' })).toHaveLength(0);
    expect((await rc().regulations.list({ endUserType: 'individual' })).every((r) => r.endUserType === 'individual')).toBe(true);
    expect((await rc().regulations.list({ numberType: 'toll-free' })).map((r) => r.isoCountry).sort()).toEqual(['AU', 'AU', 'CA', 'CA', 'DE', 'DE', 'FR', 'FR', 'GB', 'GB', 'US', 'US']);

    const plain = (deLocal!.requirements as any).end_user[0].detailed_fields;
    expect(plain.every((d: any) => !('constraint' in d))).toBe(true);
    const withConstraints = await rc().regulations(DE_LOCAL_BUSINESS).fetch({ includeConstraints: true });
    const fields = (withConstraints.requirements as any).end_user[0].detailed_fields;
    expect(fields.find((d: any) => d.machine_name === 'business_name').constraint).toBe("business['business_name'] != null");
    // An empty constraint marks an optional field.
    expect(fields.find((d: any) => d.machine_name === 'comments').constraint).toBe('');
    const listed = await acct.request('GET', '/numbers/v2/RegulatoryCompliance/Regulations?IsoCountry=DE&NumberType=local&EndUserType=business&IncludeConstraints=true');
    expect(listed.body.results[0].requirements.end_user[0].detailed_fields[0].constraint).toBeDefined();
    expect(listed.body.meta.url).toBe('https://numbers.twilio.com/v2/RegulatoryCompliance/Regulations?IsoCountry=DE&NumberType=local&EndUserType=business&IncludeConstraints=true&PageSize=50&Page=0');
    const bad = await acct.request('GET', '/numbers/v2/RegulatoryCompliance/Regulations?EndUserType=robot');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/EndUserType/);
    await expect(
      rc()
        .regulations(`RN${'0'.repeat(32)}`)
        .fetch(),
    ).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it('lists and fetches EndUserTypes and SupportingDocumentTypes by SID or machine name', async () => {
    const types = await rc().endUserTypes.list();
    expect(types.map((t) => t.machineName).sort()).toEqual(['business', 'individual']);
    const business = types.find((t) => t.machineName === 'business')!;
    expect(business.sid).toMatch(/^OY[0-9a-f]{32}$/);
    expect((await rc().endUserTypes('business').fetch()).sid).toBe(business.sid);
    expect((await rc().endUserTypes(business.sid).fetch()).fields).toContainEqual({ machine_name: 'business_name', friendly_name: 'Business Name', constraint: 'String' });

    const docTypes = await rc().supportingDocumentTypes.list();
    // Every document a regulation accepts is a type one can create (the Address item aside).
    const accepted = new Set((await rc().regulations.list()).flatMap((r) => (r.requirements as any).supporting_document.flat().flatMap((g: any) => g.accepted_documents.map((d: any) => d.type))));
    accepted.delete('address');
    for (const t of accepted) expect(docTypes.map((d) => d.machineName)).toContain(t);
    expect((await rc().supportingDocumentTypes('commercial_registrar_excerpt').fetch()).friendlyName).toBe('Excerpt from the commercial register');
    await expect(rc().supportingDocumentTypes('no_such_type').fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('filters and sorts Bundles', async () => {
    const mk = (iso: string, numberType: string, endUserType: 'business' | 'individual', friendlyName: string) =>
      rc().bundles.create({ isoCountry: iso, numberType, endUserType, friendlyName, email: 'ops@example.com' });
    const a = await mk('GB', 'local', 'business', 'alpha');
    await acct.advance(60);
    const b = await mk('GB', 'mobile', 'individual', 'beta');
    await acct.advance(60);
    const c = await mk('FR', 'local', 'business', 'gamma');
    await acct.advance(60);
    await rc().bundles(a.sid).update({ friendlyName: 'alpha2' });

    expect((await rc().bundles.list({ isoCountry: 'gb' })).map((x) => x.sid)).toEqual([a.sid, b.sid]);
    expect((await rc().bundles.list({ numberType: 'local' })).map((x) => x.sid)).toEqual([a.sid, c.sid]);
    expect((await rc().bundles.list({ endUserType: 'individual' })).map((x) => x.sid)).toEqual([b.sid]);
    expect((await rc().bundles.list({ regulationSid: c.regulationSid })).map((x) => x.sid)).toEqual([c.sid]);
    expect((await rc().bundles.list({ friendlyName: 'alpha2' })).map((x) => x.sid)).toEqual([a.sid]);
    expect((await rc().bundles.list({ status: 'draft', hasValidUntilDate: false })).map((x) => x.sid)).toEqual([a.sid, b.sid, c.sid]);
    expect(await rc().bundles.list({ hasValidUntilDate: true })).toHaveLength(0);
    expect((await rc().bundles.list({ sortBy: 'date-updated', sortDirection: 'DESC' })).map((x) => x.sid)).toEqual([a.sid, c.sid, b.sid]);
    expect((await rc().bundles.list({ sortBy: 'date-updated', sortDirection: 'ASC' })).map((x) => x.sid)).toEqual([b.sid, c.sid, a.sid]);
    const bad = await acct.request('GET', '/numbers/v2/RegulatoryCompliance/Bundles?SortBy=size');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/SortBy/);
  });

  it('creates supporting documents with JSON attributes (no file) and through numbers-upload with a file, keeping its type and size', async () => {
    const plain = await rc().supportingDocuments.create({
      friendlyName: 'TwilioBusinessRegistration',
      type: 'business_registration',
      attributes: { registered_seat_of_business: '375 Beale St, San Francisco 94133, California USA', document_number: '4389237', business_name: 'Twilio', issue_date: '2020-12-05' },
    });
    expect(plain).toMatchObject({ status: 'draft', mimeType: null, failureReason: null, errors: null, type: 'business_registration' });

    // Seed 001's upload: multipart, same parameters, File=@twilio_business_registration.png.
    const address = await acct.client.addresses.create({ customerName: 'Twilio', street: 'Invalidenstrasse 1', city: 'Berlin', region: 'Berlin', postalCode: '10115', isoCountry: 'DE' });
    const up = await uploadDocument(
      acct,
      sim.url,
      { FriendlyName: 'Twilio GmbH', Type: 'business_registration', Attributes: { address_sids: [address.sid], document_number: '312454', business_name: 'Twilio', issue_date: '2019-11-15' } },
      new Blob([new Uint8Array(5000)], { type: 'image/png' }),
      'twilio_business_registration.png',
    );
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      friendly_name: 'Twilio GmbH',
      mime_type: 'image/png',
      status: 'draft',
      type: 'business_registration',
      url: `https://numbers.twilio.com/v2/RegulatoryCompliance/SupportingDocuments/${up.body.sid}`,
    });
    expect(up.body.attributes.address_sids).toEqual([address.sid]);
    const stored = acct.world.table<{ sid: string; file_size: number; file_name: string }>('numbers.supporting_documents').get(up.body.sid)!;
    expect(stored).toMatchObject({ file_size: 5000, file_name: 'twilio_business_registration.png' });
    expect((await rc().supportingDocuments(up.body.sid).fetch()).mimeType).toBe('image/png');

    // The same upload addressed to numbers-upload.twilio.com by Host.
    const pdf = multipart(
      { FriendlyName: 'Handelsregisterauszug', Type: 'commercial_registrar_excerpt', Attributes: JSON.stringify({ business_name: 'Twilio' }) },
      { name: 'hr.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4 simulated') },
    );
    const port = Number(new URL(sim.url).port);
    const viaHost = await rawMultipart(port, '/v2/RegulatoryCompliance/SupportingDocuments', 'numbers-upload.twilio.com', acct.auth, pdf);
    assertValid({ method: 'POST', url: 'https://numbers-upload.twilio.com/v2/RegulatoryCompliance/SupportingDocuments', status: viaHost.status, body: viaHost.body });
    expect(viaHost.status).toBe(201);
    expect(viaHost.body).toMatchObject({ mime_type: 'application/pdf', type: 'commercial_registrar_excerpt' });
    expect(acct.world.table<{ sid: string; file_size: number }>('numbers.supporting_documents').get(viaHost.body.sid)!.file_size).toBe(Buffer.from('%PDF-1.4 simulated').length);

    // Only images and PDFs are taken; nothing is stored for a refused upload.
    const before = (await rc().supportingDocuments.list()).length;
    const exe = await uploadDocument(acct, sim.url, { FriendlyName: 'x', Type: 'passport', Attributes: {} }, new Blob([new Uint8Array(10)], { type: 'application/x-msdownload' }), 'x.exe');
    expect(exe.status).toBe(400);
    expect(exe.body.message).toMatch(/File/);
    const badType = await uploadDocument(acct, sim.url, { FriendlyName: 'x', Type: 'selfie', Attributes: {} });
    expect(badType.status).toBe(400);
    expect(badType.body.message).toMatch(/Type/);
    expect(await rc().supportingDocuments.list()).toHaveLength(before);
  });
});
