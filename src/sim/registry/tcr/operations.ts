import { createRecord, internalContext, removeRecord, updateRecord, type FormInput } from '../../engine/operations.js';
import type { Simulator } from '../../engine/simulator.js';
import type { World } from '../../engine/world.js';
import type { CampaignFields } from './campaign-rules.js';
import { A2pTables, type BrandRecord, type CampaignRecord, type FeeRecord, type ServicePhoneNumberRecord, type ServiceRecord } from './records.js';

/**
 * The A2P registry's operations without HTTP, for faces built on it (CloudFran's POST /brands and
 * POST /campaigns). Each goes through the same declaration as the Twilio route (engine/operations.ts):
 * the same validation (a TwilioError before anything changes), records, lifecycles, events and fees.
 */
export interface BrandInput {
  customerProfileBundleSid: string;
  a2pProfileBundleSid: string;
  brandType?: 'STANDARD' | 'SOLE_PROPRIETOR';
  mock?: boolean;
  skipAutomaticSecVet?: boolean;
}

/** `POST /v1/a2p/BrandRegistrations`: registers a brand on a customer profile and an A2P trust product of the account. */
export function createBrandRegistration(sim: Simulator, world: World, input: BrandInput): BrandRecord {
  return createRecord(internalContext(sim, world), sim.declaration<BrandRecord>(A2pTables.brands), {
    CustomerProfileBundleSid: input.customerProfileBundleSid,
    A2PProfileBundleSid: input.a2pProfileBundleSid,
    BrandType: input.brandType,
    Mock: input.mock,
    SkipAutomaticSecVet: input.skipAutomaticSecVet,
  });
}

/** `POST /v1/a2p/BrandRegistrations/{Sid}`: resubmits a FAILED brand. */
export function resubmitBrandRegistration(sim: Simulator, world: World, brandSid: string): BrandRecord {
  return updateRecord(internalContext(sim, world), sim.declaration<BrandRecord>(A2pTables.brands), brandSid, {});
}

/** `POST /v1/Services`. */
export function createMessagingService(sim: Simulator, world: World, input: { friendlyName: string; usecase?: string; statusCallback?: string; inboundRequestUrl?: string }): ServiceRecord {
  return createRecord(internalContext(sim, world), sim.declaration<ServiceRecord>(A2pTables.services), {
    FriendlyName: input.friendlyName,
    Usecase: input.usecase,
    StatusCallback: input.statusCallback,
    InboundRequestUrl: input.inboundRequestUrl,
  });
}

function campaignForm(input: CampaignFields): FormInput {
  return { ...input } as FormInput;
}

/** `POST /v1/Services/{MG}/Compliance/Usa2p`: submits a campaign (fields named as Twilio's parameters). */
export function createCampaign(sim: Simulator, world: World, serviceSid: string, input: CampaignFields): CampaignRecord {
  return createRecord(internalContext(sim, world, { MessagingServiceSid: serviceSid }), sim.declaration<CampaignRecord>(A2pTables.campaigns), campaignForm(input));
}

/** `POST /v1/Services/{MG}/Compliance/Usa2p/{QE}`: updates a FAILED campaign and resubmits it. */
export function updateCampaign(sim: Simulator, world: World, serviceSid: string, campaignSid: string, input: CampaignFields): CampaignRecord {
  return updateRecord(internalContext(sim, world, { MessagingServiceSid: serviceSid }), sim.declaration<CampaignRecord>(A2pTables.campaigns), campaignSid, campaignForm(input));
}

/** `DELETE /v1/Services/{MG}/Compliance/Usa2p/{QE}`: the service's numbers leave the campaign. */
export function deleteCampaign(sim: Simulator, world: World, serviceSid: string, campaignSid: string): void {
  removeRecord(internalContext(sim, world, { MessagingServiceSid: serviceSid }), sim.declaration<CampaignRecord>(A2pTables.campaigns), campaignSid);
}

/** `POST /v1/Services/{MG}/PhoneNumbers`: the number registers to the service's campaign once it is VERIFIED. */
export function addNumberToService(sim: Simulator, world: World, serviceSid: string, phoneNumberSid: string): ServicePhoneNumberRecord {
  return createRecord(internalContext(sim, world, { ServiceSid: serviceSid }), sim.declaration<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers), { PhoneNumberSid: phoneNumberSid });
}

/** `DELETE /v1/Services/{MG}/PhoneNumbers/{PN}`: the number is deregistered. */
export function removeNumberFromService(sim: Simulator, world: World, serviceSid: string, phoneNumberSid: string): void {
  removeRecord(internalContext(sim, world, { ServiceSid: serviceSid }), sim.declaration<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers), phoneNumberSid);
}

/** Registration fees Twilio would have charged the account, oldest first. */
export function a2pFees(world: World): FeeRecord[] {
  return world.table<FeeRecord>(A2pTables.fees).values();
}
