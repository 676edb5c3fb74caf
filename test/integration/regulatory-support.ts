import twilio from 'twilio';
import { expect } from 'vitest';
import type { Received } from '../helpers/receiver.js';
import { assertValid, type TestAccount } from '../helpers/sim.js';

/** Shared steps of the regulatory suites: seed 001 as a client would script it, driven by what the Regulation asks. */

export const VALUES: Record<string, string> = {
  business_name: 'Acme Telecom',
  business_registration_identifier: 'OTHER',
  business_registration_number: 'HRB 123456',
  business_website: 'https://www.acme-telecom.com',
  business_description: 'Telecommunications for small businesses',
  business_identity: 'direct_customer',
  is_subassigned: 'NO',
  first_name: 'Ada',
  last_name: 'Lovelace',
  birth_date: '1990-12-10',
  email: 'ada@acme-telecom.com',
  phone_number: '+14155550100',
  document_number: '4389237',
  issue_date: '2020-12-05',
  expiration_date: '2099-01-01',
  registered_seat_of_business: '1 Main Street',
};

export const ADDRESSES: Record<string, { city: string; region: string; postalCode: string; street: string }> = {
  US: { city: 'San Francisco', region: 'CA', postalCode: '94105', street: '1234 Market St' },
  CA: { city: 'Toronto', region: 'ON', postalCode: 'M5H 2N2', street: '100 Queen St W' },
  AU: { city: 'Sydney', region: 'NSW', postalCode: '2000', street: '1 George St' },
  GB: { city: 'London', region: 'Greater London', postalCode: 'EC1A 1BB', street: '1 High Street' },
  DE: { city: 'Berlin', region: 'Berlin', postalCode: '10115', street: 'Invalidenstrasse 1' },
  FR: { city: 'Paris', region: 'Ile-de-France', postalCode: '75001', street: '1 Rue de Rivoli' },
};

export interface Requirements {
  end_user: Array<{ type: string; fields: string[]; detailed_fields?: Array<{ machine_name: string; constraint?: string }> }>;
  supporting_document: Array<Array<{ requirement_name: string; accepted_documents: Array<{ type: string; fields: string[] }> }>>;
}

export async function createAddress(acct: TestAccount, iso: string, customerName = 'Acme Telecom') {
  const a = ADDRESSES[iso]!;
  return acct.client.addresses.create({ customerName, street: a.street, city: a.city, region: a.region, postalCode: a.postalCode, isoCountry: iso });
}

/** A supporting document through numbers-upload, as seed 001's curl sends it (multipart, `File=@…`). */
export async function uploadDocument(
  acct: TestAccount,
  baseUrl: string,
  form: { FriendlyName: string; Type: string; Attributes: Record<string, unknown> },
  file = new Blob([new Uint8Array(2048).fill(7)], { type: 'image/png' }),
  filename = 'proof.png',
) {
  const body = new FormData();
  body.set('Attributes', JSON.stringify(form.Attributes));
  body.set('FriendlyName', form.FriendlyName);
  body.set('Type', form.Type);
  body.set('File', file, filename);
  const url = `${baseUrl}/numbers-upload/v2/RegulatoryCompliance/SupportingDocuments`;
  const res = await fetch(url, { method: 'POST', headers: { authorization: acct.auth }, body });
  const json = await res.json();
  assertValid({ method: 'POST', url, status: res.status, body: json });
  return { status: res.status, body: json as any };
}

/**
 * Seed 001, steps 2–5 for one regulation: the end user, an Address where "Address Validation" is
 * accepted, one document per accepted type with the fields every requirement asks of it, all
 * assigned. Returns what it made.
 */
export async function fillBundle(
  acct: TestAccount,
  bundleSid: string,
  iso: string,
  requirements: Requirements,
  opts: { upload?: { type: string; baseUrl: string }; values?: Record<string, string> } = {},
) {
  const rc = acct.client.numbers.v2.regulatoryCompliance;
  const values = { ...VALUES, ...opts.values };
  const address = await createAddress(acct, iso, values.business_name);
  const made: string[] = [];
  for (const eu of requirements.end_user) {
    const optional = new Set((eu.detailed_fields ?? []).filter((d) => d.constraint === '').map((d) => d.machine_name));
    const attributes = Object.fromEntries(eu.fields.filter((f) => !optional.has(f)).map((f) => [f, values[f]]));
    const endUser = await rc.endUsers.create({ friendlyName: `${values.business_name} ${eu.type}`, type: eu.type as 'business', attributes });
    made.push(endUser.sid);
  }
  const docFields = new Map<string, Set<string>>();
  let needsAddressItem = false;
  for (const group of requirements.supporting_document) {
    const accepted = group[0]!.accepted_documents[0]!;
    if (accepted.type === 'address') needsAddressItem = true;
    else docFields.set(accepted.type, new Set([...(docFields.get(accepted.type) ?? []), ...accepted.fields]));
  }
  for (const [type, fields] of docFields) {
    const attributes = Object.fromEntries([...fields].map((f) => [f, f === 'address_sids' ? [address.sid] : values[f]]));
    const form = { FriendlyName: `${values.business_name} ${type}`, Type: type, Attributes: attributes };
    if (opts.upload?.type === type) {
      const up = await uploadDocument(acct, opts.upload.baseUrl, form);
      expect(up.status).toBe(201);
      made.push(up.body.sid);
    } else {
      made.push((await rc.supportingDocuments.create({ friendlyName: form.FriendlyName, type, attributes })).sid);
    }
  }
  if (needsAddressItem) made.push(address.sid);
  for (const objectSid of made) await rc.bundles(bundleSid).itemAssignments.create({ objectSid });
  return { address, items: made };
}

export function signed(acct: TestAccount, r: Received): boolean {
  return twilio.validateRequest(acct.token, String(r.headers['x-twilio-signature']), r.url, r.form);
}

/** A twilio-approved bundle for (country, number type, end-user type), as seed 001 builds one, and the Address it holds. */
export async function approvedBundle(acct: TestAccount, iso: string, numberType: string, endUserType: 'business' | 'individual' = 'business') {
  const rc = acct.client.numbers.v2.regulatoryCompliance;
  const [regulation] = await rc.regulations.list({ isoCountry: iso, numberType, endUserType });
  const bundle = await rc.bundles.create({ regulationSid: regulation!.sid, friendlyName: `${iso} ${numberType} ${endUserType}`, email: 'ops@acme-telecom.com' });
  const { address } = await fillBundle(acct, bundle.sid, iso, regulation!.requirements as Requirements);
  await rc.bundles(bundle.sid).update({ status: 'pending-review' });
  await acct.settle();
  const approved = await rc.bundles(bundle.sid).fetch();
  expect(approved.status).toBe('twilio-approved');
  return { bundleSid: bundle.sid, addressSid: address.sid };
}
