import type { Face } from '../../engine/resource.js';
import { customerProfiles, trustProducts } from './bundles.js';
import { channelEndpointAssignments, entityAssignments, evaluations } from './bundle-items.js';
import { complianceInquiryOperations } from './compliance-inquiries.js';
import { endUsers, endUserTypes, policies, supportingDocuments, supportingDocumentTypes } from './end-users-and-documents.js';

/** TrustHub v1 (trusthub.twilio.com): secondary customer profiles and trust products (seed 003 §1–2). */
export const trusthubFace: Face = {
  name: 'trusthub',
  resources: [
    customerProfiles,
    trustProducts,
    entityAssignments('customer_profile'),
    entityAssignments('trust_product'),
    channelEndpointAssignments('customer_profile'),
    channelEndpointAssignments('trust_product'),
    evaluations('customer_profile'),
    evaluations('trust_product'),
    endUsers,
    supportingDocuments,
    policies,
    endUserTypes,
    supportingDocumentTypes,
  ],
  operations: [...complianceInquiryOperations],
};
