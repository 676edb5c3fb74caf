import { describe, expect, it } from 'vitest';
import { unitWorld } from '../helpers/world.js';
import { a2pSendingCheck, senderKind } from '../../src/sim/twilio/messaging/a2p-sending.js';
import { A2pTables } from '../../src/sim/twilio/messaging/records.js';

const world = () => unitWorld();

const PN = `PN${'a'.repeat(32)}`;
const MG = `MG${'b'.repeat(32)}`;
const QE = `QE${'c'.repeat(32)}`;
const base = { account_sid: `AC${'0'.repeat(32)}`, date_created: 0, date_updated: 0 };

describe('a2pSendingCheck (FIDELITY §3: unregistered 10DLC traffic is blocked)', () => {
  it('classifies senders by declared type, else by the NANP numbering plan', () => {
    expect(senderKind({ phone_number: '+14155550100' })).toBe('us-10dlc');
    expect(senderKind({ phone_number: '+18885550100' })).toBe('us-toll-free');
    expect(senderKind({ phone_number: '+14155550100', number_type: 'toll-free' })).toBe('us-toll-free');
    expect(senderKind({ phone_number: '+16045550100', iso_country: 'CA' })).toBe('other');
    expect(senderKind({ phone_number: '+447700900123' })).toBe('other');
  });

  it('refuses a 10DLC number until its service campaign is VERIFIED and its registration successful', () => {
    const w = world();
    w.table(A2pTables.incomingPhoneNumbers).insert({ ...base, sid: PN, phone_number: '+14155550100', iso_country: 'US' } as never);
    expect(a2pSendingCheck(w, '+14155550100')).toMatchObject({ ok: false, errorCode: 30034 });
    const entry = {
      ...base,
      sid: PN,
      service_sid: MG,
      phone_number: '+14155550100',
      country_code: 'US',
      capabilities: ['SMS'],
      registration_status: 'pending',
      registration_campaign: QE,
      registration_error: null,
    };
    w.table(A2pTables.servicePhoneNumbers).insert(entry);
    expect(a2pSendingCheck(w, '+14155550100')).toMatchObject({ ok: false, errorCode: 30034, reason: expect.stringMatching(/no US A2P campaign/) });
    const campaign = { ...base, sid: QE, messaging_service_sid: MG, campaign_status: 'IN_PROGRESS', mock: false };
    w.table(A2pTables.campaigns).insert(campaign as never);
    expect(a2pSendingCheck(w, '+14155550100')).toMatchObject({ ok: false, errorCode: 30034, reason: expect.stringMatching(/IN_PROGRESS/) });
    campaign.campaign_status = 'VERIFIED';
    expect(a2pSendingCheck(w, '+14155550100')).toMatchObject({ ok: false, errorCode: 30034, reason: expect.stringMatching(/pending/) });
    entry.registration_status = 'successful';
    expect(a2pSendingCheck(w, '+14155550100')).toEqual({ ok: true, campaignSid: QE });
    campaign.mock = true;
    expect(a2pSendingCheck(w, '+14155550100')).toMatchObject({ ok: false, errorCode: 30034, reason: expect.stringMatching(/mock/) });
  });

  it('refuses unverified toll-free numbers with 30032 and lets non-US senders through', () => {
    const w = world();
    expect(a2pSendingCheck(w, '+18885550100')).toMatchObject({ ok: false, errorCode: 30032 });
    expect(a2pSendingCheck(w, '+447700900123')).toEqual({ ok: true, campaignSid: null });
  });
});
