import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/sim/wire/dates.js';
import {
  brandsOf,
  getBrand,
  getCampaign,
  linkNumber,
  registerBrand,
  registerCampaign,
  resubmitBrand,
  TCR_HANDLERS,
  tcrEvidenceTopic,
  tcrTopic,
  TcrError,
  TcrTables,
  type TcrBrandIdentity,
  type TcrCampaignFields,
  type TcrChange,
  type TcrEvidenceRequest,
} from '../../src/sim/registry/tcr/api.js';
import { unitWorld } from '../helpers/world.js';

const identity: TcrBrandIdentity = {
  entityType: 'PRIVATE_PROFIT',
  displayName: 'Acme Plumbing',
  companyName: 'Acme Plumbing LLC',
  ein: '12-3456789',
  einIssuingCountry: 'US',
  street: '1 Main St',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  country: 'US',
  email: 'ops@acmeplumbing.com',
  website: 'https://acmeplumbing.com',
  vertical: 'CONSTRUCTION',
};

const campaign: TcrCampaignFields = {
  usecase: 'CUSTOMER_CARE',
  description: 'Acme Plumbing answers customer questions about appointments and repairs by text.',
  messageFlow: 'Customers opt in by ticking a box on the booking form at https://acmeplumbing.com/book.',
  samples: ['Acme Plumbing: your plumber arrives at 10am tomorrow. Reply STOP to opt out.', 'Acme Plumbing: thanks for your question, a technician will call you today. Reply STOP to opt out.'],
  embeddedLink: false,
  embeddedPhone: false,
};

function tcrWorld() {
  return unitWorld({ handlers: TCR_HANDLERS });
}

