// GENERATED from fixtures/twilio-oai/twilio_numbers_v2.json by scripts/spec-types.mjs (openapi-typescript). Do not edit by hand:
// regenerate with `npm run spec:types` (after `npm run spec:update -- /path/to/twilio-oai/spec/json`).

export interface paths {
    "/v2/Addresses": {
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
    "/v2/Addresses/validate": {
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
    "/v2/Addresses/{addressSid}": {
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
    "/v2/HostedNumber/AuthorizationDocuments/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific AuthorizationDocument.
         * @description Fetch a specific AuthorizationDocument.
         */
        get: operations["FetchAuthorizationDocument"];
        put?: never;
        post?: never;
        /**
         * Cancel the AuthorizationDocument request.
         * @description Cancel the AuthorizationDocument request.
         */
        delete: operations["DeleteAuthorizationDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/AuthorizationDocuments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of AuthorizationDocuments belonging to the account initiating the request.
         * @description Retrieve a list of AuthorizationDocuments belonging to the account initiating the request.
         */
        get: operations["ListAuthorizationDocument"];
        put?: never;
        /**
         * Create an AuthorizationDocument for authorizing the hosting of phone number capabilities on Twilio's platform.
         * @description Create an AuthorizationDocument for authorizing the hosting of phone number capabilities on Twilio's platform.
         */
        post: operations["CreateAuthorizationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/Orders/Bulk/{BulkHostingSid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific BulkHostedNumberOrder.
         * @description Fetch a specific BulkHostedNumberOrder.
         */
        get: operations["FetchBulkHostedNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/Orders/Bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Host multiple phone numbers on Twilio's platform.
         * @description Host multiple phone numbers on Twilio's platform.
         */
        post: operations["CreateBulkHostedNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Bundles for an account.
         * @description Retrieve a list of all Bundles for an account.
         */
        get: operations["ListBundle"];
        put?: never;
        /**
         * Create a new Bundle.
         * @description Create a new Bundle.
         */
        post: operations["CreateBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Bundle instance.
         * @description Fetch a specific Bundle instance.
         */
        get: operations["FetchBundle"];
        put?: never;
        /**
         * Updates a Bundle in an account.
         * @description Updates a Bundle in an account.
         */
        post: operations["UpdateBundle"];
        /**
         * Delete a specific Bundle.
         * @description Delete a specific Bundle.
         */
        delete: operations["DeleteBundle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Clones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a new clone of the Bundle in target Account. It will internally create clones of all the bundle items (identities and documents) of the original bundle
         * @description Creates a new clone of the Bundle in target Account. It will internally create clones of all the bundle items (identities and documents) of the original bundle
         */
        post: operations["CreateBundleClone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Bundles Copies for a Bundle.
         * @description Retrieve a list of all Bundles Copies for a Bundle.
         */
        get: operations["ListBundleCopy"];
        put?: never;
        /**
         * Creates a new copy of a Bundle. It will internally create copies of all the bundle items (identities and documents) of the original bundle
         * @description Creates a new copy of a Bundle. It will internally create copies of all the bundle items (identities and documents) of the original bundle
         */
        post: operations["CreateBundleCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of dependent HostedNumberOrders belonging to the AuthorizationDocument.
         * @description Retrieve a list of dependent HostedNumberOrders belonging to the AuthorizationDocument.
         */
        get: operations["ListDependentHostedNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/EndUsers": {
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
    "/v2/RegulatoryCompliance/EndUsers/{Sid}": {
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
    "/v2/RegulatoryCompliance/EndUserTypes": {
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
    "/v2/RegulatoryCompliance/EndUserTypes/{Sid}": {
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
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Evaluations associated to the Bundle resource.
         * @description Retrieve a list of Evaluations associated to the Bundle resource.
         */
        get: operations["ListEvaluation"];
        put?: never;
        /**
         * Creates an evaluation for a bundle
         * @description Creates an evaluation for a bundle
         */
        post: operations["CreateEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations/{Sid}": {
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
        get: operations["FetchEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/Orders/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific HostedNumberOrder.
         * @description Fetch a specific HostedNumberOrder.
         */
        get: operations["FetchHostedNumberOrder"];
        put?: never;
        /**
         * Updates a specific HostedNumberOrder.
         * @description Updates a specific HostedNumberOrder.
         */
        post: operations["UpdateHostedNumberOrder"];
        /**
         * Cancel the HostedNumberOrder (only available when the status is in `received`).
         * @description Cancel the HostedNumberOrder (only available when the status is in `received`).
         */
        delete: operations["DeleteHostedNumberOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/HostedNumber/Orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of HostedNumberOrders belonging to the account initiating the request.
         * @description Retrieve a list of HostedNumberOrders belonging to the account initiating the request.
         */
        get: operations["ListHostedNumberOrder"];
        put?: never;
        /**
         * Host a phone number's capability on Twilio's platform.
         * @description Host a phone number's capability on Twilio's platform.
         */
        post: operations["CreateHostedNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments": {
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
        get: operations["ListItemAssignment"];
        put?: never;
        /**
         * Create a new Assigned Item.
         * @description Create a new Assigned Item.
         */
        post: operations["CreateItemAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}": {
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
        get: operations["FetchItemAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove an Assignment Item Instance.
         * @description Remove an Assignment Item Instance.
         */
        delete: operations["DeleteItemAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Regulations.
         * @description Retrieve a list of all Regulations.
         */
        get: operations["ListRegulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/Regulations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch specific Regulation Instance.
         * @description Fetch specific Regulation Instance.
         */
        get: operations["FetchRegulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance": {
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
    "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ReplaceItems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replaces all bundle items in the target bundle (specified in the path) with all the bundle items of the source bundle (specified by the from_bundle_sid body param)
         * @description Replaces all bundle items in the target bundle (specified in the path) with all the bundle items of the source bundle (specified by the from_bundle_sid body param)
         */
        post: operations["CreateReplaceItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/RegulatoryCompliance/SupportingDocuments": {
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
    "/v2/RegulatoryCompliance/SupportingDocuments/{Sid}": {
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
    "/v2/RegulatoryCompliance/SupportingDocumentTypes": {
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
    "/v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}": {
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
    "/v2/SenderIds": {
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
    "/v2/SenderIds/{senderIdSid}": {
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
    "/v2/SenderIds/{senderIdSid}/Countries": {
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
    "/v2/SenderIds/{senderIdSid}/Countries/{routingTableSid}": {
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
    "/v2/CountryRequirements": {
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
    "/v2/ValidateSenderIdApplicationCountry": {
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
    "/v2/SenderIdRegistrations": {
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
    "/v2/SenderIdRegistrations/{BundleSid}/Inquiries": {
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
    "/v2/ShortCodes/Applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Short Code Applications
         * @description list of all short code applications for an account
         */
        get: operations["ListShortCodeApplications"];
        put?: never;
        /**
         * Create a new short code application
         * @description Create a new short code application for an account
         */
        post: operations["CreateShortCodeApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ShortCodes/Applications/{sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Short Code Application instance.
         * @description Fetch a specific Short Code Application instance.
         */
        get: operations["FetchShortCodeApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ShortCodes/Applications/{Sid}/Cancel": {
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
    "/v2/ShortCodes/Applications/Bundles/{BundleSid}/Inquiries": {
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
    "/v2/ShortCodes/Applications/{Sid}/Documents": {
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
        "numbers.v2.a2p_registration_details": {
            /** @description Account Sid that the phone number belongs to in Twilio. This is only returned for phone numbers that already exist in Twilio's inventory and belong to your account or sub account. */
            accountSid: string;
            /** @description Phone Number SID for the requested phone number resource */
            phoneNumberSid: string;
            phoneNumber: string;
            externalPhoneNumberStatus: string;
            /** @description Campaign Sid associated with the phone number */
            campaignSid?: string | null;
            /** @description Messaging Service Sid that the number is associated with */
            messagingServiceSid?: string | null;
            /** @description The identifier for a campaign in the registrar. Typically, this is the TCR Campaign Id. */
            externalCampaignId?: string | null;
            /**
             * Format: date-time
             * @description The date and time when the A2P registration details were last updated
             */
            lastUpdated?: string | null;
        };
        "numbers.v2.a2p_brand_sids": {
            /** @description Sid associated with campaign's brand */
            brandRegistrationSid?: string | null;
            /** @description The external brand identifier (e.g., TCR Brand ID) */
            externalBrandId?: string | null;
        };
        /** @description Single A2P registration details response including brand and campaign identifiers */
        "numbers.v2.a2p_registration_details_fetch": {
            /** @description Account Sid that the phone number belongs to in Twilio. This is only returned for phone numbers that already exist in Twilio's inventory and belong to your account or sub account. */
            accountSid: string;
            /** @description Phone Number SID for the requested phone number resource */
            phoneNumberSid: string;
            phoneNumber: string;
            externalPhoneNumberStatus: string;
            /** @description Campaign Sid associated with the phone number */
            campaignSid?: string | null;
            /** @description Messaging Service Sid that the number is associated with */
            messagingServiceSid?: string | null;
            /** @description The identifier for a campaign in the registrar. Typically, this is the TCR Campaign Id. */
            externalCampaignId?: string | null;
            /**
             * Format: date-time
             * @description The date and time when the A2P registration details were last updated
             */
            lastUpdated?: string | null;
            /** @description Sid associated with campaign's brand */
            brandRegistrationSid?: string | null;
            /** @description The external brand identifier (e.g., TCR Brand ID) */
            externalBrandId?: string | null;
        };
        "numbers.v2.address": {
            /** @description A 34 character string that uniquely identifies this Address resource. */
            sid?: string;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string;
            /** @description The name of the customer associated with this address. */
            customer_name?: string | null;
            /**
             * Format: date-time
             * @description The date that this resource was created, given in RFC 2822 format.
             */
            date_created?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated, given in RFC 2822 format.
             */
            date_updated?: string;
            /** @description Whether this address is enabled for emergency services. */
            emergency_enabled?: boolean;
            /** @description A human-readable description of this resource, up to 64 characters. */
            friendly_name?: string | null;
            /** @description The ISO country code of this address. */
            iso_country?: string;
            /** @description The locality or city of this address. */
            locality?: string | null;
            /** @description The postal code of this address. */
            postal_code?: string | null;
            /** @description The state or region of this address. */
            region?: string | null;
            /** @description The source system that created this address. */
            source?: string;
            /** @description The status of this address. */
            status?: string;
            /** @description The street address. */
            street?: string | null;
            /** @description The additional street address information. */
            street_secondary?: string | null;
            /** @description A list of related resources identified by their URIs. */
            subresource_uris?: Record<string, unknown>;
            /** @description Whether this address has been validated. */
            validated?: boolean;
            /** @description Whether this address has been verified. */
            verified?: boolean;
        };
        "numbers.v2.address_list": {
            /** @description List of address resources. */
            addresses?: components["schemas"]["numbers.v2.address"][];
            /** @description Paging metadata for the list. */
            paging?: {
                uri?: string | null;
                next_page_uri?: string | null;
                previous_page_uri?: string | null;
                /** Format: int32 */
                page_size?: number | null;
                /** Format: int32 */
                num_pages?: number | null;
                /** Format: int32 */
                total?: number | null;
                before_sid?: string | null;
                after_sid?: string | null;
            };
        };
        "numbers.v2.address_create": {
            /** @description A human-readable description of this resource, up to 64 characters. */
            friendly_name?: string | null;
            /** @description The name of the customer associated with this address. */
            customer_name?: string | null;
            /** @description The street address. */
            street: string;
            /** @description The additional street address information. */
            street_secondary?: string | null;
            /** @description The locality or city of this address. */
            locality?: string | null;
            /** @description The state or region of this address. */
            region?: string | null;
            /** @description The postal code of this address. */
            postal_code?: string | null;
            /** @description The ISO country code of this address. */
            iso_country: string;
            /** @description The source system that created this address. */
            source?: string | null;
            /** @description Whether to force validation of the address. */
            force_validation?: boolean | null;
            /** @description Whether to bypass validation of the address. */
            bypass_validation?: boolean | null;
            /** @description Whether to automatically correct the address. */
            auto_correct_address?: boolean | null;
            /** @description Whether this address is enabled for emergency services. */
            emergency_enabled?: boolean | null;
        };
        "numbers.v2.authorization_document": {
            /** @description A 34 character string that uniquely identifies this AuthorizationDocument. */
            sid?: string | null;
            /** @description A 34 character string that uniquely identifies the Address resource that is associated with this AuthorizationDocument. */
            address_sid?: string | null;
            status?: components["schemas"]["authorization_document_enum_status"];
            /** @description Email that this AuthorizationDocument will be sent to for signing. */
            email?: string | null;
            /** @description Email recipients who will be informed when an Authorization Document has been sent and signed. */
            cc_emails?: string[] | null;
            /**
             * Format: date-time
             * @description The date this resource was created, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this resource was updated, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /** Format: uri */
            url?: string | null;
            /** Format: uri-map */
            links?: Record<string, unknown> | null;
        };
        /**
         * @description Status of an instance resource. It can hold one of the values: 1. opened 2. signing, 3. signed LOA, 4. canceled, 5. failed. See the section entitled [Status Values](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource#status-values) for more information on each of these statuses.
         * @enum {string}
         */
        authorization_document_enum_status: "opened" | "signing" | "signed" | "canceled" | "failed";
        "numbers.v2.bulk_hosted_number_order": {
            /** @description A 34 character string that uniquely identifies this BulkHostedNumberOrder. */
            bulk_hosting_sid?: string | null;
            request_status?: components["schemas"]["bulk_hosted_number_order_enum_request_status"];
            /** @description A 128 character string that is a human-readable text that describes this resource. */
            friendly_name?: string | null;
            /** @description Email address used for send notifications about this Bulk hosted number request. */
            notification_email?: string | null;
            /**
             * Format: date-time
             * @description The date this resource was created, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this resource was completed, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_completed?: string | null;
            /**
             * Format: uri
             * @description The URL of this BulkHostedNumberOrder resource.
             */
            url?: string | null;
            /**
             * @description The total count of phone numbers in this Bulk hosting request.
             * @default 0
             */
            total_count: number;
            /** @description Contains a list of all the individual hosting orders and their information, for this Bulk request. Each result object is grouped by its order status. To see a complete list of order status, please check 'https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/hosted-number-order-resource#status-values'. */
            results?: unknown[] | null;
        };
        /**
         * @description A string that shows the status of the current Bulk Hosting request, it can vary between these values: 'QUEUED','IN_PROGRESS','PROCESSED'
         * @enum {string}
         */
        bulk_hosted_number_order_enum_request_status: "QUEUED" | "IN_PROGRESS" | "PROCESSED";
        "numbers.v2.regulatory_compliance.bundle": {
            /** @description The unique string that we created to identify the Bundle resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Bundle resource. */
            account_sid?: string | null;
            /** @description The unique string of a regulation that is associated to the Bundle resource. */
            regulation_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["bundle_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format when the resource will be valid until.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Bundle resource changes status. */
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
             * @description The absolute URL of the Bundle resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description The URLs of the Assigned Items of the Bundle resource.
             */
            links?: Record<string, unknown> | null;
        };
        /**
         * @description The verification status of the Bundle resource.
         * @enum {string}
         */
        bundle_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | "provisionally-approved";
        /** @enum {string} */
        bundle_enum_end_user_type: "individual" | "business";
        /** @enum {string} */
        bundle_enum_sort_by: "valid-until" | "date-updated";
        /** @enum {string} */
        bundle_enum_sort_direction: "ASC" | "DESC";
        "numbers.v2.bundle_clone": {
            /** @description The unique string that we created to identify the Bundle resource. */
            bundle_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Bundle resource. */
            account_sid?: string | null;
            /** @description The unique string of a regulation that is associated to the Bundle resource. */
            regulation_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["bundle_clone_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format when the resource will be valid until.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Bundle resource changes status. */
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
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /**
         * @description The verification status of the Bundle resource.
         * @enum {string}
         */
        bundle_clone_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | "provisionally-approved";
        "numbers.v2.regulatory_compliance.bundle.bundle_copy": {
            /** @description The unique string that we created to identify the Bundle resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Bundle resource. */
            account_sid?: string | null;
            /** @description The unique string of a regulation that is associated to the Bundle resource. */
            regulation_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["bundle_copy_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format when the resource will be valid until.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Bundle resource changes status. */
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
        };
        /**
         * @description The verification status of the Bundle resource.
         * @enum {string}
         */
        bundle_copy_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | "provisionally-approved";
        /** @enum {string} */
        bundle_copy_enum_end_user_type: "individual" | "business";
        "numbers.v2.authorization_document.dependent_hosted_number_order": {
            /** @description A 34 character string that uniquely identifies this Authorization Document */
            sid?: string | null;
            /** @description A 34 character string that uniquely identifies the bulk hosting request associated with this HostedNumberOrder. */
            bulk_hosting_request_sid?: string | null;
            /** @description The next step you need to take to complete the hosted number order and request it successfully. */
            next_step?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder. */
            incoming_phone_number_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the Address resource that represents the address of the owner of this phone number. */
            address_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the LOA document associated with this HostedNumberOrder. */
            signing_document_sid?: string | null;
            /**
             * Format: phone-number
             * @description An E164 formatted phone number hosted by this HostedNumberOrder.
             */
            phone_number?: string | null;
            /**
             * Format: phone-number-capabilities
             * @description A mapping of capabilities this hosted phone number will have enabled on Twilio's platform.
             */
            capabilities?: {
                mms?: boolean;
                sms?: boolean;
                voice?: boolean;
                fax?: boolean;
            } | null;
            /** @description A human readable description of this resource, up to 128 characters. */
            friendly_name?: string | null;
            status?: components["schemas"]["dependent_hosted_number_order_enum_status"];
            /** @description A message that explains why a hosted_number_order went to status "action-required" */
            failure_reason?: string | null;
            /**
             * Format: date-time
             * @description The date this resource was created, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this resource was updated, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /** @description Email of the owner of this phone number that is being hosted. */
            email?: string | null;
            /** @description Email recipients who will be informed when an Authorization Document has been sent and signed */
            cc_emails?: string[] | null;
            /** @description The title of the person authorized to sign the Authorization Document for this phone number. */
            contact_title?: string | null;
            /**
             * Format: phone-number
             * @description The contact phone number of the person authorized to sign the Authorization Document.
             */
            contact_phone_number?: string | null;
        };
        /**
         * @description Status of an instance resource. It can hold one of the values: 1. opened 2. signing, 3. signed LOA, 4. canceled, 5. failed. See the section entitled [Status Values](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource#status-values) for more information on each of these statuses.
         * @enum {string}
         */
        dependent_hosted_number_order_enum_status: "received" | "verified" | "pending-loa" | "carrier-processing" | "completed" | "failed" | "action-required";
        "numbers.v2.regulatory_compliance.end_user": {
            /** @description The unique string created by Twilio to identify the End User resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the End User resource. */
            account_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            type?: components["schemas"]["end_user_enum_type"];
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
        /**
         * @description The type of end user of the Bundle resource - can be `individual` or `business`.
         * @enum {string}
         */
        end_user_enum_type: "individual" | "business";
        "numbers.v2.regulatory_compliance.end_user_type": {
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
        "numbers.v2.regulatory_compliance.bundle.evaluation": {
            /** @description The unique string that identifies the Evaluation resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Bundle resource. */
            account_sid?: string | null;
            /** @description The unique string of a regulation that is associated to the Bundle resource. */
            regulation_sid?: string | null;
            /** @description The unique string that we created to identify the Bundle resource. */
            bundle_sid?: string | null;
            status?: components["schemas"]["evaluation_enum_status"];
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
        evaluation_enum_status: "compliant" | "noncompliant";
        "numbers.v2.hosted_number_order": {
            /** @description A 34 character string that uniquely identifies this HostedNumberOrder. */
            sid?: string | null;
            /** @description A 34 character string that uniquely identifies the account. */
            account_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the [IncomingPhoneNumber](https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource) resource that represents the phone number being hosted. */
            incoming_phone_number_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the Address resource that represents the address of the owner of this phone number. */
            address_sid?: string | null;
            /** @description A 34 character string that uniquely identifies the [Authorization Document](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource) the user needs to sign. */
            signing_document_sid?: string | null;
            /**
             * Format: phone-number
             * @description Phone number to be hosted. This must be in [E.164](https://en.wikipedia.org/wiki/E.164) format, e.g., +16175551212
             */
            phone_number?: string | null;
            /**
             * Format: phone-number-capabilities
             * @description Set of booleans describing the capabilities hosted on Twilio's platform. SMS is currently only supported.
             */
            capabilities?: {
                mms?: boolean;
                sms?: boolean;
                voice?: boolean;
                fax?: boolean;
            } | null;
            /** @description A 128 character string that is a human-readable text that describes this resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["hosted_number_order_enum_status"];
            /** @description A message that explains why a hosted_number_order went to status "action-required" */
            failure_reason?: string | null;
            /**
             * Format: date-time
             * @description The date this resource was created, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this resource was updated, given as [GMT RFC 2822](http://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /** @description Email of the owner of this phone number that is being hosted. */
            email?: string | null;
            /** @description A list of emails that LOA document for this HostedNumberOrder will be carbon copied to. */
            cc_emails?: string[] | null;
            /**
             * Format: uri
             * @description The URL of this HostedNumberOrder.
             */
            url?: string | null;
            /** @description The title of the person authorized to sign the Authorization Document for this phone number. */
            contact_title?: string | null;
            /**
             * Format: phone-number
             * @description The contact phone number of the person authorized to sign the Authorization Document.
             */
            contact_phone_number?: string | null;
            /** @description A 34 character string that uniquely identifies the bulk hosting request associated with this HostedNumberOrder. */
            bulk_hosting_request_sid?: string | null;
            /** @description The next step you need to take to complete the hosted number order and request it successfully. */
            next_step?: string | null;
            /**
             * @description The number of attempts made to verify ownership via a call for the hosted phone number.
             * @default 0
             */
            verification_attempts: number;
            /** @description The Call SIDs that identify the calls placed to verify ownership. */
            verification_call_sids?: string[] | null;
            /**
             * @description The number of seconds to wait before initiating the ownership verification call. Can be a value between 0 and 60, inclusive.
             * @default 0
             */
            verification_call_delay: number;
            /** @description The numerical extension to dial when making the ownership verification call. */
            verification_call_extension?: string | null;
            /** @description The digits the user must pass in the ownership verification call. */
            verification_code?: string | null;
            verification_type?: components["schemas"]["hosted_number_order_enum_verification_type"];
        };
        /**
         * @description Status of this resource. It can hold one of the values: 1. Twilio Processing 2. Received, 3. Pending LOA, 4. Carrier Processing, 5. Completed, 6. Action Required, 7. Failed. See the [HostedNumberOrders Status Values](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/hosted-number-order-resource#status-values) section for more information on each of these statuses.
         * @enum {string}
         */
        hosted_number_order_enum_status: "twilio-processing" | "received" | "pending-verification" | "verified" | "pending-loa" | "carrier-processing" | "testing" | "completed" | "failed" | "action-required";
        /**
         * @description The method used to verify ownership of the number to be hosted. Can be: `phone-call` or `phone-bill` and the default is `phone-call`.
         * @enum {string}
         */
        hosted_number_order_enum_verification_type: "phone-call";
        "numbers.v2.regulatory_compliance.bundle.item_assignment": {
            /** @description The unique string that we created to identify the Item Assignment resource. */
            sid?: string | null;
            /** @description The unique string that we created to identify the Bundle resource. */
            bundle_sid?: string | null;
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
        "numbers.v2.regulatory_compliance.regulation": {
            /** @description The unique string that identifies the Regulation resource. */
            sid?: string | null;
            /** @description A human-readable description that is assigned to describe the Regulation resource. Examples can include Germany: Mobile - Business. */
            friendly_name?: string | null;
            /** @description The ISO country code of the phone number's country. */
            iso_country?: string | null;
            /** @description The type of phone number restricted by the regulatory requirement. For example, Germany mobile phone numbers provisioned by businesses require a business name with commercial register proof from the Handelsregisterauszug and a proof of address from Handelsregisterauszug or a trade license by Gewerbeanmeldung. */
            number_type?: string | null;
            end_user_type?: components["schemas"]["regulation_enum_end_user_type"];
            /** @description The SID of an object that holds the regulatory information of the phone number country, phone number type, and end user type. */
            requirements?: unknown;
            /**
             * Format: uri
             * @description The absolute URL of the Regulation resource.
             */
            url?: string | null;
        };
        /**
         * @description The type of End User the regulation requires - can be `individual` or `business`.
         * @enum {string}
         */
        regulation_enum_end_user_type: "individual" | "business";
        "numbers.v2.regulatory_compliance": Record<string, unknown>;
        "numbers.v2.regulatory_compliance.bundle.replace_items": {
            /** @description The unique string that we created to identify the Bundle resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Bundle resource. */
            account_sid?: string | null;
            /** @description The unique string of a regulation that is associated to the Bundle resource. */
            regulation_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            status?: components["schemas"]["replace_items_enum_status"];
            /**
             * Format: date-time
             * @description The date and time in GMT in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format when the resource will be valid until.
             */
            valid_until?: string | null;
            /** @description The email address that will receive updates when the Bundle resource changes status. */
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
        };
        /**
         * @description The verification status of the Bundle resource.
         * @enum {string}
         */
        replace_items_enum_status: "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | "provisionally-approved";
        /** @enum {string} */
        replace_items_enum_end_user_type: "individual" | "business";
        "numbers.v2.regulatory_compliance.supporting_document": {
            /** @description The unique string created by Twilio to identify the Supporting Document resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Document resource. */
            account_sid?: string | null;
            /** @description The string that you assigned to describe the resource. */
            friendly_name?: string | null;
            /** @description The image type uploaded in the Supporting Document container. */
            mime_type?: string | null;
            status?: components["schemas"]["supporting_document_enum_status"];
            /** @description The failure reason of the Supporting Document Resource. */
            failure_reason?: string | null;
            /** @description A list of errors that occurred during the registering RC Bundle */
            errors?: unknown[] | null;
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
        supporting_document_enum_status: "draft" | "pending-review" | "rejected" | "approved" | "expired" | "provisionally-approved";
        "numbers.v2.regulatory_compliance.supporting_document_type": {
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
        SenderId: {
            /**
             * @description Account that owns the Sender ID.
             * @example ACe467eeebbd10517a4ec52611902de52a
             */
            account_sid: string;
            /**
             * Format: date-time
             * @description The date and time when the Sender ID was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date and time when the Sender ID was last updated.
             */
            date_updated: string;
            /** @description The alphanumeric sender ID. */
            sender_id: string;
            /** @description The unique identifier of the Sender ID. */
            sid: string;
            /**
             * @description Messages per second (throughput) for the Sender ID.
             * @example 10
             */
            mps: number;
        };
        SenderIdCountry: {
            /** @description The unique identifier of the Sender ID Country. */
            routing_table_sid: string;
            /** @description The ISO country code. */
            iso_country: string;
            /**
             * Format: date-time
             * @description The date and time when the country routing table was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date and time when the country routing table was last updated.
             */
            date_updated: string;
            /** @description Indicates if this is the default routing table for the country. */
            default: boolean;
            /**
             * @description The status of the country for the sender Id
             * @enum {string}
             */
            status: "LIVE" | "NOT_LIVE";
            /** @description The override status of the country for the sender Id */
            status_override_info?: {
                /** @enum {string} */
                status?: "LIVE" | "NOT_LIVE";
            };
        };
        UpdateSenderIdCountryDefault: {
            /** @description Default Sender Id to use for replacement */
            default?: boolean;
        };
        SenderIdResponsePage: {
            /** @description List of Sender IDs. */
            results?: components["schemas"]["SenderId"][];
            meta?: components["schemas"]["PaginationMeta"];
        };
        SenderIdCountriesResponsePage: {
            /** @description List of countries associated with the Sender ID. */
            results?: components["schemas"]["SenderIdCountry"][];
            meta?: components["schemas"]["PaginationMeta"];
        };
        PaginationMeta: {
            previous_token?: string;
            next_token?: string;
        };
        CreateShortCodeApplicationRequest: {
            /** @description The friendly name for the short code application. */
            friendly_name: string;
            /** @description The ISO country code. */
            iso_country: string;
            /** @description Business information associated with the application. */
            business_information: {
                /** @description The Compliance Profile SID for the customer-facing business profile. */
                customer_facing_profile: string;
            };
            setup: {
                charges_apply: boolean;
            };
        };
        CreateShortCodeApplicationResponse: {
            /** @description The unique identifier of the Short Code Application. */
            sid?: string;
            /** @description The Application Requirements SID. */
            application_requirements_sid?: string;
            /** @description The version of the application requirements. */
            application_requirements_version?: number;
            /** @description The Account SID associated with the application. */
            account_sid?: string;
            /** @description The Bundle SID for regulatory compliance. */
            bundle_sid?: string;
            /** @description The reviewer of the application. */
            reviewer?: string;
            /** @description The Zendesk ticket ID associated with the application. */
            zendesk_ticket_id?: string;
            /** @description The friendly name of the application. */
            friendly_name?: string;
            /** @description The notification emails for the application. */
            notification_emails?: string[];
            /** @description The ISO country code. */
            iso_country?: string;
            /**
             * @description The state of the application.
             * @enum {string}
             */
            state?: "DRAFT" | "TWILIO_REVIEW" | "PENDING_PAYMENT" | "PAYMENT_FAILED" | "IN_PROVISIONING" | "PENDING_CARRIER" | "APPROVED" | "CORRECTIONS_NEEDED" | "CANCELED" | "ARCHIVED";
            /** @description Setup configuration for the application. */
            setup?: {
                /** @enum {string} */
                request_type?: "NEW" | "MIGRATION" | "LEASE";
                /** @enum {string} */
                traffic_type?: "TRANSACTIONAL" | "PROMOTIONAL" | "BOTH";
                /** @enum {string} */
                lease_type?: "RANDOM" | "VANITY" | "SELF_LEASED";
                /** @enum {string} */
                payment_frequency?: "QUARTERLY" | "YEARLY";
                short_code_preference?: string;
                mms_enabled?: boolean;
                free_to_end_user?: boolean;
                charges_apply?: boolean;
                current_provider?: string;
                migrated_mms_enabled?: boolean;
                migrated_live_traffic?: boolean;
            };
            /** @description Business information associated with the application. */
            business_information?: {
                managing_company_profile?: string;
                customer_facing_profile?: string;
                business_website?: string;
                ein_managing_company_profile?: string;
                ein_customer_facing_profile?: string;
            };
            /** @description User sign-up configuration for the application. */
            user_sign_up?: {
                sign_up_options?: ("ONLINE_WEB_FORM" | "IVR" | "VERBALLY" | "MOBILE_APP_OR_DIGITAL_KIOSK" | "PAPER_FORM" | "SHORTCODE_KEYWORD" | "OTHER_FORM")[];
                double_opt_in_process?: boolean;
                double_opt_in_message?: string;
                sign_up_confirmation_message?: string;
                double_opt_in_response_message?: string;
                online_web_form_message?: string;
                keyword_message?: string;
                ivr_message?: string;
                other_form_message?: string;
            };
            /** @description Compliance keywords for the application. */
            compliance_keywords?: {
                help?: string;
                stop?: string;
                info?: string;
                aide?: string;
                arret?: string;
                opt_out_filtering?: boolean;
            };
            /** @description Content examples for the application. */
            content_examples?: {
                examples?: string[];
            };
            /** @description SMS campaign details for the application. */
            sms_campaign_details?: {
                campaign_name?: string;
                campaign_brand_website?: string;
                /** @enum {string} */
                customer_care_channel?: "TOLL_FREE_NUMBER" | "EMAIL";
                customer_care_value?: string;
                campaign_frequency?: ("ONE_MESSAGE_PER_SIGNUP" | "LIMITED_NUMBER_OF_MESSAGES_PER_SIGNUP" | "LIMITED_NUMBER_OF_MESSAGES_AT_RECURRING_INTERVALS" | "VARIABLE_NUMBER_OF_MESSAGES_AT_UNPREDICTABLE_INTERVALS" | "LIMITED_NUMBER_OF_MESSAGES_IN_RESPONSE_TO_KEYWORDS")[];
                sc_use_case_categories?: ("TWO_FACTOR_AUTHENTICATION" | "ACCOUNT_NOTIFICATIONS" | "CUSTOMER_CARE" | "CHARITY_NONPROFIT" | "DELIVERY_NOTIFICATIONS" | "FRAUD_ALERT_MESSAGING" | "EVENTS" | "HIGHER_EDUCATION" | "K12" | "MARKETING" | "POLLING_AND_VOTING_NON_POLITICAL" | "POLITICAL_ELECTION_CAMPAIGNS" | "PUBLIC_SERVICE_ANNOUNCEMENT" | "SECURITY_ALERT")[];
                sms_terms_of_service_url?: string;
                sms_privacy_policy_url?: string;
                monthly_outbound_volume_expected?: string;
                monthly_inbound_volume_expected?: string;
                avg_monthly_messages_sent_to_each_subscriber?: string;
                avg_monthly_messages_received_from_subscribers?: string;
                estimated_total_subscribers?: string;
                duration_of_the_campaign?: string;
                planned_traffic_spikes?: string;
                spike_details?: string;
                expected_traffic_start_date?: string;
            };
            /**
             * Format: date-time
             * @description The date and time the application was created.
             */
            date_created?: string;
            /**
             * Format: date-time
             * @description The date and time the application was last updated.
             */
            date_updated?: string;
            /** @description The identity of the user who created the application. */
            created_by?: string;
            /** @description The identity of the user who last updated the application. */
            updated_by?: string;
        };
        CreateShortCodeApplicationBundleInquiryRequest: {
            /** @description The unique identifier of the Short Code Application. */
            application_sid: string;
        };
        CreateShortCodeApplicationBundleInquiryResponse: {
            /** @description The unique identifier of the inquiry. */
            inquiry_id?: string;
            /** @description The session token for the inquiry. */
            inquiry_session_token?: string;
            /** @description The unique identifier of the Short Code Application. */
            application_sid?: string;
            /** @description The Bundle SID associated with the inquiry. */
            bundle_sid?: string;
        };
        ShortCodeApplication: {
            /** @description The unique identifier of the Short Code Application. */
            sid?: string;
            /** @description The Application Requirements SID. */
            application_requirements_sid?: string;
            /** @description The version of the application requirements. */
            application_requirements_version?: number;
            /** @description The Account SID associated with the application. */
            account_sid?: string;
            /** @description The Bundle SID for regulatory compliance. */
            bundle_sid?: string;
            /** @description The reviewer of the application. */
            reviewer?: string;
            /** @description The Zendesk ticket ID associated with the application. */
            zendesk_ticket_id?: string;
            /** @description The friendly name of the application. */
            friendly_name?: string;
            /** @description The notification emails for the application. */
            notification_emails?: string[];
            /** @description The ISO country code. */
            iso_country?: string;
            /**
             * @description The state of the application.
             * @enum {string}
             */
            state?: "DRAFT" | "TWILIO_REVIEW" | "PENDING_PAYMENT" | "PAYMENT_FAILED" | "IN_PROVISIONING" | "PENDING_CARRIER" | "APPROVED" | "CORRECTIONS_NEEDED" | "CANCELED" | "ARCHIVED";
            /** @description Setup configuration for the application. */
            setup?: {
                /** @enum {string} */
                request_type?: "NEW" | "MIGRATION" | "LEASE";
                /** @enum {string} */
                traffic_type?: "TRANSACTIONAL" | "PROMOTIONAL" | "BOTH";
                /** @enum {string} */
                lease_type?: "RANDOM" | "VANITY" | "SELF_LEASED";
                /** @enum {string} */
                payment_frequency?: "QUARTERLY" | "YEARLY";
                short_code_preference?: string;
                mms_enabled?: boolean;
                free_to_end_user?: boolean;
                charges_apply?: boolean;
                current_provider?: string;
                migrated_mms_enabled?: boolean;
                migrated_live_traffic?: boolean;
            };
            /** @description Business information associated with the application. */
            business_information?: {
                managing_company_profile?: string;
                customer_facing_profile?: string;
                business_website?: string;
                ein_managing_company_profile?: string;
                ein_customer_facing_profile?: string;
            };
            /** @description User sign-up configuration for the application. */
            user_sign_up?: {
                sign_up_options?: ("ONLINE_WEB_FORM" | "IVR" | "VERBALLY" | "MOBILE_APP_OR_DIGITAL_KIOSK" | "PAPER_FORM" | "SHORTCODE_KEYWORD" | "OTHER_FORM")[];
                double_opt_in_process?: boolean;
                double_opt_in_message?: string;
                sign_up_confirmation_message?: string;
                double_opt_in_response_message?: string;
                online_web_form_message?: string;
                keyword_message?: string;
                ivr_message?: string;
                other_form_message?: string;
            };
            /** @description Compliance keywords for the application. */
            compliance_keywords?: {
                help?: string;
                stop?: string;
                info?: string;
                aide?: string;
                arret?: string;
                opt_out_filtering?: boolean;
            };
            /** @description Content examples for the application. */
            content_examples?: {
                examples?: string[];
            };
            /** @description SMS campaign details for the application. */
            sms_campaign_details?: {
                campaign_name?: string;
                campaign_brand_website?: string;
                /** @enum {string} */
                customer_care_channel?: "TOLL_FREE_NUMBER" | "EMAIL";
                customer_care_value?: string;
                campaign_frequency?: ("ONE_MESSAGE_PER_SIGNUP" | "LIMITED_NUMBER_OF_MESSAGES_PER_SIGNUP" | "LIMITED_NUMBER_OF_MESSAGES_AT_RECURRING_INTERVALS" | "VARIABLE_NUMBER_OF_MESSAGES_AT_UNPREDICTABLE_INTERVALS" | "LIMITED_NUMBER_OF_MESSAGES_IN_RESPONSE_TO_KEYWORDS")[];
                sc_use_case_categories?: ("TWO_FACTOR_AUTHENTICATION" | "ACCOUNT_NOTIFICATIONS" | "CUSTOMER_CARE" | "CHARITY_NONPROFIT" | "DELIVERY_NOTIFICATIONS" | "FRAUD_ALERT_MESSAGING" | "EVENTS" | "HIGHER_EDUCATION" | "K12" | "MARKETING" | "POLLING_AND_VOTING_NON_POLITICAL" | "POLITICAL_ELECTION_CAMPAIGNS" | "PUBLIC_SERVICE_ANNOUNCEMENT" | "SECURITY_ALERT")[];
                sms_terms_of_service_url?: string;
                sms_privacy_policy_url?: string;
                monthly_outbound_volume_expected?: string;
                monthly_inbound_volume_expected?: string;
                avg_monthly_messages_sent_to_each_subscriber?: string;
                avg_monthly_messages_received_from_subscribers?: string;
                estimated_total_subscribers?: string;
                duration_of_the_campaign?: string;
                planned_traffic_spikes?: string;
                spike_details?: string;
                expected_traffic_start_date?: string;
            };
            /**
             * Format: date-time
             * @description The date and time the application was created.
             */
            date_created?: string;
            /**
             * Format: date-time
             * @description The date and time the application was last updated.
             */
            date_updated?: string;
            /** @description The identity of the user who created the application. */
            created_by?: string;
            /** @description The identity of the user who last updated the application. */
            updated_by?: string;
        };
        ShortCodeApplicationResponsePage: {
            /** Format: int64 */
            total_elements?: number;
            /** Format: int64 */
            total_pages?: number;
            current_page?: number;
            per_page?: number;
            has_next?: boolean;
            has_prev?: boolean;
            /** @description List of Short Code Applications. */
            results?: components["schemas"]["ShortCodeApplication"][];
        };
        ShortCodeApplicationDocument: {
            /** @description The unique identifier of the document. */
            sid?: string;
            /**
             * @description The type of document.
             * @enum {string}
             */
            document_type?: "SC_LETTER_OF_AUTHORIZATION" | "CALL_TO_ACTION_OR_OPT_IN_MOCKUP" | "SMS_CAMPAIGN_TERMS_OF_SERVICE" | "SMS_PRIVACY_POLICY" | "MIGRATION_REQUEST_LETTER" | "SHORT_CODE_LEASE_RECEIPT" | "ADDITIONAL_SUPPORTING_DOCUMENTS_1" | "ADDITIONAL_SUPPORTING_DOCUMENTS_2" | "ADDITIONAL_SUPPORTING_DOCUMENTS_3" | "ADDITIONAL_SUPPORTING_DOCUMENTS_4" | "ADDITIONAL_SUPPORTING_DOCUMENTS_5" | "ADDITIONAL_SUPPORTING_DOCUMENTS_6" | "ADDITIONAL_SUPPORTING_DOCUMENTS_7" | "ADDITIONAL_SUPPORTING_DOCUMENTS_8" | "ADDITIONAL_SUPPORTING_DOCUMENTS_9" | "ADDITIONAL_SUPPORTING_DOCUMENTS_10";
            /** @description The friendly name of the document. */
            friendly_name?: string;
        };
        /** @description List the Sender ID registration requirements for the countries supporting Sender ID */
        CountryRequirementList: components["schemas"]["CountryRequirement"][];
        CountryRequirement: {
            /** @description Iso country code as per ISO 3166-1 alpha-2 standard */
            iso_country: string;
            /** @description Whether Sender ID needs to be pre-registered for the country */
            registration_required: boolean;
            /** @description Twilio SLA for Sender Id Registration process in business days. For countries requiring dynamic registration, it will be set to 0. */
            sla_in_days: number;
            /** @description Whether promotional usage for Sender ID is supported */
            promotional_supported?: boolean;
            /** @description Mandatory prefix string for Sender ID when used for promotional purpose in the country */
            promotional_sender_id_prefix?: string | null;
            /** @description Mandatory suffix string for Sender ID when used for promotional purpose in the country */
            promotional_sender_id_suffix?: string | null;
            /**
             * @description Represents pricing requirements for country with free-flowing string format
             * @example Due to market regulations, there is $250 charge per month for the Sender ID.
             */
            pricing_scheme?: string | null;
            /** @description Represents public Twilio support URL which has information regarding the instructions and documents required for registration */
            documentation_url?: string | null;
            /** @description Represents the Twilio public URL for documentation template required to be filled for the Sender ID registration */
            documentation_template_url?: string | null;
            /** @description List of document type machine names */
            document_type_machine_names?: string[];
            /** @description List of document type machine names for Domestic traffic reach */
            domestic_document_type_machine_names?: string[];
            /** @description List of document type machine names for International traffic reach */
            international_document_type_machine_names?: string[];
            /**
             * @description Sender ID string rules for the country
             * @example Enter between 2 - 11 characters.
             *     Include at least one letter.
             */
            sender_id_registration_rules?: string | null;
            /** @description Whether USO (Unified Sender Onboarding) is enabled for this country */
            uso_enabled?: boolean | null;
        };
        ValidateSenderId: {
            /** @description ISO 3166-1 alpha-2 standard Country Code */
            iso_country: string;
            purpose: components["schemas"]["SenderIdPurpose"];
            /** @description Sender ID string */
            sender_id: string;
        };
        SenderIdValidationResult: {
            /** @description ISO 3166-1 alpha-2 standard Country Code */
            iso_country: string;
            purpose: components["schemas"]["SenderIdPurpose"];
            /** @description Sender ID string */
            sender_id: string;
            /** @description List of failures during the validation */
            failures: components["schemas"]["SenderIdValidationFailure"][];
        };
        SenderIdValidationFailure: {
            /**
             * Format: int32
             * @description Associated error code with validation failure
             */
            error_code: number;
            /** @description Friendly description of error for validation failure */
            reason: string;
        };
        /**
         * @description Purpose for using Sender ID
         * @enum {string}
         */
        SenderIdPurpose: "TRANSACTIONAL" | "PROMOTIONAL";
        CreateSenderIdRegistration: {
            /** @description List of Iso countries */
            iso_countries?: string[];
            /** @description Whether registering on behalf of subsidiary */
            company_subsidiary: boolean;
            /** @description Business profile Bundle sid used for the application */
            business_profile_sid?: string;
            /** @description Identity sid used for the application. It must be of IdentityType 'sender_id_customer_profile' */
            identity_sid?: string;
            /** @description Address sid used for the application */
            address_sid?: string;
            purpose: components["schemas"]["SenderIdPurpose"];
        };
        SenderIdRegistration: {
            /** @description Sender ID Registration Application SID */
            application_sid: string;
            /** @description Owning Account SID of the Sender ID */
            account_sid: string;
            /**
             * @description Status of the Sender ID Registration Application
             * @enum {string}
             */
            status: "DRAFT" | "PENDING_REVIEW" | "IN_REVIEW" | "TWILIO_APPROVED" | "TWILIO_REJECTED";
            /** @description List of Sender ID Registration information */
            registration_info: Record<string, unknown>[];
            purpose?: components["schemas"]["SenderIdPurpose"];
            /** @description Whether registering on behalf of subsidiary */
            company_subsidiary?: boolean;
            /** @description List of emails to send Sender ID Application updates */
            emails_for_notification: string[];
        };
        CreateSenderIdRegistrationBundleInquiryResponse: {
            /** @description The unique identifier of the inquiry. */
            inquiry_id?: string;
            /** @description The session token for the inquiry. */
            inquiry_session_token?: string;
            /** @description The unique identifier of the Sender ID Registration Application. */
            application_sid?: string;
            /** @description The Bundle SID associated with the inquiry. */
            bundle_sid?: string;
        };
        CreateRegistrationRequest: {
            /** @description Global HQ country code (ISO 3166-1 alpha-2) */
            global_hq_country: string;
            /** @description Target country for sender ID registration */
            target_country: string;
            /**
             * @description Purpose of SMS messages
             * @enum {string}
             */
            message_purpose: "TRANSACTIONAL" | "PROMOTIONAL";
            /** @description Requested alphanumeric sender ID value */
            sender_id: string;
            /**
             * @description Business customer type
             * @enum {string}
             */
            business_identity: "DIRECT" | "ISV";
            /** @description Whether sender ID will be subassigned to other accounts */
            is_subassigned: boolean;
            /** @description Human-readable name for the registration */
            friendly_name: string;
            /** @description Bundle SID of customer's profile */
            customer_profile_bundle_sid: string;
            /**
             * @description ISV opt-in consent flag. Defaults to true if not provided. Only rejected when explicitly set to false for ISV customers registering in Australia.
             * @default true
             */
            isv_opt_in_consent: boolean;
        };
        CreateRegistrationResponse: {
            /** @description Bundle SID (same as bundle_sid in KYC Orchestration) */
            bundle_sid: string;
            /** @description Persona inquiry ID */
            inquiry_id: string;
            /** @description Persona session token for embedding Persona UI */
            inquiry_session_token: string;
        };
        ResumeInquiryResponse: {
            /** @description Persona inquiry ID (existing or new) */
            inquiry_id: string;
            /** @description Persona session token (always new, expires in 24 hours) */
            inquiry_session_token: string;
            /** @description Bundle SID */
            bundle_sid: string;
        };
    };
    responses: never;
    parameters: {
        pageSizeQueryParam: number;
        pageTokenQueryParam: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    FetchAuthorizationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this AuthorizationDocument. */
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
                    "application/json": components["schemas"]["numbers.v2.authorization_document"];
                };
            };
        };
    };
    DeleteAuthorizationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this AuthorizationDocument. */
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
    ListAuthorizationDocument: {
        parameters: {
            query?: {
                /** @description Email that this AuthorizationDocument will be sent to for signing. */
                Email?: string;
                /** @description Status of an instance resource. It can hold one of the values: 1. opened 2. signing, 3. signed LOA, 4. canceled, 5. failed. See the section entitled [Status Values](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource#status-values) for more information on each of these statuses. */
                Status?: components["schemas"]["authorization_document_enum_status"];
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
                        items?: components["schemas"]["numbers.v2.authorization_document"][];
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
    CreateAuthorizationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A 34 character string that uniquely identifies the Address resource that is associated with this AuthorizationDocument. */
                    AddressSid: string;
                    /** @description Email that this AuthorizationDocument will be sent to for signing. */
                    Email: string;
                    /**
                     * Format: phone-number
                     * @description The contact phone number of the person authorized to sign the Authorization Document.
                     */
                    ContactPhoneNumber: string;
                    /** @description A list of HostedNumberOrder sids that this AuthorizationDocument will authorize for hosting phone number capabilities on Twilio's platform. */
                    HostedNumberOrderSids: string[];
                    /** @description The title of the person authorized to sign the Authorization Document for this phone number. */
                    ContactTitle?: string;
                    /** @description Email recipients who will be informed when an Authorization Document has been sent and signed. */
                    CcEmails?: string[];
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
                    "application/json": components["schemas"]["numbers.v2.authorization_document"];
                };
            };
        };
    };
    FetchBulkHostedNumberOrder: {
        parameters: {
            query?: {
                /** @description Order status can be used for filtering on Hosted Number Order status values. To see a complete list of order statuses, please check 'https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/hosted-number-order-resource#status-values'. */
                OrderStatus?: string;
            };
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this BulkHostedNumberOrder. */
                BulkHostingSid: string;
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
                    "application/json": components["schemas"]["numbers.v2.bulk_hosted_number_order"];
                };
            };
        };
    };
    CreateBulkHostedNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, unknown>;
            };
        };
        responses: {
            /** @description Accepted */
            202: {
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
                    "application/json": components["schemas"]["numbers.v2.bulk_hosted_number_order"];
                };
            };
        };
    };
    ListBundle: {
        parameters: {
            query?: {
                /** @description The verification status of the Bundle resource. Please refer to [Bundle Statuses](https://www.twilio.com/docs/phone-numbers/regulatory/api/bundles#bundle-statuses) for more details. */
                Status?: components["schemas"]["bundle_enum_status"];
                /** @description A comma-separated list of Bundle SIDs to filter the results (maximum 20). Each Bundle SID must match `^BU[0-9a-fA-F]{32}$`. */
                BundleSids?: string;
                /** @description The string that you assigned to describe the resource. The column can contain 255 variable characters. */
                FriendlyName?: string;
                /** @description The unique string of a [Regulation resource](https://www.twilio.com/docs/phone-numbers/regulatory/api/regulations) that is associated to the Bundle resource. */
                RegulationSid?: string;
                /** @description The 2-digit [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the Bundle's phone number country ownership request. */
                IsoCountry?: string;
                /** @description The type of phone number of the Bundle's ownership request. Can be `local`, `mobile`, `national`, or `toll-free`. */
                NumberType?: string;
                /** @description The end user type of the regulation of the Bundle. Can be `business` or `individual`. */
                EndUserType?: "business" | "individual";
                /** @description Indicates that the Bundle is a valid Bundle until a specified expiration date. */
                HasValidUntilDate?: boolean;
                /** @description Can be `valid-until` or `date-updated`. Defaults to `date-created`. */
                SortBy?: components["schemas"]["bundle_enum_sort_by"];
                /** @description Default is `DESC`. Can be `ASC` or `DESC`. */
                SortDirection?: components["schemas"]["bundle_enum_sort_direction"];
                /** @description Date to filter Bundles having their `valid_until_date` before or after the specified date. Can be `ValidUntilDate>=` or `ValidUntilDate<=`. Both can be used in conjunction as well. [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) is the acceptable date format. */
                ValidUntilDate?: string;
                /** @description Date to filter Bundles having their `valid_until_date` before or after the specified date. Can be `ValidUntilDate>=` or `ValidUntilDate<=`. Both can be used in conjunction as well. [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) is the acceptable date format. */
                "ValidUntilDate<"?: string;
                /** @description Date to filter Bundles having their `valid_until_date` before or after the specified date. Can be `ValidUntilDate>=` or `ValidUntilDate<=`. Both can be used in conjunction as well. [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) is the acceptable date format. */
                "ValidUntilDate>"?: string;
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.bundle"][];
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
    CreateBundle: {
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
                    /** @description The email address that will receive updates when the Bundle resource changes status. */
                    Email: string;
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                    /** @description The unique string of a regulation that is associated to the Bundle resource. */
                    RegulationSid?: string;
                    /** @description The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the Bundle's phone number country ownership request. */
                    IsoCountry?: string;
                    EndUserType?: components["schemas"]["bundle_enum_end_user_type"];
                    /** @description The type of phone number of the Bundle's ownership request. Can be `local`, `mobile`, `national`, or `toll-free`. */
                    NumberType?: string;
                    /** @description Indicates that Bundle is a Test Bundle and will be Auto-Rejected */
                    IsTest?: boolean;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle"];
                };
            };
        };
    };
    FetchBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle"];
                };
            };
        };
    };
    UpdateBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    Status?: components["schemas"]["bundle_enum_status"];
                    /**
                     * Format: uri
                     * @description The URL we call to inform your application of status changes.
                     */
                    StatusCallback?: string;
                    /** @description The string that you assigned to describe the resource. */
                    FriendlyName?: string;
                    /** @description The email address that will receive updates when the Bundle resource changes status. */
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle"];
                };
            };
        };
    };
    DeleteBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
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
    CreateBundleClone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Bundle to be cloned. */
                BundleSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) where the bundle needs to be cloned. */
                    TargetAccountSid: string;
                    /** @description If set to true, the cloned bundle will be in the DRAFT state, else it will be twilio-approved */
                    MoveToDraft?: boolean;
                    /** @description The string that you assigned to describe the cloned bundle. */
                    FriendlyName?: string;
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
                    "application/json": components["schemas"]["numbers.v2.bundle_clone"];
                };
            };
        };
    };
    ListBundleCopy: {
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
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.bundle.bundle_copy"][];
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
    CreateBundleCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Bundle to be copied. */
                BundleSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The string that you assigned to describe the copied bundle. */
                    FriendlyName?: string;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.bundle_copy"];
                };
            };
        };
    };
    ListDependentHostedNumberOrder: {
        parameters: {
            query?: {
                /** @description Status of an instance resource. It can hold one of the values: 1. opened 2. signing, 3. signed LOA, 4. canceled, 5. failed. See the section entitled [Status Values](https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource#status-values) for more information on each of these statuses. */
                Status?: components["schemas"]["dependent_hosted_number_order_enum_status"];
                /** @description An E164 formatted phone number hosted by this HostedNumberOrder. */
                PhoneNumber?: string;
                /** @description A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder. */
                IncomingPhoneNumberSid?: string;
                /** @description A human readable description of this resource, up to 128 characters. */
                FriendlyName?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies the LOA document associated with this HostedNumberOrder. */
                SigningDocumentSid: string;
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
                        items?: components["schemas"]["numbers.v2.authorization_document.dependent_hosted_number_order"][];
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.end_user"][];
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
                    Type: components["schemas"]["end_user_enum_type"];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.end_user"];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.end_user"];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.end_user"];
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
                        end_user_types?: components["schemas"]["numbers.v2.regulatory_compliance.end_user_type"][];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.end_user_type"];
                };
            };
        };
    };
    ListEvaluation: {
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
                /** @description The unique string that identifies the Bundle resource. */
                BundleSid: string;
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.bundle.evaluation"][];
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
    CreateEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Bundle resource. */
                BundleSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.evaluation"];
                };
            };
        };
    };
    FetchEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.evaluation"];
                };
            };
        };
    };
    FetchHostedNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this HostedNumberOrder. */
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
                    "application/json": components["schemas"]["numbers.v2.hosted_number_order"];
                };
            };
        };
    };
    UpdateHostedNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the HostedNumberOrder resource to update. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    Status: components["schemas"]["hosted_number_order_enum_status"];
                    /** @description The number of seconds to wait before initiating the ownership verification call. Can be a value between 0 and 60, inclusive. */
                    VerificationCallDelay?: number;
                    /** @description The numerical extension to dial when making the ownership verification call. */
                    VerificationCallExtension?: string;
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
                    "application/json": components["schemas"]["numbers.v2.hosted_number_order"];
                };
            };
        };
    };
    DeleteHostedNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this HostedNumberOrder. */
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
    ListHostedNumberOrder: {
        parameters: {
            query?: {
                /** @description The Status of this HostedNumberOrder. One of `received`, `pending-verification`, `verified`, `pending-loa`, `carrier-processing`, `testing`, `completed`, `failed`, or `action-required`. */
                Status?: components["schemas"]["hosted_number_order_enum_status"];
                /** @description Whether the SMS capability will be hosted on our platform. Can be `true` of `false`. */
                SmsCapability?: boolean;
                /** @description An E164 formatted phone number hosted by this HostedNumberOrder. */
                PhoneNumber?: string;
                /** @description A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder. */
                IncomingPhoneNumberSid?: string;
                /** @description A human readable description of this resource, up to 128 characters. */
                FriendlyName?: string;
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
                        items?: components["schemas"]["numbers.v2.hosted_number_order"][];
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
    CreateHostedNumberOrder: {
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
                     * @description The number to host in [+E.164](https://en.wikipedia.org/wiki/E.164) format
                     */
                    PhoneNumber: string;
                    /**
                     * Format: phone-number
                     * @description The contact phone number of the person authorized to sign the Authorization Document.
                     */
                    ContactPhoneNumber: string;
                    /** @description Optional. A 34 character string that uniquely identifies the Address resource that represents the address of the owner of this phone number. */
                    AddressSid: string;
                    /** @description Optional. Email of the owner of this phone number that is being hosted. */
                    Email: string;
                    /** @description This defaults to the AccountSid of the authorization the user is using. This can be provided to specify a subaccount to add the HostedNumberOrder to. */
                    AccountSid?: string;
                    /** @description A 128 character string that is a human readable text that describes this resource. */
                    FriendlyName?: string;
                    /** @description Optional. A list of emails that the LOA document for this HostedNumberOrder will be carbon copied to. */
                    CcEmails?: string[];
                    /**
                     * Format: uri
                     * @description The URL that Twilio should request when somebody sends an SMS to the phone number. This will be copied onto the IncomingPhoneNumber resource.
                     */
                    SmsUrl?: string;
                    /**
                     * Format: http-method
                     * @description The HTTP method that should be used to request the SmsUrl. Must be either `GET` or `POST`.  This will be copied onto the IncomingPhoneNumber resource.
                     * @enum {string}
                     */
                    SmsMethod?: "GET" | "POST";
                    /**
                     * Format: uri
                     * @description A URL that Twilio will request if an error occurs requesting or executing the TwiML defined by SmsUrl. This will be copied onto the IncomingPhoneNumber resource.
                     */
                    SmsFallbackUrl?: string;
                    /** @description Used to specify that the SMS capability will be hosted on Twilio's platform. */
                    SmsCapability?: boolean;
                    /**
                     * Format: http-method
                     * @description The HTTP method that should be used to request the SmsFallbackUrl. Must be either `GET` or `POST`. This will be copied onto the IncomingPhoneNumber resource.
                     * @enum {string}
                     */
                    SmsFallbackMethod?: "GET" | "POST";
                    /**
                     * Format: uri
                     * @description Optional. The Status Callback URL attached to the IncomingPhoneNumber resource.
                     */
                    StatusCallbackUrl?: string;
                    /**
                     * Format: http-method
                     * @description Optional. The Status Callback Method attached to the IncomingPhoneNumber resource.
                     * @enum {string}
                     */
                    StatusCallbackMethod?: "GET" | "POST";
                    /** @description Optional. The 34 character sid of the application Twilio should use to handle SMS messages sent to this number. If a `SmsApplicationSid` is present, Twilio will ignore all of the SMS urls above and use those set on the application. */
                    SmsApplicationSid?: string;
                    /** @description The title of the person authorized to sign the Authorization Document for this phone number. */
                    ContactTitle?: string;
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
                    "application/json": components["schemas"]["numbers.v2.hosted_number_order"];
                };
            };
        };
    };
    ListItemAssignment: {
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
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.bundle.item_assignment"][];
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
    CreateItemAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.item_assignment"];
                };
            };
        };
    };
    FetchItemAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.item_assignment"];
                };
            };
        };
    };
    DeleteItemAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that we created to identify the Bundle resource. */
                BundleSid: string;
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
    ListRegulation: {
        parameters: {
            query?: {
                /** @description The type of End User the regulation requires - can be `individual` or `business`. */
                EndUserType?: components["schemas"]["regulation_enum_end_user_type"];
                /** @description The ISO country code of the phone number's country. */
                IsoCountry?: string;
                /** @description The type of phone number that the regulatory requiremnt is restricting. */
                NumberType?: string;
                /** @description A boolean parameter indicating whether to include constraints or not for supporting end user, documents and their fields */
                IncludeConstraints?: boolean;
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.regulation"][];
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
    FetchRegulation: {
        parameters: {
            query?: {
                /** @description A boolean parameter indicating whether to include constraints or not for supporting end user, documents and their fields */
                IncludeConstraints?: boolean;
            };
            header?: never;
            path: {
                /** @description The unique string that identifies the Regulation resource. */
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.regulation"];
                };
            };
        };
    };
    CreateReplaceItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Bundle where the item assignments are going to be replaced. */
                BundleSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The source bundle sid to copy the item assignments from. */
                    FromBundleSid: string;
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.bundle.replace_items"];
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
                        results?: components["schemas"]["numbers.v2.regulatory_compliance.supporting_document"][];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.supporting_document"];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.supporting_document"];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.supporting_document"];
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
                        supporting_document_types?: components["schemas"]["numbers.v2.regulatory_compliance.supporting_document_type"][];
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
                    "application/json": components["schemas"]["numbers.v2.regulatory_compliance.supporting_document_type"];
                };
            };
        };
    };
    ListShortCodeApplications: {
        parameters: {
            query?: {
                /** @description The Account SID to filter by. */
                AccountSid?: string;
                /** @description The ISO country to filter by. */
                IsoCountry?: string;
                /** @description The application status to filter by. */
                Status?: string;
                /** @description The friendly name to filter by. */
                FriendlyName?: string;
                /** @description The application SID to filter by. */
                Sid?: string;
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: number;
                /** @description The current page. */
                Page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response schema for listing Short Code Applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortCodeApplicationResponsePage"];
                };
            };
        };
    };
    CreateShortCodeApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShortCodeApplicationRequest"];
            };
        };
        responses: {
            /** @description Response schema for creating a Short Code Application. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateShortCodeApplicationResponse"];
                };
            };
        };
    };
    FetchShortCodeApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique string that identifies the Short Code Application resource. */
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response schema for a single Short Code Application instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortCodeApplication"];
                };
            };
        };
    };
}
