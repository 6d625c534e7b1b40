// Generated from contracts/agentsend.yaml by scripts/contracts/types.mjs (openapi-typescript 7.13.0).
// Do not edit: change the contract, then run `npm run contracts:types`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Liveness probe; needs no credentials.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inboxes
         * @description Active inboxes of the account, newest first. Suspended and deleted inboxes are not listed.
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Create an inbox
         * @description Creates an inbox. Without `address` an address `agent-<8 random lowercase characters>@agentsend.io` is generated. A given address is lowercased; its domain must be agentsend.io, or the name of the custom domain given in `domainId`, and its local part must match `^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$`. Unknown keys (for instance `prefix`, `username` or `domain`, which some clients send) are dropped without error.
         *
         *     Deviation: an address that already exists gives 409 INBOX_ADDRESS_TAKEN; the real server fails with 500 INTERNAL_ERROR on its unique index [§10.5].
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inbox
         * @description Returns the inbox, suspended ones included. A deleted inbox gives 404.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        /**
         * Delete an inbox
         * @description Soft delete: `status` becomes deleted and `deletedAt` is set; the inbox then answers 404 and leaves the list. Its messages and threads are kept.
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inboxId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages of an inbox
         * @description Messages of the inbox, newest first, optionally only those in one status. The inbox itself is not looked up: an unknown inbox id, or one of another account, gives an empty page, not 404 (as the real server does).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Stores an outbound message and answers 202 with it in status `queued`. Delivery then runs in the background: `sending`, then `sent` (with `sesMessageId` and `sentAt`) or `failed` (with `errorMessage`); a sent message fires the `message.sent` webhook and counts toward the inbox's `sendsToday` and `totalSent`. `delivery` is always "email": mailsim really hands the message to SMTP.
         *
         *     Threading: without `threadId` a new thread is always started, named after the normalised subject. With `threadId` the thread must exist (404) and belong to this inbox (400 THREAD_INBOX_MISMATCH); `inReplyTo` and `referencesHeaders` are then taken from the thread's latest message.
         *
         *     Limits: a suspended inbox gives 403 INBOX_SUSPENDED; once `sendsToday` reaches `dailySendLimit` the call gives 429 RATE_LIMIT_EXCEEDED (no Retry-After). Every id in `attachmentIds` must be an upload of this account (404 naming the missing ids); more than 25 MB of attachments in total gives 400 ATTACHMENTS_TOO_LARGE.
         *
         *     Deviation: a send rejected for an unknown attachment id creates nothing; the real server leaves an empty thread (messageCount 0) behind [§10.4].
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message
         * @description Returns one message of the account.
         *
         *     Deviation: `rawHeaders` of inbound mail holds the real header values; the real server stores some of them as the text "[object Object]" [§10.7].
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description Removes the message for good.
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inboxId}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List threads of an inbox
         * @description Threads of the inbox, most recent activity first. The inbox itself is not looked up: an unknown inbox id, or one of another account, gives an empty page, not 404 (as the real server does).
         */
        get: operations["listThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a thread
         * @description Returns one thread of the account.
         */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages of a thread
         * @description Messages of the thread, oldest first. An unknown thread gives 404.
         */
        get: operations["listThreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description All webhooks of the account, without `secret` and without `accountId`. Not paginated.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Registers an endpoint and returns it with its signing `secret`, which is shown only here. Deliveries are `POST <url>` with body `{"event","data","timestamp"}` and the header X-AgentSend-Signature, the hex HMAC-SHA256 of the raw body keyed with the whole secret.
         *
         *     Events follow the newer docs: omitted, null or [] subscribes to every event, and the stored webhook lists all six names explicitly. Deviation: the real server stores only ["message.received"] when `events` is omitted and rejects [] and null.
         *
         *     Deviation: the docs require https and reject localhost; mailsim accepts http and loopback URLs, because pointing webhooks at a local receiver is what an emulator is for.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns the webhook without its secret.
         */
        get: operations["getWebhook"];
        /**
         * Update a webhook
         * @description Changes only the fields sent. `events` null or [] means every event, as on create. The signing secret is kept: as in the server code, this call does not rotate it (the docs suggest it does).
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Removes the webhook for good.
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Domains of the account, without the DNS record arrays, in no particular order.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a domain
         * @description Registers a custom domain and returns the DNS records to publish: an ownership TXT record and DKIM CNAME records for sending, and an MX record for receiving. The same domain twice in one account gives 409 DOMAIN_EXISTS.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a domain
         * @description Returns the domain with its DNS records.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a domain
         * @description Removes the domain.
         *
         *     Deviation: while any inbox (a soft-deleted one included) still references the domain, the call gives 409 DOMAIN_IN_USE; the real server fails with 500 INTERNAL_ERROR on the foreign key [§10.5].
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain
         * @description Checks the domain again and returns its updated status with the DNS records. Takes no body. When the domain becomes verified, the `domain.verified` webhook event fires (newer docs).
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment
         * @description Stores one file, sent as the multipart part `file`, for later use in `attachmentIds`. A form without a file part gives the plain 400 `{"error":"No file uploaded"}`.
         *
         *     Deviation: a file over 10 MiB (10485760 bytes) gives 400 ATTACHMENT_TOO_LARGE, as the docs promise; the real server accepts it and silently truncates it to 10 MiB [§10.2].
         *
         *     Deviation: a request that is not multipart/form-data gives 415 UNSUPPORTED_MEDIA_TYPE; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an attachment
         * @description Returns the attachment record with `url`, an absolute download URL served by mailsim itself and valid for 3600 seconds.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account
         * @description The account the credentials belong to.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Unrevoked keys of the account, without their secrets. Not paginated.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key `ask_` + 40 characters and returns it once; only its first 12 characters are kept visible. The body must be a JSON object (`{}` is fine); no body at all gives 400 VALIDATION_ERROR, as on the real server [§10.6].
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Marks the key revoked; it stops authenticating at once (the key making this call included). An unknown key gives the plain 404 `{"error":"API key not found"}`, as on the real server.
         *
         *     Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs [§10.11].
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/auto-provision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provision an account for a device
         * @description No credentials needed. The first 12 characters of `deviceId` select the account `agent-<those characters>@agentsend.io`: it is created (201) or, if it exists, reused (200). Either way a new API key is issued. mailsim has no sandbox accounts, so `claimUrl` is always null.
         *
         *     Deviation: the characters are lowercased, so device ids that differ only in case share an account; the real server keeps their case.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["autoProvision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up
         * @description Creates an account directly and returns a session token (also set as a cookie). An email that already has an account gives 409 ACCOUNT_EXISTS.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/send-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a sign-up code
         * @description Emails a 6-digit code, valid for 10 minutes, to be confirmed with /auth/verify-code. A new request replaces the previous code.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["sendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a sign-up code
         * @description Checks the code and returns the account (created if needed) with a session token, also set as a cookie. A missing, expired or wrong code gives a plain 400 `{"error":"<reason>"}`, as on the real server.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["verifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a sign-in link
         * @description Emails a one-time link to /auth/verify. Answers the same whether or not the email has an account.
         *
         *     Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 INTERNAL_ERROR [§10.5].
         */
        post: operations["magicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Use a sign-in link
         * @description Consumes the token of a magic link and returns the account (created if needed) with a session token, also set as a cookie. An unknown, used or expired token gives the plain 400 `{"error":"Invalid or expired magic link"}`.
         *
         *     Deviation: the answer is always JSON; the real server redirects browsers (requests whose Accept header lacks application/json) to its dashboard.
         */
        get: operations["verifyMagicLink"];
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
        /**
         * @description mailsim only. A secret shown once (an API key, a signing secret, a session token) is not kept at rest; a replay of its answer under the same Idempotency-Key shows this in its place (contracts/agentsend.md, Idempotency).
         * @constant
         */
        RedactedSecret: "[redacted: shown once, not stored]";
        /** @description The standard error body. `code` is a stable machine-readable name, `message` is for humans, `status` repeats the HTTP status. `details` appears on VALIDATION_ERROR only and maps each offending field to its messages (it can be an empty object, e.g. for a body that is not JSON). */
        ErrorEnvelope: {
            error: {
                code: string;
                message: string;
                status: number;
                details?: {
                    [key: string]: string[];
                };
            };
        };
        /** @description A bare `{"error": "<text>"}` body. The real server answers this way in exactly three places: revoking an unknown API key (404 "API key not found"), an upload without a file part (400 "No file uploaded") and failed code or magic-link checks on /auth/verify-code and /auth/verify (400). mailsim keeps that shape there so existing clients parse it the same way. */
        PlainError: {
            error: string;
        };
        ValidationError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @enum {unknown} */
                code?: "VALIDATION_ERROR";
                /** @constant */
                status?: 400;
            };
        };
        ValidationOrPlainError: components["schemas"]["ValidationError"] | components["schemas"]["PlainError"];
        NotFoundError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @enum {unknown} */
                code?: "NOT_FOUND";
                /** @constant */
                status?: 404;
            };
        };
        PayloadTooLargeError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @enum {unknown} */
                code?: "PAYLOAD_TOO_LARGE";
                /** @constant */
                status?: 413;
            };
        };
        RateLimitExceededError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @enum {unknown} */
                code?: "RATE_LIMIT_EXCEEDED";
                /** @constant */
                status?: 429;
            };
        };
        InternalServerError: (components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @enum {unknown} */
                code?: "INTERNAL_ERROR";
                /** @constant */
                status?: 500;
            };
        }) | components["schemas"]["ContractViolationError"];
        /** @description mailsim only: in strict validation mode an answer of the emulator that breaks this contract is replaced by this 500, naming the operation and where the answer broke it (contracts/agentsend.md). */
        ContractViolationError: {
            error: {
                /** @constant */
                code: "CONTRACT_VIOLATION";
                message: string;
                /** @constant */
                status: 500;
                operationId: string;
                violations: {
                    pointer: string;
                    message: string;
                }[];
            };
        };
        /** @description An inbox: one address the account can send from and receive at. All fifteen fields are always present (the real server returns the whole stored row). The public docs show a subset; the code is followed here. */
        Inbox: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /**
             * Format: uuid
             * @description Custom domain the address lives on; null for @agentsend.io addresses.
             */
            domainId: string | null;
            /**
             * Format: email
             * @description Full lowercase address.
             */
            address: string;
            /** @description Shown in the From header of outbound mail when set. */
            displayName: string | null;
            /** @description Outbound messages allowed per day (default 10). */
            dailySendLimit: number;
            isVerified: boolean;
            /** @description Outbound messages sent today; sending stops with 429 when it reaches dailySendLimit. */
            sendsToday: number;
            bounceCount: number;
            complaintCount: number;
            totalSent: number;
            /** @enum {string} */
            status: "active" | "suspended" | "deleted";
            /**
             * Format: date-time
             * @description Set when the inbox is soft-deleted.
             */
            deletedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Metadata of a file attached to a message. */
        MessageAttachment: {
            /**
             * Format: uuid
             * @description Attachment record id (newer docs). For outbound mail it is the id passed in `attachmentIds`; for inbound mail mailsim creates a record per stored part, so GET /attachments/{id} works for both.
             */
            id: string;
            /** @description Storage key of the file. */
            key: string;
            filename: string;
            contentType: string;
            /** @description Size in bytes. */
            size: number;
        };
        /** @description One email, outbound or inbound. Every field is always present. Compared with the server code this adds `delivery` and the attachment `id`, both from the newer public docs. */
        Message: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inboxId: string;
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            threadId: string | null;
            /** @enum {string} */
            direction: "outbound" | "inbound";
            /** @description Outbound: `Display Name <address>` when the inbox has a display name, otherwise the bare address. Inbound: the first sender address. */
            fromAddress: string;
            toAddresses: string[];
            ccAddresses: string[];
            bccAddresses: string[];
            /** @description Inbound mail without a subject gets "(no subject)". */
            subject: string;
            bodyText: string | null;
            bodyHtml: string | null;
            attachments: components["schemas"]["MessageAttachment"][];
            /**
             * @description Outbound: queued, then sending, then sent or failed; later delivered, bounced or complained. Inbound: always received.
             * @enum {string}
             */
            status: "queued" | "sending" | "sent" | "delivered" | "failed" | "bounced" | "complained" | "received";
            /** @description Identifier the delivery backend gave the message once sent; null before that. */
            sesMessageId: string | null;
            /** @description Why the last delivery attempt failed. */
            errorMessage: string | null;
            retryCount: number;
            /** @description The RFC 5322 Message-ID, angle brackets included. */
            messageIdHeader: string | null;
            inReplyTo: string | null;
            referencesHeaders: string[];
            /** @description Inbound only (null for outbound): the received header fields keyed by field name, each a string or, for repeated fields, an array of strings. Deviation: the real server stores structured headers such as From, To and Content-Type as the text "[object Object]" and rewrites Date; mailsim keeps the real header values. */
            rawHeaders: {
                [key: string]: string | string[];
            } | null;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description From the newer docs: whether the message really went out or was only simulated. mailsim always reports "email", because it really hands every outbound message to SMTP.
             * @enum {string}
             */
            delivery: "email" | "dry-run";
        };
        /** @description A conversation: the messages linked by Message-ID, In-Reply-To and References. */
        Thread: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inboxId: string;
            /** Format: uuid */
            accountId: string;
            /** @description Normalised subject: reply and forward prefixes (Re:, Fwd:, AW:, SV: ...) removed and whitespace collapsed. */
            subject: string;
            /** Format: date-time */
            lastMessageAt: string;
            messageCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description Event names a webhook can subscribe to (`domain.verified` comes from the newer docs).
         * @enum {string}
         */
        WebhookEvent: "message.received" | "message.sent" | "message.delivered" | "message.bounced" | "message.complained" | "domain.verified";
        /** @description A webhook endpoint. The signing secret is never returned after creation. `accountId` is optional because the list leaves it out. */
        Webhook: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Present on create, get and update; absent from the list.
             */
            accountId?: string;
            /** Format: uri */
            url: string;
            /** @description Subscribed events. Always an explicit list: a webhook created without `events`, or created or updated with null or [], is stored with all six names. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description Free text (newer docs). */
            description: string | null;
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description The webhook as returned once, by POST /webhooks: it carries the signing `secret`. */
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Present on create, get and update; absent from the list.
             */
            accountId: string;
            /** Format: uri */
            url: string;
            /** @description Subscribed events. Always an explicit list: a webhook created without `events`, or created or updated with null or [], is stored with all six names. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description Free text (newer docs). */
            description: string | null;
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description HMAC-SHA256 signing key for deliveries (the whole string, prefix included, is the key). Returned only here (a replay under its Idempotency-Key shows RedactedSecret). */
            secret: string | components["schemas"]["RedactedSecret"];
        };
        /** @description A DNS record the domain owner has to publish. */
        DnsRecord: {
            /** @enum {string} */
            type: "TXT" | "CNAME" | "MX";
            name: string;
            value: string;
            /** @description MX records only. */
            priority?: number;
        };
        /** @description A custom sending/receiving domain, in the newer docs' shape (separate sending and receiving status). This is the list form, without DNS record arrays. */
        Domain: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            domain: string;
            /**
             * @description Kept for older clients; mirrors sendingStatus, with pending_dkim reported as pending.
             * @enum {string}
             */
            verificationStatus: "pending" | "verified" | "failed";
            /** @enum {string} */
            sendingStatus: "pending" | "pending_dkim" | "verified" | "failed";
            /** @enum {string} */
            receivingStatus: "pending" | "verified" | "failed";
            dkimTokens: string[];
            verificationToken: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            /** Format: date-time */
            sendingVerifiedAt: string | null;
            /** Format: date-time */
            receivingVerifiedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A domain together with the DNS records to publish; returned by create, get and verify. */
        DomainWithDnsRecords: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            domain: string;
            /**
             * @description Kept for older clients; mirrors sendingStatus, with pending_dkim reported as pending.
             * @enum {string}
             */
            verificationStatus: "pending" | "verified" | "failed";
            /** @enum {string} */
            sendingStatus: "pending" | "pending_dkim" | "verified" | "failed";
            /** @enum {string} */
            receivingStatus: "pending" | "verified" | "failed";
            dkimTokens: string[];
            verificationToken: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            /** Format: date-time */
            sendingVerifiedAt: string | null;
            /** Format: date-time */
            receivingVerifiedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description sendingDnsRecords followed by receivingDnsRecords. */
            dnsRecords: components["schemas"]["DnsRecord"][];
            /** @description The ownership TXT record and one DKIM CNAME per token. */
            sendingDnsRecords: components["schemas"]["DnsRecord"][];
            /** @description The MX record (priority 10) that routes inbound mail. */
            receivingDnsRecords: components["schemas"]["DnsRecord"][];
        };
        /** @description An uploaded file, usable in `attachmentIds` when sending. */
        Attachment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** @description Storage key, `outbound/<accountId>/<random>/<filename>`. */
            key: string;
            filename: string;
            contentType: string;
            /** @description Size in bytes. */
            size: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description An attachment plus a temporary download URL. */
        AttachmentWithUrl: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** @description Storage key, `outbound/<accountId>/<random>/<filename>`. */
            key: string;
            filename: string;
            contentType: string;
            /** @description Size in bytes. */
            size: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uri
             * @description Absolute download URL served by mailsim itself, valid for 3600 seconds (the real server hands out a presigned storage URL with the same lifetime).
             */
            url: string;
        };
        /** @description The calling account. */
        Account: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @description Plan name, e.g. free, pro or enterprise. */
            plan: string;
            dailySendLimit: number;
            isVerified: boolean;
        };
        /** @description A newly created API key. */
        ApiKeyCreated: {
            /** Format: uuid */
            id: string;
            /** @description The full key; shown only in this response (a replay under its Idempotency-Key shows RedactedSecret). */
            key: string | components["schemas"]["RedactedSecret"];
            /** @description First 12 characters of the key. */
            prefix: string;
            name: string | null;
            message: string;
        };
        /** @description An API key as listed (the secret part is never shown again). */
        ApiKey: {
            /** Format: uuid */
            id: string;
            /** @description First 12 characters of the key. */
            keyPrefix: string;
            name: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Account summary returned with a session token. */
        SessionAccount: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            plan: string;
        };
        /** @description An account and a session token for it. */
        SessionResult: {
            account: components["schemas"]["SessionAccount"];
            /** @description Session token (JWT, valid 7 days); usable as a Bearer credential. */
            token: string;
        };
        /** @description Result of device-based provisioning. */
        AutoProvisionResult: {
            account: {
                /** Format: uuid */
                id: string;
                email: string;
                plan: string;
            };
            /** @description A fresh API key, new on every call (a replay under its Idempotency-Key shows RedactedSecret). */
            apiKey: string | components["schemas"]["RedactedSecret"];
            /** @description true when the account was created by this call. */
            isNew: boolean;
            /**
             * Format: uri
             * @description Where a human can claim the agent-created account (newer docs).
             */
            claimUrl: string | null;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** Format: date-time */
            timestamp: string;
        };
        /** @description A page of inboxes. */
        InboxPage: {
            data: components["schemas"]["Inbox"][];
            /** @description Number of matching items across all pages. */
            total: number;
        };
        /** @description A page of messages. */
        MessagePage: {
            data: components["schemas"]["Message"][];
            /** @description Number of matching items across all pages. */
            total: number;
        };
        /** @description A page of threads. */
        ThreadPage: {
            data: components["schemas"]["Thread"][];
            /** @description Number of matching items across all pages. */
            total: number;
        };
        /** @description A page of domains. */
        DomainPage: {
            data: components["schemas"]["Domain"][];
            /** @description Number of matching items across all pages. */
            total: number;
        };
        /** @description All webhooks of the account; not paginated, no total. */
        WebhookList: {
            data: components["schemas"]["Webhook"][];
        };
        /** @description All unrevoked API keys of the account; not paginated, no total. */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
        };
        /** @description All fields optional; send `{}` for a generated @agentsend.io address. */
        CreateInboxRequest: {
            /**
             * Format: email
             * @description Wanted address. Omit it to get a generated one.
             */
            address?: string;
            displayName?: string;
            /**
             * Format: uuid
             * @description Verified custom domain to create the address on.
             */
            domainId?: string;
        };
        /** @description Neither body part is required. */
        SendMessageRequest: {
            to: string[];
            cc?: string[];
            bcc?: string[];
            subject: string;
            bodyText?: string;
            bodyHtml?: string;
            /**
             * Format: uuid
             * @description Reply within this thread of the same inbox.
             */
            threadId?: string;
            /** @description Ids from POST /attachments. */
            attachmentIds?: string[];
        };
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Receiver URL. http and loopback URLs are accepted.
             */
            url: string;
            /** @description Events to deliver. Omitted, null or [] all mean every event. */
            events?: components["schemas"]["WebhookEvent"][] | null;
            description?: string | null;
        };
        /** @description Partial update: only the fields present change. */
        UpdateWebhookRequest: {
            /** Format: uri */
            url?: string;
            /** @description New event list; null or [] means every event, omitted leaves the list unchanged. */
            events?: components["schemas"]["WebhookEvent"][] | null;
            isActive?: boolean;
            description?: string | null;
        };
        CreateDomainRequest: {
            domain: string;
        };
        /** @description A JSON object is required, even if empty (`{}`). */
        CreateApiKeyRequest: {
            name?: string;
        };
        AutoProvisionRequest: {
            /** @description Stable device identifier; its first 12 characters select the account. */
            deviceId: string;
        };
        SignupRequest: {
            /** Format: email */
            email: string;
            name: string;
        };
        SendCodeRequest: {
            /** Format: email */
            email: string;
            name: string;
        };
        VerifyCodeRequest: {
            /** Format: email */
            email: string;
            code: string;
        };
        MagicLinkRequest: {
            /** Format: email */
            email: string;
        };
        /** @description Multipart form with one file part named `file`. `file` is not marked required because a form without it gets the plain 400 "No file uploaded", not a VALIDATION_ERROR. */
        UploadAttachmentRequest: {
            /** @description The file (at most 10 MiB). Its filename and Content-Type are taken from the part headers. */
            file?: string;
        };
    };
    responses: {
        /** @description A page of messages. */
        MessagesListed: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagePage"];
            };
        };
        /** @description The account and a session token. */
        SessionCreated: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                "Set-Cookie": components["headers"]["Set-Cookie"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SessionResult"];
            };
        };
        /** @description Deleted. */
        Deleted: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description VALIDATION_ERROR: a path, query or body value is invalid. */
        ValidationFailedOnPost: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description VALIDATION_ERROR: a path, query or body value is invalid. */
        ValidationFailed: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description UNAUTHORIZED: missing, invalid, revoked or expired credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "UNAUTHORIZED";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
        };
        /** @description NOT_FOUND: no such resource for this account. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description IDEMPOTENCY_KEY_IN_USE: a request with the same Idempotency-Key is still in flight. */
        IdempotencyKeyInUse: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_IN_USE";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
        };
        /** @description PAYLOAD_TOO_LARGE: the body is larger than the server reads (1 MiB of JSON, as Fastify's default bodyLimit; 32 MiB of multipart). */
        PayloadTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayloadTooLargeError"];
            };
        };
        /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request. */
        IdempotencyKeyReused: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
        };
        /** @description RATE_LIMIT_EXCEEDED: too many requests. */
        RateLimitedOnPost: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitExceededError"];
            };
        };
        /** @description RATE_LIMIT_EXCEEDED: too many requests. */
        RateLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitExceededError"];
            };
        };
        /** @description INTERNAL_ERROR: unexpected failure. */
        InternalErrorOnPost: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /** @description INTERNAL_ERROR: unexpected failure. */
        InternalError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
    };
    parameters: {
        /** @description Id of the resource. */
        Id: string;
        /** @description Id of the inbox. */
        InboxId: string;
        /** @description Page size. */
        Limit: number;
        /** @description Items to skip. */
        Offset: number;
        /** @description Only messages in this status. */
        MessageStatus: "queued" | "sending" | "sent" | "delivered" | "failed" | "bounced" | "complained" | "received";
        /** @description The token from the emailed link. */
        MagicLinkToken: string;
        /**
         * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
         *
         *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
         *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
         *
         *     The provider publishes no retention window for keys.
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window (100 per 60 s by default). Absent on 401 responses. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. Absent on 401 responses. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current window ends, as the server's rate limiter sends it (the docs call it a Unix timestamp). Absent on 401 responses. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. Sent by the global limiter; the per-inbox daily send cap answers 429 without it. */
        "Retry-After": number;
        /** @description "true" when this response is a stored response replayed for a repeated Idempotency-Key; absent otherwise. */
        "Idempotent-Replayed": "true";
        /** @description Session cookie `agentsend_token=<token>; Path=/; Max-Age=604800; SameSite=Lax` (browser convenience; the token is also in the body). */
        "Set-Cookie": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listInboxes: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inboxes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createInbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInboxRequest"];
            };
        };
        responses: {
            /** @description The new inbox. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            /** @description VALIDATION_ERROR: a path, query or body value is invalid; INVALID_INBOX_ADDRESS: the address cannot be split into local part and domain; INVALID_INBOX_DOMAIN: the address domain is neither agentsend.io nor the given custom domain; INVALID_INBOX_LOCAL_PART: the local part breaks the allowed pattern; DOMAIN_NOT_VERIFIED: the custom domain is not verified yet. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "VALIDATION_ERROR" | "INVALID_INBOX_ADDRESS" | "INVALID_INBOX_DOMAIN" | "INVALID_INBOX_LOCAL_PART" | "DOMAIN_NOT_VERIFIED";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description NOT_FOUND: the domainId names no domain of this account. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_USE: a request with the same Idempotency-Key is still in flight; INBOX_ADDRESS_TAKEN: the address already belongs to an inbox. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "IDEMPOTENCY_KEY_IN_USE" | "INBOX_ADDRESS_TAKEN";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Only messages in this status. */
                status?: components["parameters"]["MessageStatus"];
            };
            header?: never;
            path: {
                /** @description Id of the inbox. */
                inboxId: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessagesListed"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Id of the inbox. */
                inboxId: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Accepted and queued. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description VALIDATION_ERROR: a path, query or body value is invalid; THREAD_INBOX_MISMATCH: the thread belongs to another inbox; ATTACHMENTS_TOO_LARGE: the attachments add up to more than 25 MB. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "VALIDATION_ERROR" | "THREAD_INBOX_MISMATCH" | "ATTACHMENTS_TOO_LARGE";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description INBOX_SUSPENDED: the inbox is suspended. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "INBOX_SUSPENDED";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description NOT_FOUND: unknown or deleted inbox, unknown thread, or unknown attachment ids. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            /** @description RATE_LIMIT_EXCEEDED: global request limit, or the inbox daily send limit is reached. */
            429: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitExceededError"];
                };
            };
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Id of the inbox. */
                inboxId: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of threads. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listThreadMessages: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessagesListed"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhooks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook, with its secret. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The updated webhook, without its secret. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the server reads (1 MiB of JSON, as Fastify's default bodyLimit; 32 MiB of multipart). */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of domains. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomainRequest"];
            };
        };
        responses: {
            /** @description The domain and its DNS records. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainWithDnsRecords"];
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            401: components["responses"]["Unauthorized"];
            /** @description IDEMPOTENCY_KEY_IN_USE: a request with the same Idempotency-Key is still in flight; DOMAIN_EXISTS: the account already has this domain. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "IDEMPOTENCY_KEY_IN_USE" | "DOMAIN_EXISTS";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainWithDnsRecords"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description DOMAIN_IN_USE: an inbox still references the domain. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "DOMAIN_IN_USE";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain with its current status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainWithDnsRecords"];
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            401: components["responses"]["Unauthorized"];
            /** @description NOT_FOUND: no such resource for this account. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            /** @description The stored attachment. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description VALIDATION_ERROR: a path, query or body value is invalid; ATTACHMENT_TOO_LARGE: the file is larger than 10 MiB; Plain form {"error":"No file uploaded"}: the form has no file part. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "VALIDATION_ERROR" | "ATTACHMENT_TOO_LARGE";
                            /** @constant */
                            status?: 400;
                        };
                    }) | components["schemas"]["PlainError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not multipart/form-data. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "UNSUPPORTED_MEDIA_TYPE";
                            /** @constant */
                            status?: 415;
                        };
                    };
                };
            };
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment and its download URL. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentWithUrl"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            /** @description NOT_FOUND: no such resource for this account; Plain form {"error":"API key not found"}: the real server's answer for an unknown key. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"] | components["schemas"]["PlainError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    autoProvision: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoProvisionRequest"];
            };
        };
        responses: {
            /** @description The existing account and a new key. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoProvisionResult"];
                };
            };
            /** @description A new account and its first key. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoProvisionResult"];
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    signup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            201: components["responses"]["SessionCreated"];
            400: components["responses"]["ValidationFailedOnPost"];
            /** @description IDEMPOTENCY_KEY_IN_USE: a request with the same Idempotency-Key is still in flight; ACCOUNT_EXISTS: an account with this email exists. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "IDEMPOTENCY_KEY_IN_USE" | "ACCOUNT_EXISTS";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    sendCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCodeRequest"];
            };
        };
        responses: {
            /** @description The code was sent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        sent: true;
                    };
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    verifyCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeRequest"];
            };
        };
        responses: {
            201: components["responses"]["SessionCreated"];
            /** @description VALIDATION_ERROR: a path, query or body value is invalid; Plain form {"error":"<reason>"}: no code requested, code expired, or wrong code. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationOrPlainError"];
                };
            };
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    magicLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The provider documents this header, but its server code never reads it, so these semantics are mailsim's own. The first response to a key is stored for the caller (the account; on the public /auth operations, the client address). A later request with the same key, method, path and body gets that stored response again, status and body unchanged, with `Idempotent-Replayed: true`.
                 *
                 *     - 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.
                 *     - 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.
                 *
                 *     The provider publishes no retention window for keys.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MagicLinkRequest"];
            };
        };
        responses: {
            /** @description The link was sent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailedOnPost"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimitedOnPost"];
            500: components["responses"]["InternalErrorOnPost"];
        };
    };
    verifyMagicLink: {
        parameters: {
            query: {
                /** @description The token from the emailed link. */
                token: components["parameters"]["MagicLinkToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and a session token. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResult"];
                };
            };
            /** @description VALIDATION_ERROR: a path, query or body value is invalid; Plain form {"error":"Invalid or expired magic link"}: the token is unknown, used or expired. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationOrPlainError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
}