describe('the neutral TCR', () => {
  it('keeps a Twilio brand and a Bird brand with the same identity as separate records, approved by the same rules', () => {
    const world = tcrWorld();
    const twilio = registerBrand(world, 'twilio', 'BN0001', identity);
    const bird = registerBrand(world, 'bird', 'b1d-uuid', identity);
    expect(twilio.sid).not.toBe(bird.sid);
    expect(twilio.sid).toMatch(/^B[0-9A-F]{6}$/);
    expect(brandsOf(world, 'twilio').map((b) => b.ownerRef)).toEqual(['BN0001']);
    expect(brandsOf(world, 'bird').map((b) => b.ownerRef)).toEqual(['b1d-uuid']);
    world.advance(2 * DAY);
    for (const id of [twilio.sid, bird.sid]) {
      const b = getBrand(world, id);
      expect(b.status).toBe('APPROVED');
      expect(b.identityStatus).toBe('VETTED_VERIFIED');
      expect(b.score).toBeGreaterThanOrEqual(40);
    }
  });

  it('fails the same bad identity for either provider with the same error, and lets it be resubmitted fixed', () => {
    const world = tcrWorld();
    const bad = { ...identity, ein: '00-0000000' };
    const ids = (['twilio', 'bird'] as const).map((p) => registerBrand(world, p, `ref-${p}`, bad).sid);
    world.advance(2 * DAY);
    const [a, b] = ids.map((id) => getBrand(world, id));
    expect(a!.status).toBe('FAILED');
    expect(b!.status).toBe('FAILED');
    expect(a!.errors.map((e) => e.code)).toEqual(b!.errors.map((e) => e.code));
    const again = resubmitBrand(world, ids[1]!, { ein: '12-3456789' });
    expect(again.status).toBe('PENDING');
    world.advance(2 * DAY);
    expect(getBrand(world, ids[1]!).status).toBe('APPROVED');
  });

  it('refuses a campaign on a brand not yet approved and changes nothing', () => {
    const world = tcrWorld();
    const brand = registerBrand(world, 'bird', 'ref', identity);
    expect(() => registerCampaign(world, 'c-ref', brand.sid, campaign)).toThrow(TcrError);
    expect(world.table(TcrTables.campaigns).values()).toHaveLength(0);
  });

  it('reviews a campaign and acknowledges a number on the clock, telling the submitting face only', () => {
    const seen: Array<[string, TcrChange['kind']]> = [];
    // What the simulator does with Face.listeners: each notice goes to the topic's listeners.
    const world = unitWorld({ handlers: TCR_HANDLERS, notify: (_w, topic, c) => seen.push([topic, (c as TcrChange).kind]) });
    const brand = registerBrand(world, 'bird', 'ref', identity);
    world.advance(2 * DAY);
    const c = registerCampaign(world, 'c-ref', brand.sid, campaign);
    expect(c.sid).toMatch(/^C[0-9A-F]{6}$/);
    world.advance(5 * DAY);
    expect(getCampaign(world, c.sid).status).toBe('ACTIVE');
    const link = linkNumber(world, 'PN-ref', c.sid, '+15555550100');
    expect(link.status).toBe('PENDING');
    world.advance(DAY);
    expect(world.table(TcrTables.links).get(link.sid)).toMatchObject({ status: 'ACTIVE' });
    expect(seen.every(([topic]) => topic === tcrTopic('bird'))).toBe(true);
    expect(seen.map(([, k]) => k)).toContain('link');
  });

  it('forces a campaign rejection through an override on the face reference', () => {
    const world = tcrWorld();
    const brand = registerBrand(world, 'twilio', 'BN1', identity);
    world.advance(2 * DAY);
    const c = registerCampaign(world, 'QE1', brand.sid, campaign);
    world.addOverride('QE1', { outcome: 'FAILED', code: 30886 });
    world.advance(5 * DAY);
    const done = getCampaign(world, c.sid);
    expect(done.status).toBe('REJECTED');
    expect(done.errors[0]!.code).toBe(30886);
  });

  it('applies the outcome controls to every provider: a magic value in the brand name and an override on the face reference', () => {
    const world = tcrWorld();
    const magic = { ...identity, displayName: 'Acme [sim:failed:30794]' };
    const [t, b] = (['twilio', 'bird'] as const).map((p) => registerBrand(world, p, `magic-${p}`, magic));
    const vettingFailed = registerBrand(world, 'bird', 'uuid-override', identity);
    world.addOverride('uuid-override', { outcome: 'VETTING_FAILED' });
    world.advance(2 * DAY);
    for (const brand of [t!, b!]) {
      const done = getBrand(world, brand.sid);
      expect(done.status).toBe('FAILED');
      expect(done.errors.map((e) => e.code)).toEqual([30794]);
    }
    // Approved without the automatic vetting's score: identity VERIFIED, not VETTED_VERIFIED.
    expect(getBrand(world, vettingFailed.sid)).toMatchObject({ status: 'APPROVED', identityStatus: 'VERIFIED', score: null });
    expect(world.overrides.has('uuid-override')).toBe(false);
  });

  it('gives the same identity the same decision whichever provider submitted it, and tells each face its findings', () => {
    const findings: Record<string, unknown> = {};
    const world = unitWorld({
      handlers: TCR_HANDLERS,
      notify: (_w, topic, c) => {
        const change = c as TcrChange;
        if (change.kind === 'brand' && change.findings)
          findings[topic] = { status: change.brand.status, identity: change.brand.identityStatus, ...change.findings, secondaryVetting: change.findings.secondaryVetting?.outcome };
      },
    });
    const publicCompany = { ...identity, entityType: 'PUBLIC_PROFIT' as const, stockSymbol: 'ACME', stockExchange: 'NASDAQ' };
    registerBrand(world, 'twilio', 'BN-public', publicCompany);
    registerBrand(world, 'bird', 'uuid-public', publicCompany);
    world.advance(2 * DAY);
    expect(findings[tcrTopic('twilio')]).toEqual({
      status: 'APPROVED',
      identity: 'VETTED_VERIFIED',
      feedback: null,
      russell3000: true,
      governmentEntity: false,
      taxExemptStatus: 'N/A',
      secondaryVetting: 'success',
    });
    expect(findings[tcrTopic('bird')]).toEqual(findings[tcrTopic('twilio')]);
  });

  it("reviews a brand on the evidence its face shows: waits while the documents are in review, fails the brand with the face's error when they are gone", () => {
    let documents: 'in-review' | 'approved' | 'gone' = 'in-review';
    const asked: string[] = [];
    const world = unitWorld({
      handlers: TCR_HANDLERS,
      notify: (_w, topic, payload) => {
        if (topic !== tcrEvidenceTopic('twilio')) return;
        const request = payload as TcrEvidenceRequest;
        asked.push(request.brand.ownerRef);
        const view = (sid: string, bundleType: string) => ({ sid, bundleType, status: documents === 'approved' ? 'twilio-approved' : 'in-review' });
        request.evidence =
          documents === 'gone'
            ? { failure: { errors: [{ code: 30793, description: 'The bundle no longer exists.', fields: ['a2p_profile_bundle_sid'] }], reason: 'The bundle no longer exists.' } }
            : {
                identity: { entityType: 'PRIVATE_PROFIT', displayName: 'Acme', companyName: 'Acme', altBusinessIdType: 'EIN', ein: '12-3456789', country: 'US' },
                addresses: [],
                documents: { customerProfile: view('BU1', 'secondary_customer_profile_type_business'), trustProduct: view('BU2', 'a2p_messaging_profile_type_business') },
              };
      },
    });
    // The face vouches for an incomplete identity: its documents are read at review time.
    const waiting = registerBrand(world, 'twilio', 'BN-docs', { entityType: 'PRIVATE_PROFIT', displayName: 'Acme', country: 'US' }, { evidenceFromFace: true });
    expect(() => registerBrand(world, 'bird', 'uuid', { entityType: 'PRIVATE_PROFIT', displayName: 'Acme', country: 'US' })).toThrow(TcrError);
    world.advance(2 * DAY);
    expect(getBrand(world, waiting.sid).status).toBe('IN_REVIEW');
    expect(asked).toContain('BN-docs');
    documents = 'approved';
    world.advance(2 * DAY);
    expect(getBrand(world, waiting.sid).status).toBe('APPROVED');
    const late = registerBrand(world, 'twilio', 'BN-late', { entityType: 'PRIVATE_PROFIT', displayName: 'Acme', country: 'US' }, { evidenceFromFace: true });
    documents = 'gone';
    world.advance(2 * DAY);
    expect(getBrand(world, late.sid)).toMatchObject({ status: 'FAILED', failureReason: 'The bundle no longer exists.' });
  });

  it('applies a magic value in a campaign description and in a number label for every provider', () => {
    const world = tcrWorld();
    const outcomes = (['twilio', 'bird'] as const).map((provider) => {
      const brand = registerBrand(world, provider, `brand-${provider}`, identity);
      world.advance(2 * DAY);
      const rejected = registerCampaign(world, `rejected-${provider}`, brand.sid, { ...campaign, description: `${campaign.description} [sim:failed:30886]` });
      const active = registerCampaign(world, `active-${provider}`, brand.sid, campaign);
      world.advance(5 * DAY);
      const link = linkNumber(world, `number-${provider}`, active.sid, provider === 'twilio' ? '+15555550101' : '+15555550102', { label: 'Front desk [sim:failed:30126]' });
      world.advance(DAY);
      return {
        campaign: getCampaign(world, rejected.sid).status,
        code: getCampaign(world, rejected.sid).errors[0]?.code,
        link: world.table<{ sid: string; status: string; error: { code: number } | null }>(TcrTables.links).get(link.sid),
      };
    });
    expect(outcomes[0]).toMatchObject({ campaign: 'REJECTED', code: 30886, link: { status: 'FAILED', error: { code: 30126 } } });
    expect(outcomes[1]).toMatchObject({ campaign: outcomes[0]!.campaign, code: outcomes[0]!.code, link: { status: 'FAILED', error: { code: 30126 } } });
  });
});
