import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isvPrimaryProfile } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * TrustHub ComplianceInquiries: the five Initialize calls of Twilio's embeddable compliance forms.
 * The simulator has no form: it issues an inquiry id, a session token and the customer or
 * registration id, and only ids it issued can be resumed.
 */
describe('TrustHub ComplianceInquiries Initialize (customer, GB registration, toll-free)', () => {
  let sim: TestSim;
  let a: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'compliance-inquiries' });
    a = await sim.account();
  });

  afterAll(async () => {
    await sim.close();
  });

  const inquiryId = /^inq_[0-9a-f]{24}$/;

  it('starts a customer inquiry (201) and resumes it with a primary profile (200) under the same customer id, with a new inquiry', async () => {
    const started = await a.client.trusthub.v1.complianceInquiries.create({ notificationEmail: 'ops@example.com' });
    expect(started.inquiryId).toMatch(inquiryId);
    expect(started.inquirySessionToken).toEqual(expect.any(String));
    expect(started.customerId).toMatch(new RegExp(`^tri1\\.us1\\.trusthub\\.${a.sid}\\.customer\\.BU[0-9a-f]{32}$`));
    expect(started.url).toBe(`https://trusthub.twilio.com/v1/ComplianceInquiries/Customers/${started.customerId}/Initialize`);

    const primarySid = await isvPrimaryProfile(sim);
    // The primary profile lives in the ISV's own account; this account names one of its own profiles.
    const own = await a.client.trusthub.v1.customerProfiles.create({ friendlyName: 'Acme', email: 'ops@example.com', policySid: 'RNdfbf3fae0e1107f8aded0e7cead80bf5' });
    const resumed = await a.client.trusthub.v1.complianceInquiries(started.customerId).update({ primaryProfileSid: own.sid });
    expect(resumed.customerId).toBe(started.customerId);
    expect(resumed.inquiryId).toMatch(inquiryId);
    expect(resumed.inquiryId).not.toBe(started.inquiryId);
    expect(resumed.inquirySessionToken).not.toBe(started.inquirySessionToken);

    await expect(a.client.trusthub.v1.complianceInquiries(started.customerId).update({ primaryProfileSid: primarySid })).rejects.toMatchObject({ status: 400 });
    await expect(a.client.trusthub.v1.complianceInquiries(`tri1.us1.trusthub.${a.sid}.customer.BU${'0'.repeat(32)}`).update({ primaryProfileSid: own.sid })).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
    const missing = await a.request('POST', `/trusthub/v1/ComplianceInquiries/Customers/${started.customerId}/Initialize`, { form: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('PrimaryProfileSid');
    await expect(a.client.trusthub.v1.complianceInquiries.create({ notificationEmail: 'not-an-email' })).rejects.toMatchObject({ status: 400 });
  });

  it('starts a GB regulatory registration inquiry (201) and resumes it (200); EndUserType and PhoneNumberType are required', async () => {
    const started = await a.client.trusthub.v1.complianceRegistrationInquiries.create({ endUserType: 'Business', phoneNumberType: 'national', businessLegalName: 'Acme Ltd' });
    expect(started.inquiryId).toMatch(inquiryId);
    expect(started.registrationId).toMatch(new RegExp(`^tri1\\.us1\\.account\\.${a.sid}\\.registration\\.BU[0-9a-f]{32}$`));
    expect(started.url).toBe(`https://trusthub.twilio.com/v1/ComplianceInquiries/Registration/${started.registrationId}/RegulatoryCompliance/GB/Initialize`);
    const resumed = await a.client.trusthub.v1.complianceRegistrationInquiries(started.registrationId).update({ isIsvEmbed: true });
    expect(resumed).toMatchObject({ registrationId: started.registrationId, url: started.url });
    // The SDK refuses a missing required parameter itself; a raw request gets Twilio's 400.
    const missing = await a.request('POST', '/trusthub/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize', { form: { EndUserType: 'Business' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('PhoneNumberType');
    await expect(a.client.trusthub.v1.complianceRegistrationInquiries.create({ endUserType: 'Company' as never, phoneNumberType: 'local' })).rejects.toMatchObject({ status: 400 });
  });

  it("starts a toll-free inquiry for one of the account's toll-free numbers, naming its PN SID", async () => {
    const [tf] = await a.client.availablePhoneNumbers('US').tollFree.list({ limit: 1 });
    const number = await a.client.incomingPhoneNumbers.create({ phoneNumber: tf!.phoneNumber });
    const started = await a.client.trusthub.v1.complianceTollfreeInquiries.create({ tollfreePhoneNumber: number.phoneNumber, notificationEmail: 'ops@example.com', optInType: 'WEB_FORM' });
    expect(started).toMatchObject({ registrationId: `tri1.us1.trusthub.${a.sid}.tollfree.${number.sid}`, url: 'https://trusthub.twilio.com/v1/ComplianceInquiries/Tollfree/Initialize' });
    expect(started.inquiryId).toMatch(inquiryId);

    const local = await a.client.incomingPhoneNumbers.create({ areaCode: '415' });
    await expect(a.client.trusthub.v1.complianceTollfreeInquiries.create({ tollfreePhoneNumber: local.phoneNumber, notificationEmail: 'ops@example.com' })).rejects.toMatchObject({ status: 400 });
    await expect(a.client.trusthub.v1.complianceTollfreeInquiries.create({ tollfreePhoneNumber: '+18005550100', notificationEmail: 'ops@example.com' })).rejects.toMatchObject({ status: 400 });
    const missing = await a.request('POST', '/trusthub/v1/ComplianceInquiries/Tollfree/Initialize', { form: { TollfreePhoneNumber: number.phoneNumber } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('NotificationEmail');
  });
});
