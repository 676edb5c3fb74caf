import { describe, expect, it } from 'vitest';
import { editableNow, isReservedHost, reviewTollfree, type TollfreeReviewInput } from '../../src/sim/twilio/messaging/tollfree-verification-rules.js';

const GOOD: TollfreeReviewInput = {
  businessName: 'Acme, Inc.',
  businessWebsite: 'https://www.acme-inc.com',
  notificationEmail: 'compliance@acme-inc.com',
  businessContactEmail: 'jane.doe@acme-inc.com',
  useCaseCategories: ['ACCOUNT_NOTIFICATIONS'],
  useCaseSummary: 'Appointment reminders for customers who opted in on acme-inc.com.',
  productionMessageSample: 'Acme: your appointment is confirmed. Reply STOP to opt out.',
  optInImageUrls: ['https://www.acme-inc.com/sms/opt-in.png'],
  optInType: 'WEB_FORM',
  additionalInformation: null,
  vettingProvider: null,
  vettingId: null,
};

describe('toll-free verification review (registry)', () => {
  it('approves a complete submission', () => {
    expect(reviewTollfree(GOOD)).toEqual({ outcome: 'TWILIO_APPROVED' });
  });

  it('reports every finding, the first as the error code, and marks forbidden categories not editable', () => {
    const d = reviewTollfree({ ...GOOD, optInImageUrls: ['https://opt-in.example/a.png'], productionMessageSample: 'Acme: hello.' });
    expect(d).toMatchObject({ outcome: 'TWILIO_REJECTED', errorCode: 30509, editAllowed: true });
    if (d.outcome !== 'TWILIO_REJECTED') throw new Error('expected a rejection');
    expect(d.reasons.map((r) => r.code)).toEqual([30509, 30513]);
    expect(reviewTollfree({ ...GOOD, useCaseSummary: 'Credit repair offers.' })).toMatchObject({ errorCode: 30466, editAllowed: false });
  });

  it('derives the contact, verbal and political rejections', () => {
    expect(reviewTollfree({ ...GOOD, notificationEmail: 'x@yopmail.com' })).toMatchObject({ errorCode: 30801 });
    expect(reviewTollfree({ ...GOOD, optInType: 'VERBAL' })).toMatchObject({ errorCode: 30511 });
    expect(reviewTollfree({ ...GOOD, optInType: 'VERBAL', additionalInformation: 'Agent: may we text you reminders? Reply STOP anytime.' })).toEqual({ outcome: 'TWILIO_APPROVED' });
    expect(reviewTollfree({ ...GOOD, useCaseCategories: ['POLITICAL_ELECTION_CAMPAIGNS'] })).toMatchObject({ errorCode: 30501 });
    expect(reviewTollfree({ ...GOOD, useCaseCategories: ['POLITICAL_ELECTION_CAMPAIGNS'], vettingProvider: 'CAMPAIGN_VERIFY', vettingId: 'cv|1.0|tcr|10dlc|abc' })).toEqual({
      outcome: 'TWILIO_APPROVED',
    });
  });

  it('lets a forced outcome win, in either spelling', () => {
    expect(reviewTollfree({ ...GOOD, productionMessageSample: 'hello', forced: { outcome: 'twilio-approved' } })).toEqual({ outcome: 'TWILIO_APPROVED' });
    expect(reviewTollfree({ ...GOOD, forced: { outcome: 'TWILIO_REJECTED', code: 30464 } })).toMatchObject({ errorCode: 30464, reason: 'Disallowed: Cryptocurrency.', editAllowed: false });
  });

  it('knows reserved hosts and the edit window', () => {
    for (const h of ['example.com', 'www.example.org', 'shop.test', 'localhost', '10.0.0.5', '192.168.1.1']) expect(isReservedHost(h), h).toBe(true);
    for (const h of ['www.acme-inc.com', 'examples.com', 'cdn.acme.io']) expect(isReservedHost(h), h).toBe(false);
    const rec = { status: 'TWILIO_REJECTED' as const, edit_allowed: true, edit_expiration: 1000 };
    expect(editableNow(rec, 999)).toBe(true);
    expect(editableNow(rec, 1000)).toBe(false);
    expect(editableNow({ ...rec, edit_allowed: false }, 0)).toBe(false);
  });
});
