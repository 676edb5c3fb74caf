// GENERATED from fixtures/twilio-oai/twilio_trusthub_v1.json by scripts/spec-types.mjs (openapi-typescript). Do not edit by hand:
// regenerate with `npm run spec:types` (after `npm run spec:update -- /path/to/twilio-oai/spec/json`).

export interface paths {
    "/v1/ComplianceInquiries/Customers/Initialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new Compliance Inquiry for the authenticated account. This is necessary to start a new embedded session.
         * @description Create a new Compliance Inquiry for the authenticated account. This is necessary to start a new embedded session.
         */
        post: operations["CreateComplianceInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ComplianceInquiries/Customers/{CustomerId}/Initialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a specific Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing.
         * @description Resume a specific Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing.
         */
        post: operations["UpdateComplianceInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new Compliance Registration Inquiry for the authenticated account. This is necessary to start a new embedded session.
         * @description Create a new Compliance Registration Inquiry for the authenticated account. This is necessary to start a new embedded session.
         */
        post: operations["CreateComplianceRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ComplianceInquiries/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a specific Regulatory Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing.
         * @description Resume a specific Regulatory Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing.
         */
        post: operations["UpdateComplianceRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ComplianceInquiries/Tollfree/Initialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new Compliance Tollfree Verification Inquiry for the authenticated account. This is necessary to start a new embedded session.
         * @description Create a new Compliance Tollfree Verification Inquiry for the authenticated account. This is necessary to start a new embedded session.
         */
        post: operations["CreateComplianceTollfreeInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Customer-Profiles for an account.
         * @description Retrieve a list of all Customer-Profiles for an account.
         */
        get: operations["ListCustomerProfile"];
        put?: never;
        /**
         * Create a new Customer-Profile.
         * @description Create a new Customer-Profile.
         */
        post: operations["CreateCustomerProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Customer-Profile instance.
         * @description Fetch a specific Customer-Profile instance.
         */
        get: operations["FetchCustomerProfile"];
        put?: never;
        /**
         * Updates a Customer-Profile in an account.
         * @description Updates a Customer-Profile in an account.
         */
        post: operations["UpdateCustomerProfile"];
        /**
         * Delete a specific Customer-Profile.
         * @description Delete a specific Customer-Profile.
         */
        delete: operations["DeleteCustomerProfile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Assigned Items for an account.
         * @description Retrieve a list of all Assigned Items for an account.
         */
        get: operations["ListCustomerProfileChannelEndpointAssignment"];
        put?: never;
        /**
         * Create a new Assigned Item.
         * @description Create a new Assigned Item.
         */
        post: operations["CreateCustomerProfileChannelEndpointAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Assigned Item Instance.
         * @description Fetch specific Assigned Item Instance.
         */
        get: operations["FetchCustomerProfileChannelEndpointAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove an Assignment Item Instance.
         * @description Remove an Assignment Item Instance.
         */
        delete: operations["DeleteCustomerProfileChannelEndpointAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Assigned Items for an account.
         * @description Retrieve a list of all Assigned Items for an account.
         */
        get: operations["ListCustomerProfileEntityAssignment"];
        put?: never;
        /**
         * Create a new Assigned Item.
         * @description Create a new Assigned Item.
         */
        post: operations["CreateCustomerProfileEntityAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Assigned Item Instance.
         * @description Fetch specific Assigned Item Instance.
         */
        get: operations["FetchCustomerProfileEntityAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove an Assignment Item Instance.
         * @description Remove an Assignment Item Instance.
         */
        delete: operations["DeleteCustomerProfileEntityAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Evaluations associated to the customer_profile resource.
         * @description Retrieve a list of Evaluations associated to the customer_profile resource.
         */
        get: operations["ListCustomerProfileEvaluation"];
        put?: never;
        /**
         * Create a new Evaluation
         * @description Create a new Evaluation
         */
        post: operations["CreateCustomerProfileEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Evaluation Instance.
         * @description Fetch specific Evaluation Instance.
         */
        get: operations["FetchCustomerProfileEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/EndUsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all End User for an account.
         * @description Retrieve a list of all End User for an account.
         */
        get: operations["ListEndUser"];
        put?: never;
        /**
         * Create a new End User.
         * @description Create a new End User.
         */
        post: operations["CreateEndUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/EndUsers/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific End User Instance.
         * @description Fetch specific End User Instance.
         */
        get: operations["FetchEndUser"];
        put?: never;
        /**
         * Update an existing End User.
         * @description Update an existing End User.
         */
        post: operations["UpdateEndUser"];
        /**
         * Delete a specific End User.
         * @description Delete a specific End User.
         */
        delete: operations["DeleteEndUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/EndUserTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all End-User Types.
         * @description Retrieve a list of all End-User Types.
         */
        get: operations["ListEndUserType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/EndUserTypes/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific End-User Type Instance.
         * @description Fetch a specific End-User Type Instance.
         */
        get: operations["FetchEndUserType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Policys.
         * @description Retrieve a list of all Policys.
         */
        get: operations["ListPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Policies/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Policy Instance.
         * @description Fetch specific Policy Instance.
         */
        get: operations["FetchPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SupportingDocuments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Supporting Document for an account.
         * @description Retrieve a list of all Supporting Document for an account.
         */
        get: operations["ListSupportingDocument"];
        put?: never;
        /**
         * Create a new Supporting Document.
         * @description Create a new Supporting Document.
         */
        post: operations["CreateSupportingDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SupportingDocuments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Supporting Document Instance.
         * @description Fetch specific Supporting Document Instance.
         */
        get: operations["FetchSupportingDocument"];
        put?: never;
        /**
         * Update an existing Supporting Document.
         * @description Update an existing Supporting Document.
         */
        post: operations["UpdateSupportingDocument"];
        /**
         * Delete a specific Supporting Document.
         * @description Delete a specific Supporting Document.
         */
        delete: operations["DeleteSupportingDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SupportingDocumentTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Supporting Document Types.
         * @description Retrieve a list of all Supporting Document Types.
         */
        get: operations["ListSupportingDocumentType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SupportingDocumentTypes/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Supporting Document Type Instance.
         * @description Fetch a specific Supporting Document Type Instance.
         */
        get: operations["FetchSupportingDocumentType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Trust Products for an account.
         * @description Retrieve a list of all Trust Products for an account.
         */
        get: operations["ListTrustProduct"];
        put?: never;
        /**
         * Create a new Trust Product.
         * @description Create a new Trust Product.
         */
        post: operations["CreateTrustProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Trust Product instance.
         * @description Fetch a specific Trust Product instance.
         */
        get: operations["FetchTrustProduct"];
        put?: never;
        /**
         * Updates a Trust Product in an account.
         * @description Updates a Trust Product in an account.
         */
        post: operations["UpdateTrustProduct"];
        /**
         * Delete a specific Trust Product.
         * @description Delete a specific Trust Product.
         */
        delete: operations["DeleteTrustProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Assigned Items for an account.
         * @description Retrieve a list of all Assigned Items for an account.
         */
        get: operations["ListTrustProductChannelEndpointAssignment"];
        put?: never;
        /**
         * Create a new Assigned Item.
         * @description Create a new Assigned Item.
         */
        post: operations["CreateTrustProductChannelEndpointAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Assigned Item Instance.
         * @description Fetch specific Assigned Item Instance.
         */
        get: operations["FetchTrustProductChannelEndpointAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove an Assignment Item Instance.
         * @description Remove an Assignment Item Instance.
         */
        delete: operations["DeleteTrustProductChannelEndpointAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/EntityAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Assigned Items for an account.
         * @description Retrieve a list of all Assigned Items for an account.
         */
        get: operations["ListTrustProductEntityAssignment"];
        put?: never;
        /**
         * Create a new Assigned Item.
         * @description Create a new Assigned Item.
         */
        post: operations["CreateTrustProductEntityAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Assigned Item Instance.
         * @description Fetch specific Assigned Item Instance.
         */
        get: operations["FetchTrustProductEntityAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove an Assignment Item Instance.
         * @description Remove an Assignment Item Instance.
         */
        delete: operations["DeleteTrustProductEntityAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/Evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Evaluations associated to the trust_product resource.
         * @description Retrieve a list of Evaluations associated to the trust_product resource.
         */
        get: operations["ListTrustProductEvaluation"];
        put?: never;
        /**
         * Create a new Evaluation
         * @description Create a new Evaluation
         */
        post: operations["CreateTrustProductEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Evaluation Instance.
         * @description Fetch specific Evaluation Instance.
         */
        get: operations["FetchTrustProductEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SanctionsScreenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/SanctionsScreenings/{ScreeningId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "trusthub.v1.compliance_inquiry": {
            /** @description The unique ID used to start an embedded compliance registration session. */
            inquiry_id?: string | null;
            /** @description The session token used to start an embedded compliance registration session. */
            inquiry_session_token?: string | null;
            /** @description The CustomerID matching the Customer Profile that should be resumed or resubmitted for editing. */
            customer_id?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        "trusthub.v1.compliance_registration": {
            /** @description The unique ID used to start an embedded compliance registration session. */
            inquiry_id?: string | null;
            /** @description The session token used to start an embedded compliance registration session. */
            inquiry_session_token?: string | null;
            /** @description The RegistrationId matching the Registration Profile that should be resumed or resubmitted for editing. */
            registration_id?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /**
         * @description The type of End User the regulation requires - can be `Individual` or `Business`.
         * @enum {string}
         */
        compliance_registration_enum_end_user_type: "Individual" | "Business";
        /**
         * @description The type of phone number of the Bundle's ownership request.  Can be `local`, `mobile`, `national`, or `toll-free`.
         * @enum {string}
         */
        compliance_registration_enum_phone_number_type: "local" | "national" | "mobile" | "toll-free";
        /**
         * @description The type of business identity.  Can be `direct customer` or `ISV`.
         * @enum {string}
         */
        compliance_registration_enum_business_identity_type: "direct_customer" | "isv_reseller_or_partner" | "unknown";
        /**
         * @description The authority that registered the business
         * @enum {string}
         */
        compliance_registration_enum_business_registration_authority: "UK:CRN" | "US:EIN" | "CA:CBN" | "AU:ACN" | "Other";
        "trusthub.v1.compliance_tollfree_inquiry": {
            /** @description The unique ID used to start an embedded compliance registration session. */
            inquiry_id?: string | null;
            /** @description The session token used to start an embedded compliance registration session. */
            inquiry_session_token?: string | null;
            /** @description The TolfreeId matching the Tollfree Profile that should be resumed or resubmitted for editing. */
            registration_id?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /** @enum {string} */
        compliance_tollfree_inquiry_enum_status: "PENDING_REVIEW" | "IN_REVIEW" | "TWILIO_APPROVED" | "TWILIO_REJECTED";
        /**
         * @description Describe how a user opts-in to text messages.
         * @enum {string}
         */
        compliance_tollfree_inquiry_enum_opt_in_type: "VERBAL" | "WEB_FORM" | "PAPER_FORM" | "VIA_TEXT" | "MOBILE_QR_CODE";
        /**
         * @description Type of Business.
         * @enum {string}
         */
        compliance_tollfree_inquiry_enum_business_type: "PRIVATE_PROFIT" | "PUBLIC_PROFIT" | "NON_PROFIT" | "SOLE_PROPRIETOR" | "GOVERNMENT";
        "trusthub.v1.customer_profile": {
            /** @description The unique string that we created to identify the Customer-Profile resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Customer-Profile resource. */
            account_sid?: string | null;
            /** @description The unique string of a policy that is associated to the Customer-Profile resource. */
            policy_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["customer_profile_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format when the resource will be valid until.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Customer-Profile resource changes status. */
            email?: string | null;
            /**
             * Format: uri
             * @description The URL we call to inform your application of status changes.
             */
            status_callback?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Customer-Profile resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description The URLs of the Assigned Items of the Customer-Profile resource.
             */
            links?: Record<string, unknown> | null;
            /** @description The error codes associated with the rejection of the Customer-Profile. */
            errors?: unknown[] | null;
        };
        /**
         * @description The verification status of the Customer-Profile resource.
         * @enum {string}
         */
        customer_profile_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved";
        /** @enum {string} */
        customer_profile_enum_end_user_type: "individual" | "business";
        "trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment": {
            /** @description The unique string that we created to identify the Item Assignment resource. */
            sid?: string | null;
            /** @description The unique string that we created to identify the CustomerProfile resource. */
            customer_profile_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Item Assignment resource. */
            account_sid?: string | null;
            /** @description The type of channel endpoint. eg: phone-number */
            channel_endpoint_type?: string | null;
            /** @description The SID of an channel endpoint */
            channel_endpoint_sid?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Identity resource.
             */
            url?: string | null;
        };
        "trusthub.v1.customer_profile.customer_profile_entity_assignment": {
            /** @description The unique string that we created to identify the Item Assignment resource. */
            sid?: string | null;
            /** @description The unique string that we created to identify the CustomerProfile resource. */
            customer_profile_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Item Assignment resource. */
            account_sid?: string | null;
            /** @description The SID of an object bag that holds information of the different items. */
            object_sid?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Identity resource.
             */
            url?: string | null;
        };
        "trusthub.v1.customer_profile.customer_profile_evaluation": {
            /** @description The unique string that identifies the Evaluation resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the customer_profile resource. */
            account_sid?: string | null;
            /** @description The unique string of a policy that is associated to the customer_profile resource. */
            policy_sid?: string | null;
            /** @description The unique string that we created to identify the customer_profile resource. */
            customer_profile_sid?: string | null;
            status?: components["schemas"]["customer_profile_evaluation_enum_status"];
            /** @description The results of the Evaluation which includes the valid and invalid attributes. */
            results?: unknown[] | null;
            /** Format: date-time */
            date_created?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        /**
         * @description The compliance status of the Evaluation resource.
         * @enum {string}
         */
        customer_profile_evaluation_enum_status: "compliant" | "noncompliant";
        "trusthub.v1.end_user": {
            /** @description The unique string created by Twilio to identify the End User resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the End User resource. */
            account_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            /** @description The type of end user of the Bundle resource - can be `individual` or `business`. */
            type?: string | null;
            /** @description The set of parameters that are the attributes of the End Users resource which are listed in the End User Types. */
            attributes?: unknown;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the End User resource.
             */
            url?: string | null;
        };
        "trusthub.v1.end_user_type": {
            /** @description The unique string that identifies the End-User Type resource. */
            sid?: string | null;
            /** @description A human-readable description that is assigned to describe the End-User Type resource. Examples can include first name, last name, email, business name, etc */
            friendly_name?: string | null;
            /** @description A machine-readable description of the End-User Type resource. Examples can include first_name, last_name, email, business_name, etc. */
            machine_name?: string | null;
            /** @description The required information for creating an End-User. The required fields will change as regulatory needs change and will differ for businesses and individuals. */
            fields?: unknown[] | null;
            /**
             * Format: uri
             * @description The absolute URL of the End-User Type resource.
             */
            url?: string | null;
        };
        "trusthub.v1.policies": {
            /** @description The unique string that identifies the Policy resource. */
            sid?: string | null;
            /** @description A human-readable description that is assigned to describe the Policy resource. Examples can include Primary Customer profile policy */
            friendly_name?: string | null;
            /** @description The SID of an object that holds the policy information */
            requirements?: unknown;
            /**
             * Format: uri
             * @description The absolute URL of the Policy resource.
             */
            url?: string | null;
        };
        /** @enum {string} */
        policies_enum_end_user_type: "individual" | "business";
        "trusthub.v1.supporting_document": {
            /** @description The unique string created by Twilio to identify the Supporting Document resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Document resource. */
            account_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            /** @description The image type uploaded in the Supporting Document container. */
            mime_type?: string | null;
            status?: components["schemas"]["supporting_document_enum_status"];
            /** @description The type of the Supporting Document. */
            type?: string | null;
            /** @description The set of parameters that are the attributes of the Supporting Documents resource which are listed in the Supporting Document Types. */
            attributes?: unknown;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Supporting Document resource.
             */
            url?: string | null;
        };
        /**
         * @description The verification status of the Supporting Document resource.
         * @enum {string}
         */
        supporting_document_enum_status: "DRAFT" | "PENDING_REVIEW" | "REJECTED" | "APPROVED" | "EXPIRED" | "PROVISIONALLY_APPROVED";
        "trusthub.v1.supporting_document_type": {
            /** @description The unique string that identifies the Supporting Document Type resource. */
            sid?: string | null;
            /** @description A human-readable description of the Supporting Document Type resource. */
            friendly_name?: string | null;
            /** @description The machine-readable description of the Supporting Document Type resource. */
            machine_name?: string | null;
            /** @description The required information for creating a Supporting Document. The required fields will change as regulatory needs change and will differ for businesses and individuals. */
            fields?: unknown[] | null;
            /**
             * Format: uri
             * @description The absolute URL of the Supporting Document Type resource.
             */
            url?: string | null;
        };
        "trusthub.v1.trust_product": {
            /** @description The unique string that we created to identify the Trust Product resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Trust Product resource. */
            account_sid?: string | null;
            /** @description The unique string of the policy that is associated with the Trust Product resource. */
            policy_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["trust_product_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format until which the resource will be valid.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Trust Product resource changes status. */
            email?: string | null;
            /**
             * Format: uri
             * @description The URL we call to inform your application of status changes.
             */
            status_callback?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Trust Product resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description The URLs of the Assigned Items of the Trust Product resource.
             */
            links?: Record<string, unknown> | null;
            /** @description The error codes associated with the rejection of the Trust Product. */
            errors?: unknown[] | null;
        };
        /**
         * @description The verification status of the Trust Product resource.
         * @enum {string}
         */
        trust_product_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved";
        /** @enum {string} */
        trust_product_enum_end_user_type: "individual" | "business";
        "trusthub.v1.trust_product.trust_product_channel_endpoint_assignment": {
            /** @description The unique string that we created to identify the Item Assignment resource. */
            sid?: string | null;
            /** @description The unique string that we created to identify the CustomerProfile resource. */
            trust_product_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Item Assignment resource. */
            account_sid?: string | null;
            /** @description The type of channel endpoint. eg: phone-number */
            channel_endpoint_type?: string | null;
            /** @description The SID of an channel endpoint */
            channel_endpoint_sid?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Identity resource.
             */
            url?: string | null;
        };
        "trusthub.v1.trust_product.trust_product_entity_assignment": {
            /** @description The unique string that we created to identify the Item Assignment resource. */
            sid?: string | null;
            /** @description The unique string that we created to identify the TrustProduct resource. */
            trust_product_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Item Assignment resource. */
            account_sid?: string | null;
            /** @description The SID of an object bag that holds information of the different items. */
            object_sid?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the Identity resource.
             */
            url?: string | null;
        };
        "trusthub.v1.trust_product.trust_product_evaluation": {
            /** @description The unique string that identifies the Evaluation resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the trust_product resource. */
            account_sid?: string | null;
            /** @description The unique string of a policy that is associated to the trust_product resource. */
            policy_sid?: string | null;
            /** @description The unique string that we created to identify the trust_product resource. */
            trust_product_sid?: string | null;
            status?: components["schemas"]["trust_product_evaluation_enum_status"];
            /** @description The results of the Evaluation which includes the valid and invalid attributes. */
            results?: unknown[] | null;
            /** Format: date-time */
            date_created?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        /**
         * @description The compliance status of the Evaluation resource.
         * @enum {string}
         */
        trust_product_evaluation_enum_status: "compliant" | "noncompliant";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateComplianceInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The email address that approval status updates will be sent to. If not specified, the email address associated with your primary customer profile will be used. */
                    NotificationEmail?: string;
                    /** @description Theme id for styling the inquiry form. */
                    ThemeSetId?: string;
                    /** @description The unique SID identifier of the Primary Customer Profile that should be used as a parent. Only necessary when creating a secondary Customer Profile. */
                    PrimaryProfileSid?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.compliance_inquiry"];
                };
            };
        };
    };
    UpdateComplianceInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique CustomerId matching the Customer Profile/Compliance Inquiry that should be resumed or resubmitted. This value will have been returned by the initial Compliance Inquiry creation call. */
                CustomerId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The unique SID identifier of the Primary Customer Profile that should be used as a parent. Only necessary when creating a secondary Customer Profile. */
                    PrimaryProfileSid: string;
                    /** @description Theme id for styling the inquiry form. */
                    ThemeSetId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.compliance_inquiry"];
                };
            };
        };
    };
    CreateComplianceRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    EndUserType: components["schemas"]["compliance_registration_enum_end_user_type"];
                    PhoneNumberType: components["schemas"]["compliance_registration_enum_phone_number_type"];
                    BusinessIdentityType?: components["schemas"]["compliance_registration_enum_business_identity_type"];
                    BusinessRegistrationAuthority?: components["schemas"]["compliance_registration_enum_business_registration_authority"];
                    /** @description he name of the business or organization using the Tollfree number. */
                    BusinessLegalName?: string;
                    /** @description he email address to receive the notification about the verification result. */
                    NotificationEmail?: string;
                    /** @description The email address to receive the notification about the verification result. */
                    AcceptedNotificationReceipt?: boolean;
                    /** @description Business registration number of the business */
                    BusinessRegistrationNumber?: string;
                    /** @description The URL of the business website */
                    BusinessWebsiteUrl?: string;
                    /** @description Friendly name for your business information */
                    FriendlyName?: string;
                    /** @description First name of the authorized representative */
                    AuthorizedRepresentative1FirstName?: string;
                    /** @description Last name of the authorized representative */
                    AuthorizedRepresentative1LastName?: string;
                    /** @description Phone number of the authorized representative */
                    AuthorizedRepresentative1Phone?: string;
                    /** @description Email address of the authorized representative */
                    AuthorizedRepresentative1Email?: string;
                    /** @description Birthdate of the authorized representative */
                    AuthorizedRepresentative1DateOfBirth?: string;
                    /** @description Street address of the business */
                    AddressStreet?: string;
                    /** @description Street address of the business */
                    AddressStreetSecondary?: string;
                    /** @description City of the business */
                    AddressCity?: string;
                    /** @description State or province of the business */
                    AddressSubdivision?: string;
                    /** @description Postal code of the business */
                    AddressPostalCode?: string;
                    /** @description Country code of the business */
                    AddressCountryCode?: string;
                    /** @description Street address of the business */
                    EmergencyAddressStreet?: string;
                    /** @description Street address of the business */
                    EmergencyAddressStreetSecondary?: string;
                    /** @description City of the business */
                    EmergencyAddressCity?: string;
                    /** @description State or province of the business */
                    EmergencyAddressSubdivision?: string;
                    /** @description Postal code of the business */
                    EmergencyAddressPostalCode?: string;
                    /** @description Country code of the business */
                    EmergencyAddressCountryCode?: string;
                    /** @description Use the business address as the emergency address */
                    UseAddressAsEmergencyAddress?: boolean;
                    /** @description The name of the verification document to upload */
                    FileName?: string;
                    /** @description The verification document to upload */
                    File?: string;
                    /** @description The first name of the Individual User. */
                    FirstName?: string;
                    /** @description The last name of the Individual User. */
                    LastName?: string;
                    /** @description The date of birth of the Individual User. */
                    DateOfBirth?: string;
                    /** @description The email address of the Individual User. */
                    IndividualEmail?: string;
                    /** @description The phone number of the Individual User. */
                    IndividualPhone?: string;
                    /** @description Indicates if the inquiry is being started from an ISV embedded component. */
                    IsIsvEmbed?: boolean;
                    /** @description Indicates if the isv registering for self or tenant. */
                    IsvRegisteringForSelfOrTenant?: string;
                    /** @description The url we call to inform you of bundle changes. */
                    StatusCallbackUrl?: string;
                    /** @description Theme id for styling the inquiry form. */
                    ThemeSetId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.compliance_registration"];
                };
            };
        };
    };
    UpdateComplianceRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique RegistrationId matching the Regulatory Compliance Inquiry that should be resumed or resubmitted. This value will have been returned by the initial Regulatory Compliance Inquiry creation call. */
                RegistrationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Indicates if the inquiry is being started from an ISV embedded component. */
                    IsIsvEmbed?: boolean;
                    /** @description Theme id for styling the inquiry form. */
                    ThemeSetId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.compliance_registration"];
                };
            };
        };
    };
    CreateComplianceTollfreeInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * Format: phone-number
                     * @description The Tollfree phone number to be verified
                     */
                    TollfreePhoneNumber: string;
                    /** @description The email address to receive the notification about the verification result. */
                    NotificationEmail: string;
                    /** @description The Customer Profile Sid associated with the Account. */
                    CustomerProfileSid?: string;
                    /** @description The name of the business or organization using the Tollfree number. */
                    BusinessName?: string;
                    /** @description The website of the business or organization using the Tollfree number. */
                    BusinessWebsite?: string;
                    /** @description The category of the use case for the Tollfree Number. List as many are applicable.. */
                    UseCaseCategories?: string[];
                    /** @description Use this to further explain how messaging is used by the business or organization. */
                    UseCaseSummary?: string;
                    /** @description An example of message content, i.e. a sample message. */
                    ProductionMessageSample?: string;
                    /** @description Link to an image that shows the opt-in workflow. Multiple images allowed and must be a publicly hosted URL. */
                    OptInImageUrls?: string[];
                    OptInType?: components["schemas"]["compliance_tollfree_inquiry_enum_opt_in_type"];
                    /** @description Estimate monthly volume of messages from the Tollfree Number. */
                    MessageVolume?: string;
                    /** @description The address of the business or organization using the Tollfree number. */
                    BusinessStreetAddress?: string;
                    /** @description The address of the business or organization using the Tollfree number. */
                    BusinessStreetAddress2?: string;
                    /** @description The city of the business or organization using the Tollfree number. */
                    BusinessCity?: string;
                    /** @description The state/province/region of the business or organization using the Tollfree number. */
                    BusinessStateProvinceRegion?: string;
                    /** @description The postal code of the business or organization using the Tollfree number. */
                    BusinessPostalCode?: string;
                    /** @description The country of the business or organization using the Tollfree number. */
                    BusinessCountry?: string;
                    /** @description Additional information to be provided for verification. */
                    AdditionalInformation?: string;
                    /** @description The first name of the contact for the business or organization using the Tollfree number. */
                    BusinessContactFirstName?: string;
                    /** @description The last name of the contact for the business or organization using the Tollfree number. */
                    BusinessContactLastName?: string;
                    /** @description The email address of the contact for the business or organization using the Tollfree number. */
                    BusinessContactEmail?: string;
                    /**
                     * Format: phone-number
                     * @description The phone number of the contact for the business or organization using the Tollfree number.
                     */
                    BusinessContactPhone?: string;
                    /** @description Theme id for styling the inquiry form. */
                    ThemeSetId?: string;
                    /** @description Skip the messaging use case screen of the inquiry form. */
                    SkipMessagingUseCase?: boolean;
                    /** @description The Business Registration Number of the business or organization. */
                    BusinessRegistrationNumber?: string;
                    /** @description The Business Registration Authority of the business or organization. */
                    BusinessRegistrationAuthority?: string;
                    /** @description The Business Registration Country of the business or organization. */
                    BusinessRegistrationCountry?: string;
                    BusinessType?: components["schemas"]["compliance_tollfree_inquiry_enum_business_type"];
                    /** @description Trade name, sub entity, or downstream business name of business being submitted for verification. */
                    DoingBusinessAs?: string;
                    /** @description The confirmation message sent to users when they opt in to receive messages. */
                    OptInConfirmationMessage?: string;
                    /** @description A sample help message provided to users. */
                    HelpMessageSample?: string;
                    /** @description The URL to the privacy policy for the business or organization. */
                    PrivacyPolicyUrl?: string;
                    /** @description The URL to the terms and conditions for the business or organization. */
                    TermsAndConditionsUrl?: string;
                    /** @description Indicates if the content is age gated. */
                    AgeGatedContent?: boolean;
                    /** @description A legally recognized business registration number. */
                    ExternalReferenceId?: string;
                    /** @description List of keywords that users can text in to opt in to receive messages. */
                    OptInKeywords?: string[];
                    /** @description Unique identifier for the created Vetting . */
                    VettingId?: string;
                    /** @description Name of the vetting provider. */
                    VettingProvider?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.compliance_tollfree_inquiry"];
                };
            };
        };
    };
    ListCustomerProfile: {
        parameters: {
            query?: {
                /** @description The verification status of the Customer-Profile resource. */
                Status?: components["schemas"]["customer_profile_enum_status"];
                /** @description The string that you assigned to describe the resource. */
                FriendlyName?: string;
                /** @description The unique string of a policy that is associated to the Customer-Profile resource. */
                PolicySid?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.customer_profile"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateCustomerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName: string;
                    /** @description The email address that will receive updates when the Customer-Profile resource changes status. */
                    Email: string;
                    /** @description The unique string of a policy that is associated to the Customer-Profile resource. */
                    PolicySid: string;
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile"];
                };
            };
        };
    };
    FetchCustomerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Customer-Profile resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile"];
                };
            };
        };
    };
    UpdateCustomerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Customer-Profile resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    Status?: components["schemas"]["customer_profile_enum_status"];
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName?: string;
                    /** @description The email address that will receive updates when the Customer-Profile resource changes status. */
                    Email?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile"];
                };
            };
        };
    };
    DeleteCustomerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Customer-Profile resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListCustomerProfileChannelEndpointAssignment: {
        parameters: {
            query?: {
                /** @description The SID of an channel endpoint */
                ChannelEndpointSid?: string;
                /** @description comma separated list of channel endpoint sids */
                ChannelEndpointSids?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateCustomerProfileChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The type of channel endpoint. eg: phone-number */
                    ChannelEndpointType: string;
                    /** @description The SID of an channel endpoint */
                    ChannelEndpointSid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment"];
                };
            };
        };
    };
    FetchCustomerProfileChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
                /** @description The unique string that we created to identify the resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment"];
                };
            };
        };
    };
    DeleteCustomerProfileChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
                /** @description The unique string that we created to identify the resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListCustomerProfileEntityAssignment: {
        parameters: {
            query?: {
                /** @description A string to filter the results by (EndUserType or SupportingDocumentType) machine-name. This is useful when you want to retrieve the entity-assignment of a specific end-user or supporting document. */
                ObjectType?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.customer_profile.customer_profile_entity_assignment"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateCustomerProfileEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The SID of an object bag that holds information of the different items. */
                    ObjectSid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_entity_assignment"];
                };
            };
        };
    };
    FetchCustomerProfileEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
                /** @description The unique string that we created to identify the Identity resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_entity_assignment"];
                };
            };
        };
    };
    DeleteCustomerProfileEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
                /** @description The unique string that we created to identify the Identity resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListCustomerProfileEvaluation: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.customer_profile.customer_profile_evaluation"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateCustomerProfileEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                CustomerProfileSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The unique string of a policy that is associated to the customer_profile resource. */
                    PolicySid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_evaluation"];
                };
            };
        };
    };
    FetchCustomerProfileEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the customer_profile resource. */
                CustomerProfileSid: string;
                /** @description The unique string that identifies the Evaluation resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.customer_profile.customer_profile_evaluation"];
                };
            };
        };
    };
    ListEndUser: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.end_user"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName: string;
                    /** @description The type of end user of the Bundle resource - can be `individual` or `business`. */
                    Type: string;
                    /** @description The set of parameters that are the attributes of the End User resource which are derived End User Types. */
                    Attributes?: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.end_user"];
                };
            };
        };
    };
    FetchEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the End User resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.end_user"];
                };
            };
        };
    };
    UpdateEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the End User resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName?: string;
                    /** @description The set of parameters that are the attributes of the End User resource which are derived End User Types. */
                    Attributes?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.end_user"];
                };
            };
        };
    };
    DeleteEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the End User resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListEndUserType: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        end_user_types?: components["schemas"]["trusthub.v1.end_user_type"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    FetchEndUserType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the End-User Type resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.end_user_type"];
                };
            };
        };
    };
    ListPolicies: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.policies"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    FetchPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Policy resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.policies"];
                };
            };
        };
    };
    ListSupportingDocument: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.supporting_document"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateSupportingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName: string;
                    /** @description The type of the Supporting Document. */
                    Type: string;
                    /** @description The set of parameters that are the attributes of the Supporting Documents resource which are derived Supporting Document Types. */
                    Attributes?: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.supporting_document"];
                };
            };
        };
    };
    FetchSupportingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the Supporting Document resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.supporting_document"];
                };
            };
        };
    };
    UpdateSupportingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the Supporting Document resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName?: string;
                    /** @description The set of parameters that are the attributes of the Supporting Document resource which are derived Supporting Document Types. */
                    Attributes?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.supporting_document"];
                };
            };
        };
    };
    DeleteSupportingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string created by Twilio to identify the Supporting Document resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListSupportingDocumentType: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supporting_document_types?: components["schemas"]["trusthub.v1.supporting_document_type"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    FetchSupportingDocumentType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Supporting Document Type resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.supporting_document_type"];
                };
            };
        };
    };
    ListTrustProduct: {
        parameters: {
            query?: {
                /** @description The verification status of the Trust Product resource. */
                Status?: components["schemas"]["trust_product_enum_status"];
                /** @description The string that you assigned to describe the resource. */
                FriendlyName?: string;
                /** @description The unique string of a policy that is associated to the Trust Product resource. */
                PolicySid?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.trust_product"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateTrustProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName: string;
                    /** @description The email address that will receive updates when the Trust Product resource changes status. */
                    Email: string;
                    /** @description The unique string of a policy that is associated to the Trust Product resource. */
                    PolicySid: string;
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product"];
                };
            };
        };
    };
    FetchTrustProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Trust Product resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product"];
                };
            };
        };
    };
    UpdateTrustProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Trust Product resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    Status?: components["schemas"]["trust_product_enum_status"];
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName?: string;
                    /** @description The email address that will receive updates when the Trust Product resource changes status. */
                    Email?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product"];
                };
            };
        };
    };
    DeleteTrustProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Trust Product resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListTrustProductChannelEndpointAssignment: {
        parameters: {
            query?: {
                /** @description The SID of an channel endpoint */
                ChannelEndpointSid?: string;
                /** @description comma separated list of channel endpoint sids */
                ChannelEndpointSids?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.trust_product.trust_product_channel_endpoint_assignment"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateTrustProductChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The type of channel endpoint. eg: phone-number */
                    ChannelEndpointType: string;
                    /** @description The SID of an channel endpoint */
                    ChannelEndpointSid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_channel_endpoint_assignment"];
                };
            };
        };
    };
    FetchTrustProductChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                TrustProductSid: string;
                /** @description The unique string that we created to identify the resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_channel_endpoint_assignment"];
                };
            };
        };
    };
    DeleteTrustProductChannelEndpointAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the CustomerProfile resource. */
                TrustProductSid: string;
                /** @description The unique string that we created to identify the resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListTrustProductEntityAssignment: {
        parameters: {
            query?: {
                /** @description A string to filter the results by (EndUserType or SupportingDocumentType) machine-name. This is useful when you want to retrieve the entity-assignment of a specific end-user or supporting document. */
                ObjectType?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the TrustProduct resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.trust_product.trust_product_entity_assignment"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateTrustProductEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the TrustProduct resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The SID of an object bag that holds information of the different items. */
                    ObjectSid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_entity_assignment"];
                };
            };
        };
    };
    FetchTrustProductEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the TrustProduct resource. */
                TrustProductSid: string;
                /** @description The unique string that we created to identify the Identity resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_entity_assignment"];
                };
            };
        };
    };
    DeleteTrustProductEntityAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the TrustProduct resource. */
                TrustProductSid: string;
                /** @description The unique string that we created to identify the Identity resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListTrustProductEvaluation: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique string that we created to identify the trust_product resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results?: components["schemas"]["trusthub.v1.trust_product.trust_product_evaluation"][];
                        meta?: {
                            /** Format: uri */
                            first_page_url?: string;
                            key?: string;
                            /** Format: uri */
                            next_page_url?: string | null;
                            page?: number;
                            page_size?: number;
                            /** Format: uri */
                            previous_page_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                    };
                };
            };
        };
    };
    CreateTrustProductEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the trust_product resource. */
                TrustProductSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The unique string of a policy that is associated to the customer_profile resource. */
                    PolicySid: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_evaluation"];
                };
            };
        };
    };
    FetchTrustProductEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the trust_product resource. */
                TrustProductSid: string;
                /** @description The unique string that identifies the Evaluation resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /**
                     * @description Specify the origin(s) allowed to access the resource
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    /**
                     * @description Specify the HTTP methods allowed when accessing the resource
                     * @example POST, OPTIONS
                     */
                    "Access-Control-Allow-Methods"?: string;
                    /**
                     * @description Specify the headers allowed when accessing the resource
                     * @example Content-Type, Authorization
                     */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description Indicates whether the browser should include credentials */
                    "Access-Control-Allow-Credentials"?: boolean;
                    /** @description Headers exposed to the client */
                    "Access-Control-Expose-Headers"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["trusthub.v1.trust_product.trust_product_evaluation"];
                };
            };
        };
    };
}
