import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/sim/registry/evaluation.js';
import {
  findCatalogType,
  findRegulation,
  purchaseRegulations,
  REGULATIONS,
  REGULATORY_DOCUMENT_TYPES,
  REGULATORY_END_USER_TYPES,
  regulatoryFieldName,
  servedRequirements,
} from '../../src/sim/registry/regulations.js';
import { addressSidsOf, checkRegulatedPurchase, type BundleFacts } from '../../src/sim/registry/regulatory-purchase.js';
import { BundleRejection, reviewRegulatoryBundle, type RegulatoryReviewInput } from '../../src/sim/registry/regulatory-review.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1);
const AC = `AC${'a'.repeat(32)}`;

describe('the regulatory catalogue', () => {
  it('has one regulation per (country, number type, end-user type), each asking only for known types and fields', () => {
    const keys = REGULATIONS.map((r) => `${r.iso_country}|${r.number_type}|${r.end_user_type}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(REGULATIONS.map((r) => r.sid)).size).toBe(REGULATIONS.length);
    for (const r of REGULATIONS) {
      expect(r.sid).toMatch(/^RN[0-9a-f]{32}$/);
      for (const eu of r.requirements.end_user) {
        const type = findCatalogType(REGULATORY_END_USER_TYPES, eu.type)!;
        expect(type, `${r.friendly_name}: end user type ${eu.type}`).toBeDefined();
        for (const f of eu.fields)
          expect(
            type.fields.map((x) => x.machine_name),
            `${r.friendly_name}: ${eu.type}.${f}`,
          ).toContain(f);
        expect(eu.detailed_fields!.map((d) => d.machine_name)).toEqual(eu.fields);
      }
      for (const doc of r.requirements.supporting_document.flat().flatMap((g) => g.accepted_documents)) {
        if (doc.type === 'address') continue;
        const type = findCatalogType(REGULATORY_DOCUMENT_TYPES, doc.type)!;
        expect(type, `${r.friendly_name}: document type ${doc.type}`).toBeDefined();
        for (const f of doc.fields)
          expect(
            type.fields.map((x) => x.machine_name),
            `${r.friendly_name}: ${doc.type}.${f}`,
          ).toContain(f);
      }
    }
  });

  it('serves constraints only on request, without changing the catalogue', () => {
    const reg = findRegulation('de', 'local', 'business')!;
    expect(reg.sid).toBe('RNfd11dde5d4b7252abf96139766f68034');
    const plain = servedRequirements(reg, false);
    expect(plain.end_user[0]!.detailed_fields!.some((d) => 'constraint' in d)).toBe(false);
    expect(reg.requirements.end_user[0]!.detailed_fields!.every((d) => typeof d.constraint === 'string')).toBe(true);
    expect(servedRequirements(reg, true)).toBe(reg.requirements);
    expect(regulatoryFieldName('business', 'business_registration_number')).toBe('Business Registration Number');
  });

  it('needs a bundle to buy numbers everywhere but in the US and Canada', () => {
    expect(purchaseRegulations('US', 'local')).toHaveLength(0);
    expect(purchaseRegulations('CA', 'toll-free')).toHaveLength(0);
    expect(
      purchaseRegulations('DE', 'local')
        .map((r) => r.end_user_type)
        .sort(),
    ).toEqual(['business', 'individual']);
    expect(purchaseRegulations('AU', 'mobile')).toHaveLength(2);
  });
});

describe('reviewRegulatoryBundle', () => {
  const reg = findRegulation('DE', 'local', 'individual')!;
  const compliant = evaluate(
    reg.requirements,
    reg['x-sim'],
    [
      { kind: 'end_user', sid: 'IT1', type: 'individual', attributes: { first_name: 'Ada', last_name: 'Lovelace', birth_date: '1990-01-01' } },
      { kind: 'document', sid: 'RD1', type: 'passport', attributes: { first_name: 'Ada', last_name: 'Lovelace', address_sids: 'AD1' } },
    ],
    { fieldName: regulatoryFieldName, addressExists: () => true },
  );
  const base: RegulatoryReviewInput = {
    regulation: { iso_country: 'DE', address: 'local' },
    evaluation: compliant,
    isTest: false,
    documents: [{ sid: 'RD1', type: 'passport', attributes: { first_name: 'Ada', last_name: 'Lovelace', address_sids: 'AD1' } }],
    addresses: [{ sid: 'AD1', iso_country: 'DE', referencedBy: ['RD1'] }],
    now: NOW,
  };

  it('approves a compliant bundle, with a ValidUntil only where the regulation gives one', () => {
    expect(compliant.status).toBe('compliant');
    expect(reviewRegulatoryBundle(base)).toEqual({ outcome: 'twilio-approved', validUntil: null });
    expect(reviewRegulatoryBundle({ ...base, regulation: { ...base.regulation, valid_for_days: 455 } })).toEqual({ outcome: 'twilio-approved', validUntil: NOW + 455 * DAY });
  });

  it('rejects test bundles, noncompliant ones, expired documents and foreign addresses, naming the documents at fault', () => {
    expect(reviewRegulatoryBundle({ ...base, isTest: true })).toMatchObject({ outcome: 'twilio-rejected', findings: [] });
    const missing = evaluate(reg.requirements, reg['x-sim'], [], { fieldName: regulatoryFieldName, addressExists: () => true });
    const r1 = reviewRegulatoryBundle({ ...base, evaluation: missing });
    expect(r1).toMatchObject({ outcome: 'twilio-rejected' });
    expect(r1.outcome === 'twilio-rejected' && r1.reason).toMatch(/An Individual End-User is missing/);

    const expired = reviewRegulatoryBundle({ ...base, documents: [{ ...base.documents[0]!, attributes: { expiration_date: '2020-01-31' } }] });
    expect(expired).toMatchObject({ outcome: 'twilio-rejected', findings: [{ sid: 'RD1', code: BundleRejection.ExpiredDocument }] });

    const foreign = reviewRegulatoryBundle({ ...base, addresses: [{ sid: 'AD1', iso_country: 'AT', referencedBy: ['RD1'] }] });
    expect(foreign).toMatchObject({ outcome: 'twilio-rejected', findings: [{ sid: 'RD1', code: BundleRejection.DomesticAddress }] });
    // Toll-free regulations take an address anywhere.
    expect(reviewRegulatoryBundle({ ...base, regulation: { iso_country: 'DE', address: 'any' }, addresses: [{ sid: 'AD1', iso_country: 'AT', referencedBy: ['RD1'] }] }).outcome).toBe(
      'twilio-approved',
    );
  });

  it('follows a forced outcome over the data', () => {
    expect(reviewRegulatoryBundle({ ...base, isTest: true, forced: { outcome: 'twilio-approved' } }).outcome).toBe('twilio-approved');
    expect(reviewRegulatoryBundle({ ...base, forced: { outcome: 'provisionally-approved' } })).toEqual({ outcome: 'provisionally-approved' });
    expect(reviewRegulatoryBundle({ ...base, forced: { outcome: 'twilio-rejected', code: 18050 } })).toMatchObject({ outcome: 'twilio-rejected', findings: [{ sid: 'RD1', code: 18050 }] });
  });
});

describe('checkRegulatedPurchase', () => {
  const deLocal = findRegulation('DE', 'local', 'business')!;
  const bundle = (over: Partial<BundleFacts> = {}): BundleFacts => ({ sid: `BU${'1'.repeat(32)}`, account_sid: AC, status: 'twilio-approved', regulation_sid: deLocal.sid, address_sids: [], ...over });

  it('lets US and Canadian numbers through without a bundle, and refuses a regulated number without one (21649)', () => {
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'US', numberType: 'local' })).toMatchObject({ ok: true, regulation: null });
    const refused = checkRegulatedPurchase({ accountSid: AC, isoCountry: 'de', numberType: 'local' });
    expect(refused).toMatchObject({ ok: false, status: 400, code: 21649 });
    expect(!refused.ok && refused.message).toMatch(/Germany: Local - Business/);
  });

  it('takes only an approved bundle of the same account whose regulation matches the number', () => {
    const sid = bundle().sid;
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'DE', numberType: 'local', bundleSid: sid, bundle: bundle() })).toMatchObject({ ok: true, regulation: { sid: deLocal.sid } });
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'DE', numberType: 'local', bundleSid: sid })).toMatchObject({ ok: false, code: 21649 });
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'DE', numberType: 'local', bundleSid: sid, bundle: bundle({ account_sid: `AC${'b'.repeat(32)}` }) })).toMatchObject({
      ok: false,
      code: 21649,
    });
    const pending = checkRegulatedPurchase({ accountSid: AC, isoCountry: 'DE', numberType: 'local', bundleSid: sid, bundle: bundle({ status: 'pending-review' }) });
    expect(!pending.ok && pending.message).toBe(`Bundle ${sid} status is not twilio-approved (it is pending-review)`);
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'DE', numberType: 'mobile', bundleSid: sid, bundle: bundle() })).toMatchObject({ ok: false, code: 21649 });
    expect(checkRegulatedPurchase({ accountSid: AC, isoCountry: 'FR', numberType: 'local', bundleSid: sid, bundle: bundle() })).toMatchObject({ ok: false, code: 21649 });
  });

  it('reads address_sids as Twilio’s examples send them', () => {
    expect(addressSidsOf({ address_sids: 'AD1, AD2' })).toEqual(['AD1', 'AD2']);
    expect(addressSidsOf({ address_sids: ['AD1'] })).toEqual(['AD1']);
    expect(addressSidsOf({})).toEqual([]);
  });
});
