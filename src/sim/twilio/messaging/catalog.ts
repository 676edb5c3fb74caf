import { loadFixture } from '../../registry/fixtures.js';

/** The Messaging face's catalogue (fixtures/messaging): Messaging Service use cases and the A2P Event Streams types. */
export interface ServiceUsecase {
  usecase: string;
  description: string;
  purpose: string;
}

export interface A2pEventType {
  type: string;
  schema_id: string;
  latest_version: number;
  description: string;
}

export const SERVICE_USECASES: readonly ServiceUsecase[] = loadFixture<ServiceUsecase[]>('messaging/service-usecases.json');
export const A2P_EVENT_TYPES: readonly A2pEventType[] = loadFixture<A2pEventType[]>('messaging/a2p-event-types.json');

export function eventType(type: string): A2pEventType | undefined {
  return A2P_EVENT_TYPES.find((t) => t.type === type);
}

/** Full Event Streams type names, by what they announce. */
export const A2pEvent = {
  brandRegistered: 'com.twilio.messaging.compliance.brand-registration.brand-registered',
  brandFailure: 'com.twilio.messaging.compliance.brand-registration.brand-failure',
  brandVerified: 'com.twilio.messaging.compliance.brand-registration.brand-verified',
  brandUnverified: 'com.twilio.messaging.compliance.brand-registration.brand-unverified',
  brandVettedVerified: 'com.twilio.messaging.compliance.brand-registration.brand-vetted-verified',
  brandSecondaryVettingFailure: 'com.twilio.messaging.compliance.brand-registration.brand-secondary-vetting-failure',
  campaignSubmitted: 'com.twilio.messaging.compliance.campaign-registration.campaign-submitted',
  campaignFailure: 'com.twilio.messaging.compliance.campaign-registration.campaign-failure',
  campaignApproved: 'com.twilio.messaging.compliance.campaign-registration.campaign-approved',
  campaignDeleted: 'com.twilio.messaging.compliance.campaign-registration.campaign-deleted',
  numberPending: 'com.twilio.messaging.compliance.number-registration.pending',
  numberSuccessful: 'com.twilio.messaging.compliance.number-registration.successful',
  numberFailed: 'com.twilio.messaging.compliance.number-registration.failed',
  numberDeregistrationPending: 'com.twilio.messaging.compliance.number-deregistration.pending',
  numberDeregistrationSuccessful: 'com.twilio.messaging.compliance.number-deregistration.successful',
  numberDeregistrationFailed: 'com.twilio.messaging.compliance.number-deregistration.failed',
} as const;
