// GENERATED from fixtures/twilio-oai/twilio_events_v1.json by scripts/spec-types.mjs (openapi-typescript). Do not edit by hand:
// regenerate with `npm run spec:types` (after `npm run spec:update -- /path/to/twilio-oai/spec/json`).

export interface paths {
    "/v1/Types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a paginated list of all the available Event Types.
         * @description Retrieve a paginated list of all the available Event Types.
         */
        get: operations["ListEventType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Types/{Type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Event Type.
         * @description Fetch a specific Event Type.
         */
        get: operations["FetchEventType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Schemas/{Id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific schema with its nested versions.
         * @description Fetch a specific schema with its nested versions.
         */
        get: operations["FetchSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Schemas": {
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
    "/v1/Schemas/{Id}/Versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a paginated list of versions of the schema.
         * @description Retrieve a paginated list of versions of the schema.
         */
        get: operations["ListSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Schemas/{Id}/Versions/{SchemaVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific schema and version.
         * @description Fetch a specific schema and version.
         */
        get: operations["FetchSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Sinks/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Sink.
         * @description Fetch a specific Sink.
         */
        get: operations["FetchSink"];
        put?: never;
        /**
         * Update a specific Sink
         * @description Update a specific Sink
         */
        post: operations["UpdateSink"];
        /**
         * Delete a specific Sink.
         * @description Delete a specific Sink.
         */
        delete: operations["DeleteSink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Sinks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a paginated list of Sinks belonging to the account used to make the request.
         * @description Retrieve a paginated list of Sinks belonging to the account used to make the request.
         */
        get: operations["ListSink"];
        put?: never;
        /**
         * Create a new Sink
         * @description Create a new Sink
         */
        post: operations["CreateSink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Sinks/{Sid}/Test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new Sink Test Event for the given Sink.
         * @description Create a new Sink Test Event for the given Sink.
         */
        post: operations["CreateSinkTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Sinks/{Sid}/Validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate that a test event for a Sink was received.
         * @description Validate that a test event for a Sink was received.
         */
        post: operations["CreateSinkValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all Subscribed Event types for a Subscription.
         * @description Retrieve a list of all Subscribed Event types for a Subscription.
         */
        get: operations["ListSubscribedEvent"];
        put?: never;
        /**
         * Add an event type to a Subscription.
         * @description Add an event type to a Subscription.
         */
        post: operations["CreateSubscribedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an Event for a Subscription.
         * @description Read an Event for a Subscription.
         */
        get: operations["FetchSubscribedEvent"];
        put?: never;
        /**
         * Update an Event for a Subscription.
         * @description Update an Event for a Subscription.
         */
        post: operations["UpdateSubscribedEvent"];
        /**
         * Remove an event type from a Subscription.
         * @description Remove an event type from a Subscription.
         */
        delete: operations["DeleteSubscribedEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a paginated list of Subscriptions belonging to the account used to make the request.
         * @description Retrieve a paginated list of Subscriptions belonging to the account used to make the request.
         */
        get: operations["ListSubscription"];
        put?: never;
        /**
         * Create a new Subscription.
         * @description Create a new Subscription.
         */
        post: operations["CreateSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Subscriptions/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a specific Subscription.
         * @description Fetch a specific Subscription.
         */
        get: operations["FetchSubscription"];
        put?: never;
        /**
         * Update a Subscription.
         * @description Update a Subscription.
         */
        post: operations["UpdateSubscription"];
        /**
         * Delete a specific Subscription.
         * @description Delete a specific Subscription.
         */
        delete: operations["DeleteSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "events.v1.event_type": {
            /** @description A string that uniquely identifies this Event Type. */
            type?: string | null;
            /** @description A string that uniquely identifies the Schema this Event Type adheres to. */
            schema_id?: string | null;
            /**
             * Format: date-time
             * @description The date that this Event Type was created, given in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Event Type was updated, given in ISO 8601 format.
             */
            date_updated?: string | null;
            /** @description A human readable description for this Event Type. */
            description?: string | null;
            /** @description A string that describes how this Event Type can be used. For example: `available`, `deprecated`, `restricted`, `discontinued`. When the status is `available`, the Event Type can be used normally. */
            status?: string | null;
            /** @description The URL to the documentation or to the most relevant Twilio Changelog entry of this Event Type. */
            documentation_url?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** Format: uri-map */
            links?: Record<string, unknown> | null;
        };
        /** @enum {string} */
        replay_enum_status: "submitted" | "starting" | "running" | "cancelling" | "cancelled" | "failed" | "completed";
        /** @enum {string} */
        replay_enum_patchstatus: "cancelling";
        "events.v1.schema": {
            /** @description The unique identifier of the schema. Each schema can have multiple versions, that share the same id. */
            id?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description Contains a dictionary of URL links to nested resources of this schema.
             */
            links?: Record<string, unknown> | null;
            /**
             * Format: date-time
             * @description The date that the latest schema version was created, given in ISO 8601 format.
             */
            latest_version_date_created?: string | null;
            /**
             * @description The latest version published of this schema.
             * @default 0
             */
            latest_version: number;
        };
        "events.v1.schema.schema_version": {
            /** @description The unique identifier of the schema. Each schema can have multiple versions, that share the same id. */
            id?: string | null;
            /**
             * @description The version of this schema.
             * @default 0
             */
            schema_version: number;
            /**
             * Format: date-time
             * @description The date the schema version was created, given in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** Format: uri */
            raw?: string | null;
        };
        "events.v1.sink": {
            /**
             * Format: date-time
             * @description The date that this Sink was created, given in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Sink was updated, given in ISO 8601 format.
             */
            date_updated?: string | null;
            /** @description A human readable description for the Sink */
            description?: string | null;
            /** @description A 34 character string that uniquely identifies this Sink. */
            sid?: string | null;
            /** @description The information required for Twilio to connect to the provided Sink encoded as JSON. */
            sink_configuration?: unknown;
            sink_type?: components["schemas"]["sink_enum_sink_type"];
            status?: components["schemas"]["sink_enum_status"];
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description Contains a dictionary of URL links to nested resources of this Sink.
             */
            links?: Record<string, unknown> | null;
        };
        /**
         * @description The Status of this Sink. One of `initialized`, `validating`, `active` or `failed`.
         * @enum {string}
         */
        sink_enum_status: "initialized" | "validating" | "active" | "failed";
        /**
         * @description The Sink type. Can only be "kinesis" or "webhook" currently.
         * @enum {string}
         */
        sink_enum_sink_type: "kinesis" | "webhook" | "segment" | "email";
        "events.v1.sink.sink_test": {
            /** @description Feedback indicating whether the test event was generated. */
            result?: string | null;
        };
        "events.v1.sink.sink_validate": {
            /** @description Feedback indicating whether the given Sink was validated. */
            result?: string | null;
        };
        "events.v1.subscription.subscribed_event": {
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description Type of event being subscribed to. */
            type?: string | null;
            /**
             * @description The schema version that the Subscription should use.
             * @default 0
             */
            schema_version: number;
            /** @description The unique SID identifier of the Subscription. */
            subscription_sid?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        "events.v1.subscription": {
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description A 34 character string that uniquely identifies this Subscription. */
            sid?: string | null;
            /**
             * Format: date-time
             * @description The date that this Subscription was created, given in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Subscription was updated, given in ISO 8601 format.
             */
            date_updated?: string | null;
            /** @description A human readable description for the Subscription */
            description?: string | null;
            /** @description The SID of the sink that events selected by this subscription should be sent to. Sink must be active for the subscription to be created. */
            sink_sid?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /**
             * Format: uri-map
             * @description Contains a dictionary of URL links to nested resources of this Subscription.
             */
            links?: Record<string, unknown> | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListEventType: {
        parameters: {
            query?: {
                /** @description A string parameter filtering the results to return only the Event Types using a given schema. */
                SchemaId?: string;
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
                        types?: components["schemas"]["events.v1.event_type"][];
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
    FetchEventType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A string that uniquely identifies this Event Type. */
                Type: string;
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
                    "application/json": components["schemas"]["events.v1.event_type"];
                };
            };
        };
    };
    FetchSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the schema. Each schema can have multiple versions, that share the same id. */
                Id: string;
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
                    "application/json": components["schemas"]["events.v1.schema"];
                };
            };
        };
    };
    ListSchemaVersion: {
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
                /** @description The unique identifier of the schema. Each schema can have multiple versions, that share the same id. */
                Id: string;
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
                        schema_versions?: components["schemas"]["events.v1.schema.schema_version"][];
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
    FetchSchemaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the schema. Each schema can have multiple versions, that share the same id. */
                Id: string;
                /** @description The version of the schema */
                SchemaVersion: number;
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
                    "application/json": components["schemas"]["events.v1.schema.schema_version"];
                };
            };
        };
    };
    FetchSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Sink. */
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
                    "application/json": components["schemas"]["events.v1.sink"];
                };
            };
        };
    };
    UpdateSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Sink. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A human readable description for the Sink **This value should not contain PII.** */
                    Description: string;
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
                    "application/json": components["schemas"]["events.v1.sink"];
                };
            };
        };
    };
    DeleteSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Sink. */
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
    ListSink: {
        parameters: {
            query?: {
                /** @description A boolean query parameter filtering the results to return sinks used/not used by a subscription. */
                InUse?: boolean;
                /** @description A String query parameter filtering the results by status `initialized`, `validating`, `active` or `failed`. */
                Status?: string;
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
                        sinks?: components["schemas"]["events.v1.sink"][];
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
    CreateSink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A human readable description for the Sink **This value should not contain PII.** */
                    Description: string;
                    /** @description The information required for Twilio to connect to the provided Sink encoded as JSON. */
                    SinkConfiguration: unknown;
                    SinkType: components["schemas"]["sink_enum_sink_type"];
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
                    "application/json": components["schemas"]["events.v1.sink"];
                };
            };
        };
    };
    CreateSinkTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies the Sink to be Tested. */
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
                    "application/json": components["schemas"]["events.v1.sink.sink_test"];
                };
            };
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
                    "application/json": components["schemas"]["events.v1.sink.sink_test"];
                };
            };
        };
    };
    CreateSinkValidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies the Sink being validated. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A 34 character string that uniquely identifies the test event for a Sink being validated. */
                    TestId: string;
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
                    "application/json": components["schemas"]["events.v1.sink.sink_validate"];
                };
            };
        };
    };
    ListSubscribedEvent: {
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
                /** @description The unique SID identifier of the Subscription. */
                SubscriptionSid: string;
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
                        types?: components["schemas"]["events.v1.subscription.subscribed_event"][];
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
    CreateSubscribedEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Subscription. */
                SubscriptionSid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Type of event being subscribed to. */
                    Type: string;
                    /** @description The schema version that the Subscription should use. */
                    SchemaVersion?: number;
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
                    "application/json": components["schemas"]["events.v1.subscription.subscribed_event"];
                };
            };
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
                    "application/json": components["schemas"]["events.v1.subscription.subscribed_event"];
                };
            };
        };
    };
    FetchSubscribedEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Subscription. */
                SubscriptionSid: string;
                /** @description Type of event being subscribed to. */
                Type: string;
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
                    "application/json": components["schemas"]["events.v1.subscription.subscribed_event"];
                };
            };
        };
    };
    UpdateSubscribedEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Subscription. */
                SubscriptionSid: string;
                /** @description Type of event being subscribed to. */
                Type: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The schema version that the Subscription should use. */
                    SchemaVersion?: number;
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
                    "application/json": components["schemas"]["events.v1.subscription.subscribed_event"];
                };
            };
        };
    };
    DeleteSubscribedEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Subscription. */
                SubscriptionSid: string;
                /** @description Type of event being subscribed to. */
                Type: string;
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
    ListSubscription: {
        parameters: {
            query?: {
                /** @description The SID of the sink that the list of Subscriptions should be filtered by. */
                SinkSid?: string;
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
                        subscriptions?: components["schemas"]["events.v1.subscription"][];
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
    CreateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A human readable description for the Subscription **This value should not contain PII.** */
                    Description: string;
                    /** @description The SID of the sink that events selected by this subscription should be sent to. Sink must be active for the subscription to be created. */
                    SinkSid: string;
                    /** @description An array of objects containing the subscribed Event Types */
                    Types: unknown[];
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
                    "application/json": components["schemas"]["events.v1.subscription"];
                };
            };
        };
    };
    FetchSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Subscription. */
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
                    "application/json": components["schemas"]["events.v1.subscription"];
                };
            };
        };
    };
    UpdateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Subscription. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A human readable description for the Subscription. */
                    Description?: string;
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
                    "application/json": components["schemas"]["events.v1.subscription"];
                };
            };
        };
    };
    DeleteSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this Subscription. */
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
}
