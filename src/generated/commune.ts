// Generated from contracts/commune.yaml by scripts/contracts/types.mjs (openapi-typescript 7.13.0).
// Do not edit: change the contract, then run `npm run contracts:types`.

export interface paths {
    "/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Custom domains of the calling organisation, each with its inboxes. The shared default domain belongs to no organisation and is not listed.
         *
         *     Scope: `domains:read`.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a custom domain
         * @description Registers `name` with the (simulated) sending provider and returns it with the DNS records to publish, in status "not_started". Checks run in this order: free tier (403 "Custom domains require a paid plan"), domain creation rate limit (429), scope, `name` present (400), tier cap on custom domains (403), then the provider (400 with its error object: invalid name, or a name already registered by any organisation). The rate-limit headers count domain creations per day.
         *
         *     Scope: `domains:write`.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a domain
         * @description One domain of the organisation, or the shared default domain.
         *
         *     Deviation: for the shared default domain, `inboxes` holds only the calling organisation's inboxes; the real server lists every organisation's inboxes there because the ownerless domain passes its owner check.
         *
         *     Scope: `domains:read`.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}/verify": {
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
         * @description Asks the (simulated) provider to check the DNS records and passes its answer through. Takes no body. mailsim verifies by default: the domain and its records move to "verified"; the outcome can be set through the /_mailsim control plane. A provider refusal is a 400 with its error object.
         *
         *     Scope: `domains:write`.
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get DNS records
         * @description The DNS records of the domain, as the provider reports them now (each with its own status).
         *
         *     Scope: `domains:read`.
         */
        get: operations["getDomainRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all inboxes
         * @description Every inbox of the organisation across its custom domains and the shared default domain, each with domain_id and domain_name. Not paginated: `limit` and `cursor` (sent by the CLI) are ignored.
         *
         *     Scope: `inboxes:read`.
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Create an inbox
         * @description Creates an inbox on `domain_id`, else on the organisation's first custom domain, else on the shared default domain (no DNS needed). Checks run in this order: unclaimed agent (403), tier inbox cap (403), inbox creation rate limit (429; counted even when a later check fails), scope (403), `local_part` present (400), domain exists (404). Blocked (403 ownership_required) for an agent-signed request until the agent is claimed.
         *
         *     Deviation: a local part already used on that domain gives 409; the real server silently overwrites the existing inbox (even one of another organisation on the shared domain) and gives it a new id.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); a `domain_id` of another organisation gives 404 "Domain not found" where the real server answers 403 "Cannot create inbox on this domain".
         *
         *     Scope: `inboxes:write`.
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inboxes of a domain
         * @description The organisation's inboxes on the domain. An unknown domain gives an empty list, not 404.
         *
         *     Scope: `inboxes:read`.
         */
        get: operations["listDomainInboxes"];
        put?: never;
        /**
         * Create an inbox on a domain
         * @description Same as POST /v1/inboxes with the domain in the path; the answer has no domain_id/domain_name. Blocked (403 ownership_required) for an agent-signed request until the agent is claimed.
         *
         *     Deviation: a local part already used on that domain gives 409; the real server silently overwrites the existing inbox (even one of another organisation on the shared domain) and gives it a new id.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); a domain of another organisation gives 404 "Domain not found" where the real server answers 403 "Cannot create inbox on this domain".
         *
         *     Scope: `inboxes:write`.
         */
        post: operations["createDomainInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}/inboxes/{inboxId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inbox
         * @description One inbox. There is no GET /v1/inboxes/{id}. `webhook.secret` is returned in clear text.
         *
         *     Scope: `inboxes:read`.
         */
        get: operations["getInbox"];
        /**
         * Update an inbox
         * @description Partial update: local part, display name, agent, webhook (replaced as a whole: leave `secret` out and the old secret is gone) and status. An empty string for local_part keeps the old one.
         *
         *     Deviation: renaming to a local part another inbox on the domain uses gives 409; the real server overwrites that inbox.
         *
         *     Scope: `inboxes:write`.
         */
        put: operations["updateInbox"];
        post?: never;
        /**
         * Delete an inbox
         * @description Removes the inbox for good; its messages stay.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); on the shared default domain the real server lets any organisation delete any inbox by id; mailsim answers 404 for another organisation's inbox.
         *
         *     Scope: `inboxes:write`.
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domainId}/inboxes/{inboxId}/extraction-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the extraction schema
         * @description Turns on structured extraction for inbound mail to the inbox: each inbound message then gets `metadata.extracted_data`, valid against `schema`, also sent as `extractedData` in the webhook. mailsim fills it with a deterministic local extractor (patterns, enums, booleans, names from headers), replaceable by a user function in its config; no LLM is called. Checks: scope, plan feature structuredExtraction (403), name and schema present, schema a JSON object, schema `type: "object"` with `properties` (a schema mailsim cannot compile gets this last message too), then the inbox (404). `enabled` defaults to true.
         *
         *     Scope: `inboxes:write`.
         */
        put: operations["setExtractionSchema"];
        post?: never;
        /**
         * Remove the extraction schema
         * @description Turns structured extraction off; the inbox comes back without extractionSchema.
         *
         *     Scope: `inboxes:write`.
         */
        delete: operations["removeExtractionSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List threads
         * @description Threads of an inbox or a domain (one of the two is required; both filters apply when both are given), by last activity, newest first unless `order` says otherwise. Keyset pagination on (last_message_at, thread_id): pass `next_cursor` back as `cursor`; the cursor does not carry `order`.
         *
         *     Scope: `threads:read`.
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
    "/v1/threads/{threadId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the messages of a thread
         * @description Messages whose thread_id is the given id (oldest first by default); if none has it, the message whose message_id is that id. An unknown thread gives an empty list.
         *
         *     Scope: `threads:read`.
         */
        get: operations["getThreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads/{threadId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get thread triage state
         * @description Tags, status and assignee of the thread for the organisation (defaults when never set).
         *
         *     Scope: `threads:read`.
         */
        get: operations["getThreadMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads/{threadId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set thread status
         * @description Sets the status (creating the triage state if needed).
         *
         *     Scope: `threads:write`.
         */
        put: operations["setThreadStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads/{threadId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add thread tags
         * @description Adds tags as a set union: existing tags stay, duplicates are not added.
         *
         *     Scope: `threads:write`.
         */
        post: operations["addThreadTags"];
        /**
         * Remove thread tags
         * @description Removes the given tags (a DELETE with a JSON body); absent tags are ignored. A thread without triage state answers the defaults without assigned_to.
         *
         *     Scope: `threads:write`.
         */
        delete: operations["removeThreadTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads/{threadId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign or unassign a thread
         * @description Sets `assigned_to` to a string, or clears it with `null` (that is how a thread is unassigned; there is no separate route). `assigned_to` must be present.
         *
         *     Scope: `threads:write`.
         */
        put: operations["assignThread"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email
         * @description Queues an email and answers 202 at once; delivery, recipient validation and suppression happen afterwards and are never reported to the caller (watch /v1/delivery/*). The sender is `from` (re-wrapped with the inbox display name when inbox_id is also given), else the inbox address with its display name, else `agent@<domain>` for domain_id alone. Without `reply_to`, Reply-To is the thread routing address `{local}+t<12 hex>@{domain}` so replies land in the thread. A self-BCC copy goes to the sender.
         *
         *     Checks run in this order: unclaimed agent, sending health (403), domain warm-up (429), hourly, daily and burst limits (429), more than 50 recipients or spam content (400), scope (403), the body schema (400 with details), the per-inbox daily limit (429). Rejected requests still count toward the hourly, daily and burst limits. Idempotency-Key replays run after all of these. Blocked (403 ownership_required) for an agent-signed request until the agent is claimed.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); an `inbox_id`/`domain_id` that is unknown or belongs to another organisation gives 404 "Inbox not found" / "Domain not found"; the real server accepts it and sends from its default address or from that other organisation's inbox. Upload ids of other organisations in `attachments` are skipped like unknown ids.
         *
         *     Scope: `messages:write`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description Messages matching one filter: inbox_id, else domain_id, else sender (in that precedence when several are given). Newest first by default; no cursor.
         *
         *     Scope: `messages:read`.
         */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search threads
         * @description Full-text search over the subjects, senders and bodies of the organisation's messages in an inbox or domain, one result per thread with a relevance score.
         *
         *     mailsim runs SQLite FTS5 keyword search (bm25 ranking) and reports it honestly as `search_type: "keyword"`. The real server answers "vector" when its embedding index is configured and "regex" for its substring fallback; mailsim never claims either. The SMS filters are accepted and match nothing.
         *
         *     Scope: `threads:read`.
         */
        get: operations["searchThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search (deprecated)
         * @description Compatibility route of old SDKs: the same search as GET /v1/search/threads, with the filter in the body, and the answer without `search_type`. mailsim returns keyword hits.
         *
         *     Scope: `threads:read`.
         */
        post: operations["searchLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index a document (deprecated no-op)
         * @description Compatibility no-op: indexing is automatic. Any JSON body is accepted and ignored. Only the plan gate applies (no scope check).
         *
         *     Scope: none.
         */
        post: operations["indexSearchDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/index/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index documents (deprecated no-op)
         * @description Compatibility no-op: indexing is automatic. Any JSON body is accepted and ignored. Only the plan gate applies (no scope check).
         *
         *     Scope: none.
         */
        post: operations["indexSearchBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/upload": {
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
         * @description Stores a base64 file for later use in send `attachments`. The content is decoded leniently (invalid characters are skipped) and counts toward the tier's attachment storage.
         *
         *     Scope: `attachments:write`.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get attachment metadata
         * @description Metadata of an uploaded or inbound attachment, without its content.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); the real server does not scope attachments to the organisation at all (any id is readable); mailsim answers 404 for another organisation's attachment.
         *
         *     Scope: `attachments:read`.
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
    "/v1/attachments/{attachmentId}/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a download URL
         * @description A temporary URL for the content. mailsim serves the URL itself (on its own port) and it stops working after `expires_in` seconds of engine time.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); the real server does not scope attachments to the organisation at all (any id is readable); mailsim answers 404 for another organisation's attachment.
         *
         *     Scope: `attachments:read`.
         */
        get: operations["getAttachmentUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delivery/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get delivery metrics
         * @description Sent, delivered, bounced, complained, failed and suppressed counts with rates for an inbox or domain over the last `days` (or `period`), fed by mailsim's mail plane and its bounce/complaint simulation.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); the real delivery routes do not check that the inbox, domain or message belongs to the caller; mailsim only ever counts or lists the calling organisation's own data, so another organisation's id gives zeros or an empty list.
         *
         *     Scope: `messages:read`.
         */
        get: operations["getDeliveryMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delivery/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery events
         * @description Delivery events (sent, delivered, bounced, complained, ...) newest first. `message_id` matches both the stored message id and the `msg_` id send returned.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); the real delivery routes do not check that the inbox, domain or message belongs to the caller; mailsim only ever counts or lists the calling organisation's own data, so another organisation's id gives zeros or an empty list.
         *
         *     Scope: `messages:read`.
         */
        get: operations["listDeliveryEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delivery/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppressed addresses
         * @description Addresses that bounced hard or complained, which sends skip. Read-only: there is no v1 route to add or remove one.
         *
         *     Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty result where the real route never 404s); the real delivery routes do not check that the inbox, domain or message belongs to the caller; mailsim only ever counts or lists the calling organisation's own data, so another organisation's id gives zeros or an empty list.
         *
         *     Scope: `messages:read`.
         */
        get: operations["listSuppressions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook deliveries
         * @description Inbound-mail webhook deliveries of the organisation, newest first, read from mailsim's delivery log. No `data` envelope.
         *
         *     Scope: `messages:read`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook delivery
         * @description One delivery with its attempt history. No `data` envelope.
         *
         *     Scope: `messages:read`.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a webhook delivery
         * @description Requeues a "dead" or "retrying" delivery for an attempt now. Its attempt count is already at the maximum, so one more failure makes it dead again. No `data` envelope.
         *
         *     Scope: `messages:write`.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get webhook endpoint health
         * @description Per-endpoint success rate and latency over the last 24 hours, and all-time totals by status. No `data` envelope.
         *
         *     Scope: `messages:read`.
         */
        get: operations["getWebhookHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test webhook
         * @description POSTs a synthetic inbound-mail payload (`test: true`, header `x-commune-test: true`, delivery id `test_<16 hex>`, signed when the inbox webhook has a secret) to the inbox's webhook endpoint and reports the outcome. Not recorded as a delivery.
         *
         *     Deviation: the real server only accepts https URLs with public hosts here; mailsim also accepts http and loopback or private hosts, because a local receiver is what an emulator user points webhooks at.
         *
         *     Scope: `messages:write`.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dmarc/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DMARC reports
         * @description Stored reports for a domain name, newest first, without their raw XML.
         *
         *     Scope: `domains:read`.
         */
        get: operations["listDmarcReports"];
        put?: never;
        /**
         * Submit a DMARC aggregate report
         * @description Parses an aggregate report sent as the raw body: XML, or gzip-compressed XML (detected from its bytes whatever the Content-Type). Zip archives are not unpacked: they fail to parse, as on the real server. Posting the same report id for the same domain again replaces it.
         *
         *     Deviation: reports belong to the organisation that posted them, and the domain is stored lower-cased; the real server upserts on (report_id, domain) across organisations, so one organisation's post can overwrite another's, and it stores the domain as written but lists by the lower-cased name, so a mixed-case report is never listed.
         *
         *     Scope: `domains:write`.
         */
        post: operations["submitDmarcReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dmarc/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DMARC summary
         * @description Pass/fail totals, DKIM and SPF passes and the top ten sources over the last `days`.
         *
         *     Scope: `domains:read`.
         */
        get: operations["getDmarcSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organisation
         * @description The calling organisation. No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        get: operations["getAgentOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the organisation
         * @description Changes the organisation name (trimmed). The slug cannot be changed. No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        patch: operations["updateAgentOrg"];
        trace?: never;
    };
    "/v1/agent/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Every key of the organisation, revoked ones included (status "inactive"), newest first. No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a `comm_` key with the given permissions (default ["read","write"]; any strings are accepted, and any valid key may mint keys with any permissions) and an optional lifetime. At most 10 active keys per organisation. Blocked (403 ownership_required) for an agent-signed request until the agent is claimed. No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/api-keys/{keyId}": {
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
         * @description Marks the key "inactive"; it stops authenticating at once in mailsim (the real server's cache can keep it alive up to 60 s). No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/api-keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Replaces the key material of the same key record (same id, name and permissions); the old key stops working at once. A revoked key cannot be rotated. No scope check (any valid key or agent signature) and no `data` envelope.
         *
         *     Scope: none.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/claim-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask an owner to claim the agent
         * @description Agent signature only: an API key gets 400 agent_signing_required. Emails the owner a claim link (`/claim/<64 hex token>`, valid 24 h). mailsim really sends that email through its mail plane, and the claim token can also be read from the /_mailsim control plane. A second request within 5 minutes gets 429 claim_cooldown. Per-IP limit: 3 a day.
         *
         *     Auth: agent signature only.
         */
        post: operations["claimOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/agent-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an agent
         * @description Step 1 of agent sign-up, no credentials: submits an Ed25519 public key and the agent's purpose, creates the organisation (the slug is taken from now on, even if verify never happens) and returns a signup token with a challenge. Answer the challenge as `verb:count:marker`: verb matches `^[a-z]{2,30}$`, count is the number of whitespace-separated words of the trimmed purpose with at least 5 ASCII letters once non-letters are removed, marker is the 16-hex epoch marker quoted in the text. Per-IP limit: 5 a day.
         *
         *     Deviation: a slug that is already the local part of an inbox on the shared domain (another organisation's) is taken too (409 slug_exists), since it would become the agent's inbox address; the real server accepts it and overwrites that inbox at verify.
         *
         *     Auth: none (public).
         */
        post: operations["agentRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/agent-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an agent
         * @description Step 2: checks the challenge response and the Ed25519 signature over that response string (not over the challenge text), activates the agent and creates its inbox `{orgSlug}@{shared domain}`. The agent then signs requests with `Authorization: Agent {agentId}:{base64 signature of "{agentId}:{timestampMs}"}` and `X-Commune-Timestamp: {timestampMs}`. It stays "unclaimed" (no sending, no new inboxes, no keys) until an owner claims it. Per-IP limit: 10 per 15 minutes.
         *
         *     Auth: none (public).
         */
        post: operations["agentVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/claim/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a claim link
         * @description What the owner sees before accepting. The token is the credential.
         *
         *     Auth: none (public).
         */
        get: operations["getClaimDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/claim/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a claim
         * @description The owner accepts: the agent becomes "claimed" and may send, create inboxes and create keys.
         *
         *     Auth: none (public).
         */
        post: operations["acceptClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data/deletion-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a data deletion
         * @description Creates a pending request with a preview of what would be deleted and a confirmation token valid one hour. Needs an API key with the literal permission "admin" or "data:delete" (read/write keys get 403; agent signatures pass). One active request (pending, confirmed or executing) at a time.
         *
         *     Deviation: a request past its confirm_by reads as "expired" and no longer blocks a new one; on the real server it stays "pending" (and blocks) until someone tries to confirm it. An inbox_id that is not one of the organisation's inboxes gets 400 "Inbox not found", and with scope "messages" a given inbox_id limits the deletion to that inbox; the real server accepts any id (previewing zero) and ignores it with scope "messages", deleting the matching messages of every inbox. `before` is kept as an ISO 8601 time. No `data` envelope.
         *
         *     Permission: API keys need the literal `admin` or `data:delete`; agent signatures pass.
         */
        post: operations["previewDataDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data/deletion-request/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a data deletion
         * @description Executes a pending request with its confirmation token and answers when it is done. No `data` envelope.
         *
         *     Scope: none.
         */
        post: operations["confirmDataDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data/deletion-request/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data deletion request
         * @description Status of a request of the organisation. No `data` envelope.
         *
         *     Scope: none.
         */
        get: operations["getDataDeletionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get plan limits and usage
         * @description The organisation's plan, its limits (null = unlimited) and today's usage. No scope check.
         *
         *     Scope: none.
         */
        get: operations["getMeLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send feedback
         * @description Stores a feedback note for the Commune team. No scope check. Per-organisation limit: 10 a minute.
         *
         *     Scope: none.
         */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the credit balance
         * @description SMS/voice credit balance. mailsim has no SMS; the balance is 0 unless set through the control plane. No scope check.
         *
         *     Scope: none.
         */
        get: operations["getCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit bundles
         * @description The purchasable bundles (starter, growth, scale). No scope check.
         *
         *     Scope: none.
         */
        get: operations["listCreditBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy credits
         * @description Would open a payment checkout. mailsim has no payment provider, so a valid request always gets the real server's answer for unconfigured bundles: 503 credit_bundles_not_configured. No scope check.
         *
         *     Scope: none.
         */
        post: operations["createCreditsCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream events (SSE)
         * @description A Server-Sent Events stream for the organisation. The first frame is `event: connection.ack` with data `{"connected":true,"org_id":"..."}` (StreamAck); then one `event: email.received` frame per inbound email (data: StreamEmailReceived), and a `: heartbeat` comment every 30 s. No scope check.
         *
         *     Deviation: mailsim emits the email.received frames Commune intends; the real server, as written, delivers only the ack and heartbeats (its publisher and this stream disagree on the event shape). email.sent and the SMS events are accepted as filters but never emitted.
         *
         *     Scope: none.
         */
        get: operations["streamEvents"];
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
        /** @description A query value as Express reads it (contracts/commune.md, Query values); a name given twice (`limit=1&limit=2`) arrives as an array, which the handlers read as the real ones do (a repeated number as its first value or the default, a repeated filter as absent). */
        QueryValue: string | string[];
        /** @description Organisation id: 32 lower-case hex characters, no prefix. */
        OrgId: string;
        /** @description Domain id: a lower-case UUID (on the real server, the id the sending provider gave the domain). The shared default domain has a fixed UUID of its own. */
        DomainId: string;
        /** @description Inbox id: a lower-case UUID v4. */
        InboxId: string;
        /** @description Id returned by send: `msg_` + 32 hex characters (a UUID without dashes). */
        SendId: string;
        /** @description Thread id. Not one format, because Commune groups by id only: a thread started by an outbound send without `thread_id` gets `thread_` + a UUID v4 with dashes (pattern `^thread_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`); a `thread_id` the caller passes to send is used as given, unchecked; a thread started by inbound mail takes the id of the message it matched (plus-address routing token or References/In-Reply-To lookup), else the inbound message's own `message_id`. */
        ThreadId: string;
        /** @description Thread id minted by mailsim for a send without `thread_id`. */
        NewThreadId: string;
        /** @description Attachment id: 32 hex characters for an upload, `ses_<inbound message_id>_<filename>` for a part of inbound mail. */
        AttachmentId: string;
        /** @description Id of an uploaded attachment: 32 hex characters, no prefix. */
        UploadId: string;
        /** @description Webhook delivery id: `whd_` + 20 hex characters. */
        WebhookDeliveryId: string;
        /** @description Data deletion request id: `del_` + 20 hex characters. */
        DeletionRequestId: string;
        /** @description Agent id: `agt_` + 32 hex characters. */
        AgentId: string;
        /** @description API key id: 32 hex characters, no prefix (the docs' `key_...` is never used). */
        ApiKeyId: string;
        /** @description A full API key: `comm_` + 64 hex characters (32 random bytes). */
        ApiKeySecret: string;
        /** @description The first 12 characters of a key, kept visible after creation. */
        ApiKeyPrefix: string;
        /**
         * @description Organisation plan tier.
         * @enum {string}
         */
        Tier: "free" | "agent_pro" | "business" | "enterprise";
        /** @description Family 1, plain string: `{"error": "<text>"}`. The most common Commune error body; the text is fixed per cause and each operation lists the texts it can send. */
        PlainError: {
            error: string;
        };
        /** @description Family 2, validation details: what zod-validated send answers, `{"error":"Invalid request","details":[{"path","message"}]}`. `path` is the dotted field path (`to`, `attachments.0.filename`, or `` for the whole body). mailsim also answers in this shape when a request breaks one of the few type constraints this contract puts on hand-validated operations (see contracts/commune.md); its `message` texts are mailsim's own, not zod's. */
        ValidationError: {
            /** @constant */
            error: "Invalid request";
            details: {
                path: string;
                message: string;
            }[];
        };
        /** @description Family 2 as the credits checkout sends it: zod's `flatten()` output as `details`. */
        FlattenedValidationError: {
            /** @constant */
            error: "Invalid request";
            details: {
                formErrors: string[];
                fieldErrors: {
                    [key: string]: string[];
                };
            };
        };
        /** @description Family 3, code + message: `{"error":"<snake_case code>","message":"<text>"}`, used by auth, agent and data routes. Each operation pins the codes it can send. */
        CodeError: {
            error: string;
            message: string;
        };
        /** @description Family 3 with context: the X-Commune-Timestamp of an agent-signed request is more than 60 s off. */
        TimestampOutOfRangeError: {
            /** @constant */
            error: "timestamp_out_of_range";
            message: string;
            /** @description Server clock (the engine clock in mailsim), Unix milliseconds. */
            serverTime: number;
        };
        /** @description Family 3 with context: an agent-signed request by an agent no owner has claimed yet. */
        OwnershipRequiredError: {
            /** @constant */
            error: "ownership_required";
            message: string;
            /** @enum {string} */
            ownershipStatus: "unclaimed" | "pending";
            /** @constant */
            claimEndpoint: "POST /v1/agent/claim-ownership";
            docs: string;
        };
        /** @description Family 4, string + context: the API key lacks a scope. */
        PermissionError: {
            /** @constant */
            error: "Insufficient permissions";
            /** @description Scopes the operation needs. */
            required: string[];
            /** @description "Your API key needs the following permission(s): <scopes>". */
            hint: string;
        };
        /** @description Family 4: the organisation's tier lacks the feature (search, extraction schema). */
        PlanFeatureError: {
            /** @constant */
            error: "This feature requires a paid plan";
            /** @enum {string} */
            feature: "semanticSearch" | "structuredExtraction";
            current_tier: components["schemas"]["Tier"];
            required_tier: components["schemas"]["Tier"];
            /** @constant */
            upgrade_url: "/dashboard/billing";
        };
        /** @description Family 4: a free organisation tried to add a custom domain. */
        PlanDomainsError: {
            /** @constant */
            error: "Custom domains require a paid plan";
            current_tier: components["schemas"]["Tier"];
            /** @constant */
            upgrade_url: "/dashboard/billing";
        };
        /** @description Family 4: the tier's absolute cap is reached. Texts: "Inbox limit reached (n/m). Upgrade your plan to create more inboxes." and "Custom domain limit reached (n/m). Upgrade your plan for more." */
        QuotaError: {
            error: string;
            current_count: number;
            limit: number;
            current_tier: components["schemas"]["Tier"];
            /** @constant */
            upgrade_url: "/dashboard/billing";
        };
        /** @description Family 4: a sliding-window tier limit is exhausted. */
        RateLimitError: {
            /** @enum {string} */
            error: "Hourly email rate limit exceeded" | "Daily email rate limit exceeded" | "Inbox creation rate limit exceeded" | "Domain creation rate limit exceeded";
            /** @description Seconds until the oldest counted request leaves the window (mailsim always sends it; the real server omits it when its Redis is down). */
            retryAfter?: number;
        };
        /** @description Family 4: more than 15 sends in 10 s or 50 in 60 s for the organisation. No Retry-After header. */
        BurstLimitError: {
            /** @constant */
            error: "Send rate too high — slow down";
            reasons: string[];
            /** @constant */
            retryAfter: 10;
        };
        /** @description Family 4: the sending inbox reached its per-inbox daily cap (fixed 24 h window from its first send). */
        InboxDailyLimitError: {
            /** @constant */
            error: "Inbox daily send limit exceeded";
            inbox_id: string;
            current_count: number;
            daily_limit: number;
            tier: components["schemas"]["Tier"];
        };
        /** @description Family 4: the sending domain is younger than 15 days and hit its warm-up cap. */
        WarmupLimitError: {
            /** @constant */
            error: "Domain warmup daily limit reached";
            /** @description Open object. Warm-up state of the sending domain (day, daily limit, sent today, ...). */
            warmup: Record<string, never>;
            message: string;
        };
        /** @description Family 4: the organisation's sending is paused by its bounce/complaint health. */
        SendingPausedError: {
            /** @constant */
            error: "Sending paused due to high bounce/complaint rate";
            reason: string;
            health: {
                /** @enum {string} */
                status: "healthy" | "warning" | "throttled" | "paused";
                bounce_rate: number;
                complaint_rate: number;
                sent_24h: number;
                bounced_24h: number;
                complained_24h: number;
            };
            /** Format: date-time */
            resume_at: string | null;
            action: string;
        };
        /** @description Family 4: more than 50 recipients (checked only for bodies of at least 20 characters). */
        TooManyRecipientsError: {
            /** @constant */
            error: "Too many recipients";
            /** @constant */
            max_recipients: 50;
            provided: number;
        };
        /** @description Family 4: the outbound content scored above 0.8 in the spam check. */
        SpamFlaggedError: {
            /** @constant */
            error: "Email content flagged as potential spam";
            score: number;
            reasons: string[];
            suggestion: string;
        };
        /** @description Family 4: the upload would exceed the tier's attachment storage (free 100 MB, pro 1 GB, business 5 GB). */
        StorageQuotaError: {
            /** @constant */
            error: "Attachment storage limit exceeded";
            used_mb: number;
            limit_mb: number;
            current_tier: components["schemas"]["Tier"];
            /** @constant */
            upgrade_url: "/dashboard/billing";
        };
        /** @description Family 5, provider passthrough: domain create and verify hand the sending provider's error object back inside `error`. mailsim plays that provider: an invalid domain name or one already registered (by any organisation) gives `{"error":{"name":"validation_error","message":...,"statusCode":422}}` with HTTP 400. */
        ProviderError: {
            error: {
                /** @description Provider error name, e.g. validation_error. */
                name: string;
                message: string;
                statusCode?: number;
            };
        };
        /** @description Family 6, the global error handler: `{"error":"<message>","code":"<CODE>"}`. mailsim sends it for a body that is not valid JSON (400, the parser's message, code INTERNAL_ERROR), a body over 10 MB (413, "request entity too large") and unexpected failures (500, "Internal server error", code INTERNAL_ERROR). */
        GlobalError: {
            error: string;
            code: string;
        };
        TimestampHeaderError: components["schemas"]["CodeError"] & {
            /** @enum {unknown} */
            error?: "missing_timestamp_header" | "invalid_timestamp";
        };
        BadAuthorizationError: components["schemas"]["CodeError"] & {
            /** @enum {unknown} */
            error?: "invalid_authorization_format" | "invalid_signature";
        };
        ServerError: components["schemas"]["PlainError"] | components["schemas"]["GlobalError"] | components["schemas"]["ContractViolationError"];
        /** @description mailsim only: in strict validation mode an answer of the emulator that breaks this contract is replaced by this 500, naming the operation and where the answer broke it (contracts/commune.md). */
        ContractViolationError: {
            error: string;
            /** @constant */
            code: "CONTRACT_VIOLATION";
            operationId: string;
            violations: {
                pointer: string;
                message: string;
            }[];
        };
        PermissionOrPlanFeatureError: components["schemas"]["PermissionError"] | components["schemas"]["PlanFeatureError"];
        DomainNotFoundError: components["schemas"]["PlainError"] & {
            /** @enum {unknown} */
            error?: "Domain not found";
        };
        InboxLocalPartTakenError: components["schemas"]["PlainError"] & {
            /** @enum {unknown} */
            error?: "An inbox with this local part already exists on this domain";
        };
        ClaimNotFoundError: components["schemas"]["CodeError"] & {
            /** @enum {unknown} */
            error?: "not_found";
        };
        /** @description A DNS record the domain owner publishes (the sending provider's record shape). */
        DnsRecord: {
            /** @enum {string} */
            record: "SPF" | "DKIM" | "Receiving";
            name: string;
            /** @enum {string} */
            type: "MX" | "TXT" | "CNAME";
            value: string;
            /** @description Always "Auto". */
            ttl: string;
            /** @enum {string} */
            status: "not_started" | "pending" | "verified" | "failed" | "temporary_failure";
            /** @description MX records only. */
            priority?: number;
        };
        /** @description Inbox webhook. mailsim keeps only these three keys of what the client sent (the real server stores the object unvalidated and echoes any key). */
        InboxWebhook: {
            /**
             * Format: uri
             * @description Where inbound mail is POSTed.
             */
            endpoint?: string;
            /** @description Stored and returned, but ignored: every inbound email is delivered. */
            events?: string[];
            /** @description Signing secret, returned in clear text as the real server does. Only the client sets it: the v1 API never generates one, and a PUT that replaces `webhook` without it drops it. */
            secret?: string;
        };
        /** @description Structured extraction configuration of an inbox. */
        ExtractionSchema: {
            name: string;
            description?: string;
            /** @description Open object. The JSON Schema given by the client: `type: "object"` with `properties`. */
            schema: Record<string, never>;
            enabled: boolean;
        };
        /** @description A stored inbox: camelCase fields, as Commune returns its stored objects. Optional fields are absent (not null) when unset. `name` on create sets `displayName` (unless a display name is given) and `agent.name`. */
        Inbox: {
            id: components["schemas"]["InboxId"];
            /** @description As given: neither validated nor lower-cased. */
            localPart: string;
            /** @description `{localPart}@{domain name}`. */
            address: string;
            displayName?: string;
            agent?: {
                id?: string;
                name?: string;
                /** @description Open object. Agent metadata. */
                metadata?: Record<string, never>;
            };
            webhook?: components["schemas"]["InboxWebhook"];
            /** @description Free text, stored unvalidated. */
            status?: string;
            extractionSchema?: components["schemas"]["ExtractionSchema"];
            /** Format: date-time */
            createdAt: string;
            orgId: components["schemas"]["OrgId"];
            /** @description Open object. Per-inbox limits; the real server may carry them, mailsim never sends them. */
            limits?: Record<string, never>;
        };
        /** @description An inbox plus the snake_case `domain_id` and `domain_name` of its domain (create without a domain, and the all-domains list). */
        InboxWithDomain: {
            id: components["schemas"]["InboxId"];
            /** @description As given: neither validated nor lower-cased. */
            localPart: string;
            /** @description `{localPart}@{domain name}`. */
            address: string;
            displayName?: string;
            agent?: {
                id?: string;
                name?: string;
                /** @description Open object. Agent metadata. */
                metadata?: Record<string, never>;
            };
            webhook?: components["schemas"]["InboxWebhook"];
            /** @description Free text, stored unvalidated. */
            status?: string;
            extractionSchema?: components["schemas"]["ExtractionSchema"];
            /** Format: date-time */
            createdAt: string;
            orgId: components["schemas"]["OrgId"];
            /** @description Open object. Per-inbox limits; the real server may carry them, mailsim never sends them. */
            limits?: Record<string, never>;
            domain_id: components["schemas"]["DomainId"];
            domain_name: string;
        };
        InboxEnvelope: {
            data: components["schemas"]["Inbox"];
        };
        /** @description A domain: the stored entry without its owner and provider webhook. Custom domains always carry `region` and `records`; the shared default domain (id fixed by mailsim's seed) may not. */
        Domain: {
            id: components["schemas"]["DomainId"];
            name: string;
            /** @enum {string} */
            status: "not_started" | "pending" | "verified" | "failed" | "temporary_failure";
            /** @enum {string} */
            region?: "us-east-1" | "eu-west-1" | "sa-east-1" | "ap-northeast-1";
            records?: components["schemas"]["DnsRecord"][];
            /** Format: date-time */
            createdAt: string;
            /** @description The domain's inboxes of the calling organisation. mailsim includes it on list and get (possibly empty) and leaves it out of the create response, as the real server does. */
            inboxes?: components["schemas"]["Inbox"][];
        };
        DomainEnvelope: {
            data: components["schemas"]["Domain"];
        };
        /** @description A thread in a thread list, aggregated from its messages (grouped by thread id, never by subject). */
        ThreadSummary: {
            thread_id: components["schemas"]["ThreadId"];
            /** @description Subject of the newest message. */
            subject: string | null;
            /** Format: date-time */
            last_message_at: string;
            /** Format: date-time */
            first_message_at: string;
            /** @description Messages of the thread that match the inbox/domain filter. */
            message_count: number;
            /** @description Text of the OLDEST message, at most 200 characters. */
            snippet: string;
            /** @enum {string} */
            last_direction: "inbound" | "outbound";
            inbox_id: string | null;
            domain_id: string | null;
            has_attachments: boolean;
        };
        Participant: {
            /** @enum {string} */
            role: "sender" | "to" | "cc" | "bcc";
            /** @description An address, or `Name <address>` as given. */
            identity: string;
        };
        /** @description Delivery timestamps and reasons of an outbound message, filled as events arrive. */
        DeliveryData: {
            /** Format: date-time */
            sent_at?: string;
            /** Format: date-time */
            delivered_at?: string;
            /** Format: date-time */
            bounced_at?: string;
            /** Format: date-time */
            failed_at?: string;
            /** Format: date-time */
            complained_at?: string;
            bounce_reason?: string;
            /** @enum {string} */
            bounce_type?: "hard" | "soft";
            failure_reason?: string;
            /** Format: date-time */
            last_attempt?: string;
        };
        /** @description Message metadata. Outbound messages also always carry message_id, custom_message_id, commune_message_id, routing_token, attachment_ids, has_attachments, attachment_count and delivery_data; inbound messages also always carry message_id, inbox_address and the spam_* and prompt_injection_* verdicts. */
        MessageMetadata: {
            /** Format: date-time */
            created_at: string;
            subject: string;
            /** @description RFC 5322 Message-ID of the email, angle brackets included. */
            message_id?: string | null;
            in_reply_to: string | null;
            references: string[];
            domain_id: string | null;
            inbox_id: string | null;
            inbox_address?: string | null;
            /**
             * @description Starts as "sent" for every stored message, inbound included; then moves up by priority sent < delivered < bounced|failed|complained|suppressed.
             * @enum {string}
             */
            delivery_status: "sent" | "delivered" | "bounced" | "failed" | "complained" | "suppressed";
            delivery_data?: components["schemas"]["DeliveryData"];
            attachment_ids?: components["schemas"]["AttachmentId"][];
            has_attachments?: boolean;
            attachment_count?: number;
            /** @description Outbound: the Message-ID mailsim stamped on the email. */
            custom_message_id?: string;
            /** @description Outbound: the `msg_` id send returned. */
            commune_message_id?: components["schemas"]["SendId"];
            /** @description Outbound: the plus-address tag `t` + 12 hex set in Reply-To (null when the caller gave reply_to). */
            routing_token?: string | null;
            /** @description Real server only (its sending provider's id); mailsim never sends it. */
            resend_id?: string | null;
            /** @description Real server only; mailsim never sends it. */
            ses_references?: string[];
            spam_checked?: boolean;
            spam_score?: number;
            /** @enum {string} */
            spam_action?: "accept" | "flag" | "reject";
            spam_flagged?: boolean;
            spam_reasons?: string[];
            prompt_injection_checked?: boolean;
            prompt_injection_detected?: boolean;
            /** @enum {string} */
            prompt_injection_risk?: "none" | "low" | "medium" | "high" | "critical";
            prompt_injection_score?: number;
            prompt_injection_signals?: string;
            /** @description Open object. Inbound only, when the inbox has an enabled extraction schema: the extracted object, valid against that schema. mailsim fills it with a deterministic local extractor (no LLM is called). */
            extracted_data?: Record<string, never>;
            is_private?: boolean;
        };
        /** @description One email, inbound or outbound, in Commune's unified snake_case shape. */
        Message: {
            /** @constant */
            channel: "email";
            /** @description Stored message id. Outbound: a UUID standing for the sending provider's id (the `msg_` id is in `metadata.commune_message_id`). Inbound: the receiving side's opaque id. */
            message_id: string;
            thread_id: components["schemas"]["ThreadId"];
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description Outbound: the sender and the `to` recipients only. Inbound: sender, to and cc. */
            participants: components["schemas"]["Participant"][];
            /** @description Plain text body ("" when none). */
            content: string;
            content_html: string | null;
            attachments: components["schemas"]["AttachmentId"][];
            /** Format: date-time */
            created_at: string;
            metadata: components["schemas"]["MessageMetadata"];
            orgId: components["schemas"]["OrgId"];
            /** @description Real server only (storage id); mailsim never sends it. */
            _id?: string;
            /** @description Real server only; mailsim never sends it. */
            effective_thread_id?: string;
            /** @description Real server only; mailsim never sends it. */
            search_summary?: string;
        };
        /** @description Triage state of a thread, kept per organisation and created lazily; the thread itself is never looked up. Stored state carries orgId, assigned_to (null until assigned) and updated_at. A thread without stored state reads as `{thread_id, tags: [], status: "open", assigned_to: null}`; removing tags from it answers `{thread_id, tags: [], status: "open"}` (no assigned_to). */
        ThreadMetadata: {
            thread_id: components["schemas"]["ThreadId"];
            orgId?: components["schemas"]["OrgId"];
            /** @description A set: adding keeps existing tags and skips duplicates; removing ignores absent ones. */
            tags: string[];
            /** @enum {string} */
            status: "open" | "needs_reply" | "waiting" | "closed";
            assigned_to?: string | null;
            /** Format: date-time */
            updated_at?: string;
            /** @description Real server only; mailsim never sends it. */
            _id?: string;
        };
        SendResult: {
            id: components["schemas"]["SendId"];
            /** @description The `thread_id` given, else a new `thread_<uuid>`. */
            thread_id: components["schemas"]["ThreadId"];
            /** @constant */
            status: "queued";
        };
        /** @description A thread found by mailsim's keyword search: one item per thread, ordered by score, then last_message_at. */
        KeywordSearchHit: {
            thread_id: components["schemas"]["ThreadId"];
            subject: string | null;
            /** Format: date-time */
            last_message_at: string;
            /** @description Matching messages of the thread. */
            message_count: number;
            /** @description Text of the newest matching message. */
            snippet: string;
            /** @enum {string} */
            last_direction: "inbound" | "outbound";
            inbox_id: string | null;
            domain_id: string | null;
            /** @description Relevance in (0, 1), higher is better: x / (1 + x) where x = -bm25() of the best matching message (FTS5's bm25 is negative, more negative for better matches). */
            score: number;
        };
        /** @description Real server only: a thread found by its regex fallback (no score). */
        RegexSearchHit: {
            thread_id: components["schemas"]["ThreadId"];
            subject: string | null;
            /** Format: date-time */
            last_message_at: string;
            /** @description Matching messages of the thread. */
            message_count: number;
            /** @description Text of the newest matching message. */
            snippet: string;
            /** @enum {string} */
            last_direction: "inbound" | "outbound";
            inbox_id: string | null;
            domain_id: string | null;
        };
        /** @description Real server only: one vector-search hit per message (a thread can repeat). */
        VectorSearchHit: {
            thread_id: components["schemas"]["ThreadId"];
            subject: string | null;
            score: number;
            inbox_id: string | null;
            domain_id: string | null;
            phone_number_id: string | null;
            from_number: string | null;
            to_number: string | null;
            participants: string[];
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            channel: "email" | "sms";
        };
        /** @description `search_type` says which search ran. mailsim always runs SQLite FTS5 keyword search and says "keyword". The real server says "vector" (embeddings) or "regex" (its fallback); those shapes are kept so the contract also describes it. */
        SearchResults: {
            data: components["schemas"]["KeywordSearchHit"][];
            /** @constant */
            search_type: "keyword";
        } | {
            data: components["schemas"]["VectorSearchHit"][];
            /** @constant */
            search_type: "vector";
        } | {
            data: components["schemas"]["RegexSearchHit"][];
            /** @constant */
            search_type: "regex";
        };
        UploadedAttachment: {
            attachment_id: components["schemas"]["UploadId"];
            filename: string;
            mime_type: string;
            /** @description Decoded size in bytes. */
            size: number;
        };
        /** @description Attachment metadata (never the content). */
        AttachmentRecord: {
            attachment_id: components["schemas"]["AttachmentId"];
            /** @description "" for uploads; the message's id for inbound parts. */
            message_id: string;
            filename: string;
            mime_type: string;
            size: number;
            /**
             * @description mailsim: always "database".
             * @enum {string}
             */
            storage_type: "cloudinary" | "database";
            /** @description mailsim: always null. */
            cloudinary_url: string | null;
            /** @description mailsim: always null. */
            cloudinary_public_id: string | null;
            /** @constant */
            source: "email";
            source_url?: string | null;
            quarantined?: boolean;
            scan_threats?: string[];
            download_error?: boolean;
            /** @description Real server only; mailsim never sends it. */
            _id?: string;
        };
        AttachmentUrl: {
            /**
             * Format: uri
             * @description Download URL. mailsim serves it itself (an absolute URL on its own port) and honours the expiry; the real server answers a signed storage URL, or a `data:` URI with expires_in 0 for database storage.
             */
            url: string;
            expires_in: number;
            filename: string;
            mime_type: string;
            size: number;
        };
        /** @description Delivery counts over the window. The counts other than `sent` are messages of the window whose current delivery_status matches. */
        DeliveryMetrics: {
            inbox_id?: string;
            domain_id?: string;
            period: {
                /** Format: date-time */
                start: string;
                /** Format: date-time */
                end: string;
                days: number;
            };
            /** @description Outbound messages created in the window. */
            sent: number;
            delivered: number;
            bounced: number;
            complained: number;
            failed: number;
            suppressed: number;
            /** @description Delivery events whose message is unknown. */
            orphan_events: number;
            /** @description A string like "97.5%", or "N/A" when sent is 0; the same holds for every *_rate. */
            delivery_rate: string;
            bounce_rate: string;
            complaint_rate: string;
            failure_rate: string;
            suppression_rate: string;
            orphan_event_rate: string;
        };
        DeliveryEvent: {
            /** @description Id of the message the event is about. */
            message_id: string;
            /** @enum {string} */
            event_type: "sent" | "delivered" | "bounced" | "complained" | "failed" | "delivery_delayed" | "suppressed" | "opened" | "clicked";
            /** @description Open object. The sending provider's event payload; mailsim's own simulated payload. */
            event_data: Record<string, never>;
            inbox_id: string | null;
            domain_id: string | null;
            /** Format: date-time */
            processed_at: string;
            /** @description Real server only; mailsim never sends it. */
            _id?: string;
        };
        Suppression: {
            email: string;
            /** @enum {string} */
            reason: "bounce" | "complaint" | "manual" | "spam_trap" | "unsubscribe";
            /** @enum {string} */
            type: "hard" | "soft" | "spam" | "permanent";
            /** @enum {string} */
            source: "inbox" | "domain" | "global";
            inbox_id: string | null;
            domain_id: string | null;
            message_id?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at?: string | null;
            metadata: {
                bounce_reason?: string;
                bounce_diagnostic?: string;
                complaint_type?: string;
                original_subject?: string;
                soft_bounce_count?: number;
            };
            /** @description Real server only; mailsim never sends it. */
            _id?: string;
        };
        /** @description A webhook delivery as listed. Every key is always present. */
        WebhookDelivery: {
            delivery_id: components["schemas"]["WebhookDeliveryId"];
            inbox_id: string;
            message_id: string;
            endpoint: string;
            /**
             * @description There is no "failed" status: a failed attempt with retries left is "retrying".
             * @enum {string}
             */
            status: "pending" | "retrying" | "delivered" | "dead";
            attempt_count: number;
            max_attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            delivered_at: string | null;
            /** Format: date-time */
            dead_at: string | null;
            /** @description `HTTP <code>: <first 500 characters of the body or status text>` or `Timeout after <n>ms`. */
            last_error: string | null;
            last_status_code: number | null;
            /** @description First-try success: that attempt's latency; later success: time since created_at. */
            delivery_latency_ms: number | null;
            /** Format: date-time */
            next_retry_at: string | null;
        };
        /** @description A webhook delivery with its attempt history. */
        WebhookDeliveryDetail: {
            delivery_id: components["schemas"]["WebhookDeliveryId"];
            inbox_id: string;
            message_id: string;
            endpoint: string;
            /**
             * @description There is no "failed" status: a failed attempt with retries left is "retrying".
             * @enum {string}
             */
            status: "pending" | "retrying" | "delivered" | "dead";
            attempt_count: number;
            max_attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            delivered_at: string | null;
            /** Format: date-time */
            dead_at: string | null;
            /** @description `HTTP <code>: <first 500 characters of the body or status text>` or `Timeout after <n>ms`. */
            last_error: string | null;
            last_status_code: number | null;
            /** @description First-try success: that attempt's latency; later success: time since created_at. */
            delivery_latency_ms: number | null;
            /** Format: date-time */
            next_retry_at: string | null;
            payload_hash: string;
            attempts: {
                attempt: number;
                status_code: number | null;
                error: string | null;
                latency_ms: number;
                /** Format: date-time */
                attempted_at: string;
            }[];
        };
        WebhookHealth: {
            /** @description Per endpoint, over the last 24 hours. */
            endpoints: {
                endpoint: string;
                total: number;
                delivered: number;
                /** @description Deliveries in status "retrying". */
                failed: number;
                dead: number;
                success_rate: number;
                avg_latency_ms: number | null;
            }[];
            /** @description All-time counts by status. */
            totals: {
                pending: number;
                retrying: number;
                delivered: number;
                dead: number;
            };
        };
        WebhookTestResult: {
            /** @description The endpoint answered 2xx. */
            delivered: boolean;
            status_code: number | null;
            response_time_ms: number;
            endpoint: string;
            event_type: string;
            /** @constant */
            test: true;
            error?: string;
        };
        DmarcSubmitResult: {
            report_id: string;
            domain: string;
            org_name: string;
            /** Format: date-time */
            date_begin: string;
            /** Format: date-time */
            date_end: string;
            record_count: number;
            total_messages: number;
        };
        /** @description A parsed DMARC aggregate report (without its raw XML). */
        DmarcReport: {
            report_id: string;
            /** @description The reporting organisation (e.g. google.com). */
            org_name: string;
            email: string;
            domain: string;
            /** Format: date-time */
            date_begin: string;
            /** Format: date-time */
            date_end: string;
            policy: {
                domain: string;
                adkim?: string;
                aspf?: string;
                p: string;
                sp?: string;
                pct?: number;
            };
            records: {
                source_ip: string;
                count: number;
                disposition: string;
                dkim_result: string;
                spf_result: string;
                header_from: string;
                dkim_domain: string | null;
                dkim_selector: string | null;
                spf_domain: string | null;
            }[];
            /** Format: date-time */
            received_at: string;
            our_domain_id: string | null;
            org_id: components["schemas"]["OrgId"];
            /** @description Real server only; mailsim never sends it. */
            _id?: string;
        };
        /** @description A record passes when its policy-evaluated DKIM or SPF result is "pass". */
        DmarcSummary: {
            domain: string;
            period: {
                /** Format: date-time */
                begin: string;
                /** Format: date-time */
                end: string;
            };
            total_messages: number;
            pass_count: number;
            fail_count: number;
            pass_rate: number;
            dkim_pass: number;
            spf_pass: number;
            /** @description The ten sources with most messages. */
            top_sources: {
                ip: string;
                count: number;
                /** @description Every message from this source passed. */
                pass: boolean;
            }[];
            /** @description Messages that failed DMARC and got a disposition other than "none". */
            policy_overrides: number;
        };
        /** @description The calling organisation (camelCase stored object). */
        Org: {
            id: components["schemas"]["OrgId"];
            name: string;
            slug: string;
            tier: components["schemas"]["Tier"];
            status: string;
            /** @description Open object. Organisation settings. */
            settings: Record<string, never>;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            name: string;
            keyPrefix: components["schemas"]["ApiKeyPrefix"];
            /** @description As given at creation (default ["read","write"]); unknown strings are kept. */
            permissions: string[];
            /**
             * @description Revoked keys are "inactive".
             * @enum {string}
             */
            status: "active" | "inactive" | "expired";
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKeyCreated: {
            /** @description The full key; shown only here. */
            apiKey: components["schemas"]["ApiKeySecret"];
            id: components["schemas"]["ApiKeyId"];
            name: string;
            keyPrefix: components["schemas"]["ApiKeyPrefix"];
            permissions: string[];
            /** @constant */
            status: "active";
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description `Store immediately: export COMMUNE_API_KEY="<key>"`. */
            message: string;
        };
        ApiKeyRotated: {
            /** @description The new key; shown only here. */
            apiKey: components["schemas"]["ApiKeySecret"];
            /** @description Unchanged: rotation replaces the key material of the same record. */
            id: components["schemas"]["ApiKeyId"];
            name: string;
            keyPrefix: components["schemas"]["ApiKeyPrefix"];
            /** Format: date-time */
            expiresAt: string | null;
            message: string;
        };
        AgentRegistration: {
            /** @description Valid 15 minutes. */
            agentSignupToken: string;
            challenge: {
                /** @description Instructions quoting the purpose and embedding a 16-hex epoch marker. */
                text: string;
                /** @constant */
                format: "<primary_verb>:<word_count>:<epoch_marker>";
            };
            instructions: string[];
            /** @constant */
            expiresIn: 900;
        };
        AgentVerification: {
            agentId: components["schemas"]["AgentId"];
            orgId: components["schemas"]["OrgId"];
            /** @description The inbox created on the shared domain: `{orgSlug}@{shared domain}`. */
            inboxEmail: string;
            /** @constant */
            ownershipStatus: "unclaimed";
            nextStep: {
                /** @constant */
                action: "claim_ownership";
                /** @constant */
                endpoint: "POST /v1/agent/claim-ownership";
                body: {
                    /** @constant */
                    ownerEmail: "<your_owner_email>";
                };
                description: string;
            };
            /** @description Several lines: what to store and the claim step. */
            message: string;
        };
        ClaimStarted: {
            /** @constant */
            status: "pending";
            ownerEmail: string;
            message: string;
            /** @constant */
            expiresIn: 86400;
        };
        ClaimDetails: {
            agentName: string;
            agentPurpose: string;
            agentEmail: string;
            ownerEmail: string;
            /** Format: date-time */
            createdAt: string;
        };
        ClaimAccepted: {
            message: string;
            agentName: string;
            agentEmail: string;
        };
        /** @description Records per collection (preview: would be deleted; deleted_counts: were). */
        DeletionCounts: {
            messages: number;
            attachments: number;
            domains: number;
            inboxes: number;
            webhook_deliveries: number;
            delivery_events: number;
            blocked_spam: number;
            thread_metadata: number;
            dmarc_reports: number;
            alerts: number;
            suppressions: number;
            spam_reports: number;
            audit_logs: number;
            users: number;
            api_keys: number;
            sessions: number;
            verification_tokens: number;
        };
        DeletionRequestCreated: {
            id: components["schemas"]["DeletionRequestId"];
            /** @enum {string} */
            scope: "organization" | "inbox" | "messages";
            inbox_id?: string;
            /** Format: date-time */
            before?: string;
            /** @constant */
            status: "pending";
            preview: components["schemas"]["DeletionCounts"];
            /** @description Needed by confirm; only its hash is stored. */
            confirmation_token: string;
            /**
             * Format: date-time
             * @description One hour after requested_at.
             */
            confirm_by: string;
            /** Format: date-time */
            requested_at: string;
            warning: string;
        };
        DeletionRequestConfirmed: {
            id: components["schemas"]["DeletionRequestId"];
            /** @enum {string} */
            scope: "organization" | "inbox" | "messages";
            /** @constant */
            status: "completed";
            preview: components["schemas"]["DeletionCounts"];
            deleted_counts: components["schemas"]["DeletionCounts"];
            /** Format: date-time */
            confirmed_at: string;
            /** Format: date-time */
            completed_at: string;
        };
        /** @description A deletion request. Unset optional keys are absent, not null. */
        DeletionRequest: {
            id: components["schemas"]["DeletionRequestId"];
            /** @enum {string} */
            scope: "organization" | "inbox" | "messages";
            inbox_id?: string;
            /** Format: date-time */
            before?: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "executing" | "completed" | "expired" | "failed";
            preview: components["schemas"]["DeletionCounts"];
            deleted_counts?: components["schemas"]["DeletionCounts"];
            /** Format: date-time */
            confirm_by: string;
            /** Format: date-time */
            requested_at: string;
            /** Format: date-time */
            confirmed_at?: string;
            /** Format: date-time */
            completed_at?: string;
            error?: string;
        };
        MeLimits: {
            org_id: components["schemas"]["OrgId"];
            /**
             * @description User-facing plan name: tier agent_pro is reported as "pro".
             * @enum {string}
             */
            plan: "free" | "pro" | "business" | "enterprise";
            limits: {
                emails_per_hour: number;
                emails_per_day: number;
                inboxes: number | null;
                domains: number | null;
            };
            usage: {
                emails_sent_today: number;
                inboxes_count: number;
            };
            rate_limit_windows: {
                /**
                 * Format: date-time
                 * @description Start of the next UTC hour.
                 */
                hourly_resets_at: string;
                /**
                 * Format: date-time
                 * @description Next UTC midnight.
                 */
                daily_resets_at: string;
            };
        };
        FeedbackReceipt: {
            id: string;
            /** @enum {string} */
            type: "error" | "feature" | "signal";
            /** @constant */
            status: "received";
            /** Format: date-time */
            created_at: string;
        };
        /** @description SMS/voice credit balance (shape from Commune's own published contract). */
        CreditBalance: {
            balance: number;
            lifetime_credits: number;
            lifetime_used: number;
        };
        CreditBundle: {
            /** @enum {string} */
            id: "starter" | "growth" | "scale";
            credits: number;
            /** @description USD. */
            price: number;
            /** @description price / credits with 4 decimals. */
            price_per_credit: string;
        };
        CreditCheckout: {
            /** Format: uri */
            checkout_url: string;
            /** @enum {string} */
            bundle: "starter" | "growth" | "scale";
            credits: number;
            price: number;
        };
        /** @description Body of the POST a webhook receiver gets for inbound mail (not a response of this API). Headers: `x-commune-delivery-id: whd_...` (stable across retries), `x-commune-timestamp: <ms>` (new on every attempt), `x-commune-attempt: <n>`, and, only when the inbox webhook has a `secret`, `x-commune-signature: v1=<hex HMAC-SHA256(secret, "{timestamp}.{raw body}")>`. Up to 8 attempts, retried after 5, 30, 120, 600, 1800, 3600 and 7200 s, each +-25 % jitter. The /test call adds `test: true` and header `x-commune-test: true`. */
        WebhookPayload: {
            domainId: string;
            inboxId: components["schemas"]["InboxId"];
            inboxAddress: string;
            event: {
                /** @constant */
                type: "email.received";
                data: {
                    email_id: string;
                };
            };
            email: {
                id?: string;
                message_id: string;
                /** @description Bare sender address. */
                from: string;
                to: string[];
                subject: string;
                text: string;
                html?: string;
                /** @description Received header fields, lower-case names. */
                headers: {
                    [key: string]: string;
                };
                /** Format: date-time */
                created_at: string;
            };
            /** @description The stored inbound message, without orgId. */
            message: {
                /** @constant */
                channel: "email";
                /** @description Stored message id. Outbound: a UUID standing for the sending provider's id (the `msg_` id is in `metadata.commune_message_id`). Inbound: the receiving side's opaque id. */
                message_id: string;
                thread_id: components["schemas"]["ThreadId"];
                /** @enum {string} */
                direction: "inbound" | "outbound";
                /** @description Outbound: the sender and the `to` recipients only. Inbound: sender, to and cc. */
                participants: components["schemas"]["Participant"][];
                /** @description Plain text body ("" when none). */
                content: string;
                content_html: string | null;
                attachments: components["schemas"]["AttachmentId"][];
                /** Format: date-time */
                created_at: string;
                metadata: components["schemas"]["MessageMetadata"];
                orgId?: components["schemas"]["OrgId"];
                /** @description Real server only (storage id); mailsim never sends it. */
                _id?: string;
                /** @description Real server only; mailsim never sends it. */
                effective_thread_id?: string;
                /** @description Real server only; mailsim never sends it. */
                search_summary?: string;
            };
            /** @description Open object. Present when the inbox has an enabled extraction schema. */
            extractedData?: Record<string, never>;
            attachments: {
                attachment_id: components["schemas"]["AttachmentId"];
                filename: string;
                mime_type: string;
                size: number;
            }[];
            security: {
                spam: {
                    checked: boolean;
                    score: number;
                    action: string;
                    flagged: boolean;
                };
                prompt_injection: {
                    checked: boolean;
                    detected: boolean;
                    risk_level: string;
                    confidence?: number;
                    summary?: string;
                    model_checked?: boolean;
                    model_provider?: string | null;
                    model_version?: string | null;
                    model_score?: number | null;
                    model_error?: string | null;
                    model_tier?: string | null;
                    model_allowed?: boolean | null;
                    fusion_score?: number | null;
                    fusion_version?: string | null;
                    reason_codes?: string[];
                    disagreement?: boolean | null;
                };
            };
            /** @constant */
            test?: true;
        };
        /** @description `data` of an `event: email.received` frame of GET /v1/events/stream. */
        StreamEmailReceived: {
            /** @constant */
            type: "email.received";
            inbox_id: components["schemas"]["InboxId"];
            inbox_address: string;
            thread_id: components["schemas"]["ThreadId"];
            message_id: string;
            subject: string;
            from: string;
            /** @constant */
            direction: "inbound";
            /** Format: date-time */
            created_at: string;
        };
        /** @description `data` of the first frame, `event: connection.ack`. */
        StreamAck: {
            /** @constant */
            connected: true;
            org_id: components["schemas"]["OrgId"];
        };
        /** @description Only local_part is required. */
        CreateInboxRequest: {
            /** @description Required (or `localPart`); missing gives 400 "Missing required field: local_part". */
            local_part?: string;
            /** @description Alias of local_part. */
            localPart?: string;
            /** @description Sets displayName (unless one is given) and agent.name. */
            name?: string;
            display_name?: string;
            displayName?: string;
            /** @description Inbox webhook. `events` is stored but every inbound email is delivered anyway. */
            webhook?: {
                /** Format: uri */
                endpoint?: string;
                events?: string[];
                secret?: string;
            };
            /** @description Free text. */
            status?: string;
            /** @description Domain to create on; default: the organisation's first domain, else the shared one. */
            domain_id?: string;
            /** @description Alias of domain_id. */
            domainId?: string;
        };
        /** @description Only local_part is required. */
        CreateDomainInboxRequest: {
            /** @description Required (or `localPart`); missing gives 400 "Missing required field: local_part". */
            local_part?: string;
            /** @description Alias of local_part. */
            localPart?: string;
            /** @description Sets displayName (unless one is given) and agent.name. */
            name?: string;
            display_name?: string;
            displayName?: string;
            /** @description Inbox webhook. `events` is stored but every inbound email is delivered anyway. */
            webhook?: {
                /** Format: uri */
                endpoint?: string;
                events?: string[];
                secret?: string;
            };
            /** @description Free text. */
            status?: string;
        };
        /** @description Partial update: fields left out keep their value. */
        UpdateInboxRequest: {
            local_part?: string;
            localPart?: string;
            display_name?: string;
            displayName?: string;
            agent?: {
                name?: string;
            };
            /** @description Replaces the whole stored webhook (a missing secret is dropped). */
            webhook?: {
                /** Format: uri */
                endpoint?: string;
                events?: string[];
                secret?: string;
            };
            status?: string;
        };
        ExtractionSchemaRequest: {
            /** @description Required. (Checked by the operation, not by the schema, to keep Commune's message.) */
            name?: unknown;
            /** @description Required: a JSON object with `type: "object"` and `properties`. (Checked by the operation, not by the schema, to keep Commune's message.) */
            schema?: unknown;
            description?: string;
            /** @description Default true. */
            enabled?: boolean;
        };
        CreateDomainRequest: {
            /** @description Required; missing gives 400 "Missing required field: name". */
            name?: string;
            /** @description One of us-east-1, eu-west-1, sa-east-1, ap-northeast-1; anything else silently becomes us-east-1. */
            region?: string;
        };
        ThreadStatusRequest: {
            /** @description Required: one of open, needs_reply, waiting, closed. (Checked by the operation, not by the schema, to keep Commune's message.) */
            status?: unknown;
        };
        ThreadTagsRequest: {
            /** @description Required: a non-empty array of strings. (Checked by the operation, not by the schema, to keep Commune's message.) */
            tags?: unknown;
        };
        AssignThreadRequest: {
            /** @description Required: a string, or null to unassign. (Checked by the operation, not by the schema, to keep Commune's message.) */
            assigned_to?: unknown;
        };
        /** @description Validated the way the real server's zod schema does (unknown keys are dropped). Neither html nor text is required. */
        SendMessageRequest: {
            /** @description One recipient or a non-empty list; each 1-320 characters, no address-format check. */
            to: string | string[];
            /** @description CR and LF are stripped. */
            subject: string;
            html?: string;
            text?: string;
            /** @description Sender; default: the inbox address with its display name. */
            from?: string;
            cc?: (string) | (string)[];
            bcc?: (string) | (string)[];
            /** @description Default: `{local}+t<12 hex>@{domain}`, the thread routing address. */
            reply_to?: string;
            /** @description Alias of reply_to. */
            replyTo?: string;
            /** @description Reply in this thread (not checked for existence). With an earlier message in it, "Re: " is prepended and In-Reply-To/References are set. */
            thread_id?: string;
            /** @description Inbox to send from. */
            inbox_id?: string;
            /** @description Alias of inbox_id; wins when both are given. */
            inboxId?: string;
            /** @description Domain to send from (`agent@<domain>` when no inbox is given). */
            domain_id?: string;
            /** @description Alias of domain_id; wins when both are given. */
            domainId?: string;
            /** @description Upload ids or inline files. Ids that name no upload of the organisation are skipped. */
            attachments?: (string | {
                filename: string;
                /** @description Base64. */
                content: string;
                content_type?: string;
            })[];
            headers?: {
                [key: string]: string;
            };
        };
        /** @description All three fields are required; a missing one gives 400 "Missing required fields: content, filename, mime_type". */
        UploadAttachmentRequest: {
            /** @description Base64 (decoded leniently). Required. */
            content?: string;
            /** @description Required. */
            filename?: string;
            /** @description Required (or mimeType). */
            mime_type?: string;
            /** @description Alias of mime_type. */
            mimeType?: string;
        };
        WebhookTestRequest: {
            /** @description Required. (Checked by the operation, not by the schema, to keep Commune's message.) */
            inbox_id?: unknown;
            /** @description Echoed in the result; default "message.received". */
            event_type?: string;
        };
        AgentRegisterRequest: {
            /** @description Required. */
            agentName?: string;
            /** @description Required: 20-2000 characters, at least 3 words. (Checked by the operation, not by the schema, to keep Commune's message.) */
            agentPurpose?: unknown;
            /** @description Required. */
            orgName?: string;
            /** @description Required: `[a-zA-Z0-9_-]+`, stored lower-cased; becomes the inbox local part. (Checked by the operation, not by the schema, to keep Commune's message.) */
            orgSlug?: unknown;
            /** @description Required: raw 32-byte Ed25519 public key, standard base64 (`^[A-Za-z0-9+/]{43}=$`). (Checked by the operation, not by the schema, to keep Commune's message.) */
            publicKey?: unknown;
            /** @description Optional URL. (Checked by the operation, not by the schema, to keep Commune's message.) */
            avatarUrl?: unknown;
            /** @description Optional URL. (Checked by the operation, not by the schema, to keep Commune's message.) */
            websiteUrl?: unknown;
            /** @description Optional, `^[a-zA-Z0-9_]{1,50}$`. (Checked by the operation, not by the schema, to keep Commune's message.) */
            moltbookHandle?: unknown;
            /** @description Optional: at most 20 strings of at most 100 characters. (Checked by the operation, not by the schema, to keep Commune's message.) */
            capabilities?: unknown;
        };
        AgentVerifyRequest: {
            /** @description Required: from agent-register. */
            agentSignupToken?: string;
            /** @description Required: `verb:count:marker` built from the challenge. (Checked by the operation, not by the schema, to keep Commune's message.) */
            challengeResponse?: unknown;
            /** @description Required: base64 Ed25519 signature of the challengeResponse string. (Checked by the operation, not by the schema, to keep Commune's message.) */
            signature?: unknown;
        };
        ClaimOwnershipRequest: {
            /** @description Required: the owner's email address. (Checked by the operation, not by the schema, to keep Commune's message.) */
            ownerEmail?: unknown;
        };
        UpdateOrgRequest: {
            /** @description Required, non-blank. (Checked by the operation, not by the schema, to keep Commune's message.) */
            name?: unknown;
        };
        CreateApiKeyRequest: {
            /** @description Required, non-blank. (Checked by the operation, not by the schema, to keep Commune's message.) */
            name?: unknown;
            /** @description Optional array of scope strings; default ["read","write"]. (Checked by the operation, not by the schema, to keep Commune's message.) */
            permissions?: unknown;
            /** @description Optional: seconds, a positive number. (Checked by the operation, not by the schema, to keep Commune's message.) */
            expiresIn?: unknown;
        };
        DeletionRequestRequest: {
            /** @description Required: organization, inbox or messages. (Checked by the operation, not by the schema, to keep Commune's message.) */
            scope?: unknown;
            /** @description Required when scope is inbox. (Checked by the operation, not by the schema, to keep Commune's message.) */
            inbox_id?: unknown;
            /** @description Optional ISO 8601 date. (Checked by the operation, not by the schema, to keep Commune's message.) */
            before?: unknown;
        };
        ConfirmDeletionRequest: {
            /** @description Required. (Checked by the operation, not by the schema, to keep Commune's message.) */
            confirmation_token?: unknown;
        };
        FeedbackRequest: {
            /** @description Required: error, feature or signal. (Checked by the operation, not by the schema, to keep Commune's message.) */
            type?: unknown;
            /** @description Required: 1-4000 characters. (Checked by the operation, not by the schema, to keep Commune's message.) */
            message?: unknown;
            /** @description Optional object. (Checked by the operation, not by the schema, to keep Commune's message.) */
            context?: unknown;
        };
        CreditsCheckoutRequest: {
            /** @description Required: starter, growth or scale. (Checked by the operation, not by the schema, to keep Commune's message.) */
            bundle?: unknown;
            /** @description Optional URL. (Checked by the operation, not by the schema, to keep Commune's message.) */
            success_url?: unknown;
            /** @description Optional URL. (Checked by the operation, not by the schema, to keep Commune's message.) */
            cancel_url?: unknown;
        };
        LegacySearchRequest: {
            /** @description Required. (Checked by the operation, not by the schema, to keep Commune's message.) */
            query?: unknown;
            /** @description `{inboxIds: [id], domainId, phoneNumberId, fromNumber, toNumber}`; one is required. Only the first inbox id is used. (Checked by the operation, not by the schema, to keep Commune's message.) */
            filter?: unknown;
            /** @description `{limit}`: 1-100, default 20. (Checked by the operation, not by the schema, to keep Commune's message.) */
            options?: unknown;
        };
        /** @description A page of threads. The only cursor-paginated list of the API. */
        ThreadPage: {
            data: components["schemas"]["ThreadSummary"][];
            /** @description Cursor of the next page (base64url, no padding), or null on the last page. */
            next_cursor: string | null;
            /** @description next_cursor !== null. */
            has_more: boolean;
        };
        /** @description The sending provider's verify answer, passed through. */
        DomainVerifyResult: {
            /** @constant */
            object: "domain";
            id: components["schemas"]["DomainId"];
        };
        /** @description No `data` envelope: webhook-delivery routes answer bare objects. */
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** @description Matching deliveries across all pages. */
            total: number;
        };
        /** @description The summary, or `data: null` with a message when no report falls in the window. */
        DmarcSummaryResult: {
            data: components["schemas"]["DmarcSummary"];
        } | {
            data: null;
            /** @constant */
            message: "No DMARC reports found for this period";
        };
    };
    responses: {
        /** @description The organisation. */
        OrgFound: {
            headers: {
                "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    org: components["schemas"]["Org"];
                };
            };
        };
        /** @description The inbox. */
        InboxFound: {
            headers: {
                "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InboxEnvelope"];
            };
        };
        /** @description The messages. */
        MessagesListed: {
            headers: {
                "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Message"][];
                };
            };
        };
        /** @description The triage state. */
        TriageState: {
            headers: {
                "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ThreadMetadata"];
                };
            };
        };
        /** @description Nothing was done. */
        SearchIndexIgnored: {
            headers: {
                "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        /** @constant */
                        success: true;
                    };
                };
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         *     - plain "tags must be a non-empty array of strings": tags missing, empty or not an array
         */
        BadTagsRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "tags must be a non-empty array of strings";
                }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         *     - plain "Missing required field: local_part": neither local_part nor localPart
         */
        BadInboxRequest: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Missing required field: local_part";
                }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         *     - code `invalid_token`: not 64 characters
         */
        ClaimTokenInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["CodeError"] & {
                    /** @enum {unknown} */
                    error?: "invalid_token";
                }) | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         *     - plain "inbox_id or domain_id query parameter is required": no filter
         */
        DeliveryFilterMissing: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "inbox_id or domain_id query parameter is required";
                }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         *     - plain "domain query parameter is required": no domain
         */
        DmarcDomainMissing: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "domain query parameter is required";
                }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
         *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
         *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
         */
        BadRequestOrInvalidBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - plain "Missing Authorization header", "Invalid or expired API key": no or bad API key
         *     - code `invalid_authorization_format`, `invalid_signature`: another scheme, or an agent signature that fails (unknown agent, bad signature, replayed timestamp)
         *     - TimestampOutOfRangeError: agent timestamp more than 60 s from the server clock
         *     - plain "Missing agent identity", "Agent not found": the signing agent no longer exists
         */
        UnauthenticatedOrAgentGone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Missing Authorization header" | "Invalid or expired API key" | "Missing agent identity" | "Agent not found";
                }) | components["schemas"]["BadAuthorizationError"] | components["schemas"]["TimestampOutOfRangeError"];
            };
        };
        /**
         * @description - plain "Missing Authorization header", "Invalid or expired API key": no or bad API key
         *     - code `invalid_authorization_format`, `invalid_signature`: another scheme, or an agent signature that fails (unknown agent, bad signature, replayed timestamp)
         *     - TimestampOutOfRangeError: agent timestamp more than 60 s from the server clock
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": (components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Missing Authorization header" | "Invalid or expired API key";
                }) | components["schemas"]["BadAuthorizationError"] | components["schemas"]["TimestampOutOfRangeError"];
            };
        };
        /**
         * @description - OwnershipRequiredError: an agent-signed request by an unclaimed agent
         *     - PermissionError: the API key lacks inboxes:write (agent signatures skip scope checks)
         *     - QuotaError: the tier's inbox cap is reached
         */
        InboxCreationForbidden: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OwnershipRequiredError"] | components["schemas"]["PermissionError"] | components["schemas"]["QuotaError"];
            };
        };
        /** @description - PermissionError: the API key lacks attachments:read (agent signatures skip scope checks) */
        MissingScopeAttachmentsRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PlanFeatureError: feature "semanticSearch" (free tier) */
        SemanticSearchNotInPlan: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlanFeatureError"];
            };
        };
        /** @description - PermissionError: the API key lacks domains:read (agent signatures skip scope checks) */
        MissingScopeDomainsRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks inboxes:read (agent signatures skip scope checks) */
        MissingScopeInboxesRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks messages:read (agent signatures skip scope checks) */
        MissingScopeMessagesRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks threads:read (agent signatures skip scope checks) */
        MissingScopeThreadsRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks messages:write (agent signatures skip scope checks) */
        MissingScopeMessagesWrite: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /**
         * @description - PermissionError: the API key lacks threads:read (agent signatures skip scope checks)
         *     - PlanFeatureError: feature "semanticSearch" (free tier); checked before the scope
         */
        SearchForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionOrPlanFeatureError"];
            };
        };
        /** @description - PermissionError: the API key lacks threads:write (agent signatures skip scope checks) */
        MissingScopeThreadsWrite: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks inboxes:write (agent signatures skip scope checks) */
        MissingScopeInboxesWrite: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - PermissionError: the API key lacks domains:write (agent signatures skip scope checks) */
        MissingScopeDomainsWrite: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionError"];
            };
        };
        /** @description - plain "Deletion request not found": unknown, or another organisation's */
        DeletionRequestNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Deletion request not found";
                };
            };
        };
        /** @description - plain "Domain not found": no such domain, or one of another organisation */
        DomainNotFoundWithDayLimit: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DomainNotFoundError"];
            };
        };
        /** @description - plain "Attachment not found" */
        AttachmentNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Attachment not found";
                };
            };
        };
        /** @description - plain "Domain not found": no such domain, or one of another organisation */
        DomainNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DomainNotFoundError"];
            };
        };
        /** @description - plain "Inbox not found": no such inbox on this domain for the organisation */
        InboxNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Inbox not found";
                };
            };
        };
        /** @description - plain "Delivery not found" */
        DeliveryNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlainError"] & {
                    /** @enum {unknown} */
                    error?: "Delivery not found";
                };
            };
        };
        /** @description - plain "An inbox with this local part already exists on this domain": mailsim only: the local part (compared case-insensitively) is taken on that domain */
        InboxLocalPartTaken: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InboxLocalPartTakenError"];
            };
        };
        /** @description - GlobalError: the body is larger than 10 MB */
        PayloadTooLargeWithRateLimit: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlobalError"];
            };
        };
        /** @description - GlobalError: the body is larger than 10 MB */
        PayloadTooLargeWithDayLimit: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlobalError"];
            };
        };
        /** @description - GlobalError: the body is larger than 10 MB */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlobalError"];
            };
        };
        /** @description - RateLimitError: "Inbox creation rate limit exceeded" */
        InboxCreationRateLimited: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /**
         * @description - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
         *     - GlobalError: unexpected failure caught by the global handler
         */
        InternalErrorWithRateLimit: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerError"];
            };
        };
        /**
         * @description - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
         *     - GlobalError: unexpected failure caught by the global handler
         */
        InternalErrorWithDayLimit: {
            headers: {
                "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerError"];
            };
        };
        /** @description mailsim only: a send under an Idempotency-Key whose first request is still running (contracts/commune.md). Commune has no lock for this; mailsim answers a conflict instead of sending twice. */
        IdempotencyKeyInUse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlobalError"];
            };
        };
        /**
         * @description - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
         *     - GlobalError: unexpected failure caught by the global handler
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerError"];
            };
        };
    };
    parameters: {
        /** @description Domain id (a UUID; any other value is simply not found). */
        DomainIdPath: string;
        /** @description Inbox id (a UUID; any other value is simply not found). */
        InboxIdPath: string;
        /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
        ThreadIdPath: string;
        /** @description Attachment id. */
        AttachmentIdPath: string;
        /** @description Webhook delivery id (`whd_...`). */
        DeliveryIdPath: string;
        /** @description API key id (32 hex). */
        KeyIdPath: string;
        /** @description Deletion request id (`del_...`). */
        DeletionIdPath: string;
        /** @description Claim token (64 hex) from the claim email; any other length gives 400. */
        ClaimTokenPath: string;
        /** @description Inbox filter. */
        InboxIdQuery: components["schemas"]["QueryValue"];
        /** @description Domain filter. */
        DomainIdQuery: components["schemas"]["QueryValue"];
        /** @description Page size, 1-100, default 20; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        ThreadLimit: components["schemas"]["QueryValue"];
        /** @description next_cursor of the previous page: base64url JSON `{last_message_at, id}`. An undecodable cursor is ignored (first page). */
        ThreadCursor: components["schemas"]["QueryValue"];
        /** @description "desc" (default, newest activity first); any other value means ascending. */
        ThreadOrder: components["schemas"]["QueryValue"];
        /** @description 1-1000, default 50; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        MessagesLimit: components["schemas"]["QueryValue"];
        /** @description "asc" (default) or "desc". */
        AscOrder: components["schemas"]["QueryValue"];
        /** @description "desc" (default) or "asc". */
        DescOrder: components["schemas"]["QueryValue"];
        /** @description Only messages with created_at before this ISO 8601 time (compared as strings). */
        Before: components["schemas"]["QueryValue"];
        /** @description Only messages with created_at after this ISO 8601 time (compared as strings). */
        After: components["schemas"]["QueryValue"];
        /** @description Only messages whose sender identity is this address. */
        Sender: components["schemas"]["QueryValue"];
        /** @description Search text (required; blank gives 400). */
        SearchQuery: components["schemas"]["QueryValue"];
        /** @description 1-100, default 20; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        SearchLimit: components["schemas"]["QueryValue"];
        /** @description SMS filter of the real server; mailsim has no SMS and finds nothing. */
        PhoneNumberId: components["schemas"]["QueryValue"];
        /** @description SMS filter; mailsim finds nothing. */
        FromNumber: components["schemas"]["QueryValue"];
        /** @description SMS filter; mailsim finds nothing. */
        ToNumber: components["schemas"]["QueryValue"];
        /** @description URL lifetime in seconds, default 3600. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        ExpiresIn: components["schemas"]["QueryValue"];
        /** @description Alias of inbox_id. */
        InboxIdCamel: components["schemas"]["QueryValue"];
        /** @description Alias of domain_id. */
        DomainIdCamel: components["schemas"]["QueryValue"];
        /** @description `<n>d` or `<n>h` (hours round up to days); wins over days. */
        Period: components["schemas"]["QueryValue"];
        /** @description Window in days, default 7, at most 90. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        Days90: components["schemas"]["QueryValue"];
        /** @description Events of one message. */
        MessageIdQuery: components["schemas"]["QueryValue"];
        /** @description One of sent, delivered, bounced, complained, failed, delivery_delayed, suppressed, opened, clicked. */
        EventType: components["schemas"]["QueryValue"];
        /** @description Default 50, at most 200. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        Limit200: components["schemas"]["QueryValue"];
        /** @description One of pending, retrying, delivered, dead. */
        DeliveryStatus: components["schemas"]["QueryValue"];
        /** @description Only deliveries to this URL. */
        Endpoint: components["schemas"]["QueryValue"];
        /** @description Default 50, at most 100. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        Limit100: components["schemas"]["QueryValue"];
        /** @description Deliveries to skip, default 0. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        Offset: components["schemas"]["QueryValue"];
        /** @description Domain the report belongs to (stored as our_domain_id). */
        DmarcDomainId: components["schemas"]["QueryValue"];
        /** @description Domain name (required; compared lower-cased). */
        DmarcDomain: components["schemas"]["QueryValue"];
        /** @description Window in days, default 30, at most 365. Parsed leniently, as the real server does: a value that is not a number gives the default. */
        Days365: components["schemas"]["QueryValue"];
        /** @description Comma-separated event types (email.received, email.sent, sms.received, sms.sent, sms.status_updated); unknown names are dropped; default all. */
        StreamEvents: components["schemas"]["QueryValue"];
        /** @description Any string. The first 202 for a key is kept for the organisation for 24 hours; a later send with the same key gets that status and body again with `Idempotency-Replayed: true` and sends nothing. The body is not compared, and the check runs after the rate limits, so a replay still counts toward them. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Emails allowed per hour for the tier (send only). */
        "X-RateLimit-Limit-Hour": number;
        /** @description Emails left this hour, this request included. */
        "X-RateLimit-Remaining-Hour": number;
        /** @description Unix seconds: now + 1 hour (Commune always answers now + window). */
        "X-RateLimit-Reset-Hour": number;
        /** @description Allowed per day for the tier: emails on send, new inboxes on inbox create, new domains on domain create. */
        "X-RateLimit-Limit-Day": number;
        /** @description Left in the 24 h window, this request included. */
        "X-RateLimit-Remaining-Day": number;
        /** @description Unix seconds: now + 24 hours. */
        "X-RateLimit-Reset-Day": number;
        /** @description Draft-6 header of the per-IP limiters on the agent auth routes and feedback. */
        "RateLimit-Limit": number;
        /** @description Draft-6: requests left in the window. */
        "RateLimit-Remaining": number;
        /** @description Draft-6: seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description Draft-6: `<limit>;w=<window seconds>`. */
        "RateLimit-Policy": string;
        /** @description Seconds to wait. Sent with a sliding-window or per-IP 429; not with the burst limit, the per-inbox daily limit or the warm-up limit. */
        "Retry-After": number;
        /** @description "true" on a response replayed for a repeated Idempotency-Key. */
        "Idempotency-Replayed": "true";
        /** @description Server clock in Unix milliseconds; on every response to an accepted agent-signed (Authorization: Agent) request. */
        "X-Commune-Server-Time": string;
        /** @description Sending health of the organisation. */
        "X-Sending-Health": "healthy" | "warning" | "throttled" | "paused";
        /** @description 24 h bounce rate, 4 decimals. */
        "X-Bounce-Rate": string;
        /** @description 24 h complaint rate, 4 decimals. */
        "X-Complaint-Rate": string;
        /** @description "gmail-clip" when the body is over 102400 bytes. */
        "X-Content-Warning": "gmail-clip";
        /** @description Body size in bytes, with X-Content-Warning. */
        "X-Content-Size": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domains. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Domain"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateDomainRequest"];
            };
        };
        responses: {
            /** @description The new domain (without `inboxes`). */
            201: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainEnvelope"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required field: name": no `name`
             *     - ProviderError: the provider refused the name
             */
            400: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required field: name";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"] | components["schemas"]["ProviderError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description - PermissionError: the API key lacks domains:write (agent signatures skip scope checks)
             *     - PlanDomainsError: the organisation is on the free tier
             *     - QuotaError: the tier's custom-domain cap is reached
             */
            403: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionError"] | components["schemas"]["PlanDomainsError"] | components["schemas"]["QuotaError"];
                };
            };
            413: components["responses"]["PayloadTooLargeWithDayLimit"];
            /** @description - RateLimitError: "Domain creation rate limit exceeded" */
            429: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitError"];
                };
            };
            500: components["responses"]["InternalErrorWithDayLimit"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsRead"];
            404: components["responses"]["DomainNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider's answer. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DomainVerifyResult"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - ProviderError: the provider refused the check
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"] | components["schemas"]["ProviderError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsWrite"];
            404: components["responses"]["DomainNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getDomainRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DnsRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsRead"];
            404: components["responses"]["DomainNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listInboxes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inboxes. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InboxWithDomain"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateInboxRequest"];
            };
        };
        responses: {
            /** @description The new inbox with domain_id and domain_name. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InboxWithDomain"];
                    };
                };
            };
            400: components["responses"]["BadInboxRequest"];
            401: components["responses"]["UnauthenticatedOrAgentGone"];
            403: components["responses"]["InboxCreationForbidden"];
            404: components["responses"]["DomainNotFoundWithDayLimit"];
            409: components["responses"]["InboxLocalPartTaken"];
            413: components["responses"]["PayloadTooLargeWithDayLimit"];
            429: components["responses"]["InboxCreationRateLimited"];
            500: components["responses"]["InternalErrorWithDayLimit"];
        };
    };
    listDomainInboxes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inboxes. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Inbox"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createDomainInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateDomainInboxRequest"];
            };
        };
        responses: {
            /** @description The new inbox. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxEnvelope"];
                };
            };
            400: components["responses"]["BadInboxRequest"];
            401: components["responses"]["UnauthenticatedOrAgentGone"];
            403: components["responses"]["InboxCreationForbidden"];
            404: components["responses"]["DomainNotFoundWithDayLimit"];
            409: components["responses"]["InboxLocalPartTaken"];
            413: components["responses"]["PayloadTooLargeWithDayLimit"];
            429: components["responses"]["InboxCreationRateLimited"];
            500: components["responses"]["InternalErrorWithDayLimit"];
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
                /** @description Inbox id (a UUID; any other value is simply not found). */
                inboxId: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InboxFound"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesRead"];
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    updateInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
                /** @description Inbox id (a UUID; any other value is simply not found). */
                inboxId: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateInboxRequest"];
            };
        };
        responses: {
            /** @description The updated inbox. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxEnvelope"];
                };
            };
            400: components["responses"]["BadRequestOrInvalidBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesWrite"];
            404: components["responses"]["InboxNotFound"];
            /** @description - plain "An inbox with this local part already exists on this domain": mailsim only: the local part (compared case-insensitively) is taken on that domain */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxLocalPartTakenError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
                /** @description Inbox id (a UUID; any other value is simply not found). */
                inboxId: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesWrite"];
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setExtractionSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
                /** @description Inbox id (a UUID; any other value is simply not found). */
                inboxId: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExtractionSchemaRequest"];
            };
        };
        responses: {
            /** @description The inbox with extractionSchema. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxEnvelope"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required fields: name and schema", "Schema must be a valid JSON object", "Schema must be a valid JSON Schema with type: "object" and properties": name/schema missing, schema not an object, schema not an object schema
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required fields: name and schema" | "Schema must be a valid JSON object" | "Schema must be a valid JSON Schema with type: \"object\" and properties";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description - PermissionError: the API key lacks inboxes:write (agent signatures skip scope checks)
             *     - PlanFeatureError: feature "structuredExtraction" (free tier)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionOrPlanFeatureError"];
                };
            };
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    removeExtractionSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain id (a UUID; any other value is simply not found). */
                domainId: components["parameters"]["DomainIdPath"];
                /** @description Inbox id (a UUID; any other value is simply not found). */
                inboxId: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InboxFound"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeInboxesWrite"];
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description Page size, 1-100, default 20; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["ThreadLimit"];
                /** @description next_cursor of the previous page: base64url JSON `{last_message_at, id}`. An undecodable cursor is ignored (first page). */
                cursor?: components["parameters"]["ThreadCursor"];
                /** @description "desc" (default, newest activity first); any other value means ascending. */
                order?: components["parameters"]["ThreadOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of threads. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPage"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required query parameter: inbox_id or domain_id": no filter
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required query parameter: inbox_id or domain_id";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getThreadMessages: {
        parameters: {
            query?: {
                /** @description 1-1000, default 50; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["MessagesLimit"];
                /** @description "asc" (default) or "desc". */
                order?: components["parameters"]["AscOrder"];
            };
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessagesListed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getThreadMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TriageState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    setThreadStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThreadStatusRequest"];
            };
        };
        responses: {
            200: components["responses"]["TriageState"];
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Invalid status. Must be one of: open, needs_reply, waiting, closed": missing or other
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Invalid status. Must be one of: open, needs_reply, waiting, closed";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsWrite"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    addThreadTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThreadTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["TriageState"];
            400: components["responses"]["BadTagsRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsWrite"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    removeThreadTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThreadTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["TriageState"];
            400: components["responses"]["BadTagsRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsWrite"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    assignThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`). */
                threadId: components["parameters"]["ThreadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssignThreadRequest"];
            };
        };
        responses: {
            200: components["responses"]["TriageState"];
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "assigned_to must be a string or null": missing, or neither a string nor null
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "assigned_to must be a string or null";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeThreadsWrite"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string. The first 202 for a key is kept for the organisation for 24 hours; a later send with the same key gets that status and body again with `Idempotency-Replayed: true` and sends nothing. The body is not compared, and the check runs after the rate limits, so a replay still counts toward them. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    "X-Sending-Health": components["headers"]["X-Sending-Health"];
                    "X-Bounce-Rate": components["headers"]["X-Bounce-Rate"];
                    "X-Complaint-Rate": components["headers"]["X-Complaint-Rate"];
                    "X-Content-Warning": components["headers"]["X-Content-Warning"];
                    "X-Content-Size": components["headers"]["X-Content-Size"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SendResult"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: the body breaks the send schema (zod rules)
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - TooManyRecipientsError: more than 50 recipients
             *     - SpamFlaggedError: content scored as spam
             */
            400: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"] | components["schemas"]["TooManyRecipientsError"] | components["schemas"]["SpamFlaggedError"];
                };
            };
            401: components["responses"]["UnauthenticatedOrAgentGone"];
            /**
             * @description - OwnershipRequiredError: an agent-signed request by an unclaimed agent
             *     - PermissionError: the API key lacks messages:write (agent signatures skip scope checks)
             *     - SendingPausedError: sending paused by bounce/complaint health
             *     - plain "Sender address not owned by your organization": mailsim only, `from` names an inbox or domain of another organisation (see contracts/commune.md, Sender ownership)
             */
            403: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipRequiredError"] | components["schemas"]["PermissionError"] | components["schemas"]["SendingPausedError"] | components["schemas"]["PlainError"];
                };
            };
            /** @description - plain "Inbox not found", "Domain not found": mailsim only, see Deviation */
            404: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Inbox not found" | "Domain not found";
                    };
                };
            };
            409: components["responses"]["IdempotencyKeyInUse"];
            /** @description - GlobalError: the body is larger than 10 MB */
            413: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalError"];
                };
            };
            /**
             * @description - RateLimitError: "Hourly email rate limit exceeded" or "Daily email rate limit exceeded"
             *     - BurstLimitError: burst limit
             *     - WarmupLimitError: domain warm-up cap
             *     - InboxDailyLimitError: per-inbox daily cap
             */
            429: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitError"] | components["schemas"]["BurstLimitError"] | components["schemas"]["WarmupLimitError"] | components["schemas"]["InboxDailyLimitError"];
                };
            };
            /**
             * @description - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
             *     - GlobalError: unexpected failure caught by the global handler
             */
            500: {
                headers: {
                    "X-RateLimit-Limit-Hour": components["headers"]["X-RateLimit-Limit-Hour"];
                    "X-RateLimit-Remaining-Hour": components["headers"]["X-RateLimit-Remaining-Hour"];
                    "X-RateLimit-Reset-Hour": components["headers"]["X-RateLimit-Reset-Hour"];
                    "X-RateLimit-Limit-Day": components["headers"]["X-RateLimit-Limit-Day"];
                    "X-RateLimit-Remaining-Day": components["headers"]["X-RateLimit-Remaining-Day"];
                    "X-RateLimit-Reset-Day": components["headers"]["X-RateLimit-Reset-Day"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description Only messages whose sender identity is this address. */
                sender?: components["parameters"]["Sender"];
                /** @description 1-1000, default 50; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["MessagesLimit"];
                /** @description "desc" (default) or "asc". */
                order?: components["parameters"]["DescOrder"];
                /** @description Only messages with created_at before this ISO 8601 time (compared as strings). */
                before?: components["parameters"]["Before"];
                /** @description Only messages with created_at after this ISO 8601 time (compared as strings). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessagesListed"];
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Provide at least one filter: sender, domain_id, or inbox_id": no filter
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Provide at least one filter: sender, domain_id, or inbox_id";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    searchThreads: {
        parameters: {
            query?: {
                /** @description Search text (required; blank gives 400). */
                q?: components["parameters"]["SearchQuery"];
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description SMS filter of the real server; mailsim has no SMS and finds nothing. */
                phone_number_id?: components["parameters"]["PhoneNumberId"];
                /** @description SMS filter; mailsim finds nothing. */
                from_number?: components["parameters"]["FromNumber"];
                /** @description SMS filter; mailsim finds nothing. */
                to_number?: components["parameters"]["ToNumber"];
                /** @description 1-100, default 20; clamped. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["SearchLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching threads. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required query parameter: q", "At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number": no q, or no filter
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required query parameter: q" | "At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["SearchForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    searchLegacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LegacySearchRequest"];
            };
        };
        responses: {
            /** @description Matching threads. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: (components["schemas"]["KeywordSearchHit"] | components["schemas"]["VectorSearchHit"] | components["schemas"]["RegexSearchHit"])[];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required field: query", "At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber": no query, or no filter
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required field: query" | "At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["SearchForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    indexSearchDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            200: components["responses"]["SearchIndexIgnored"];
            400: components["responses"]["BadRequestOrInvalidBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["SemanticSearchNotInPlan"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    indexSearchBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            200: components["responses"]["SearchIndexIgnored"];
            400: components["responses"]["BadRequestOrInvalidBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["SemanticSearchNotInPlan"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            /** @description The stored attachment. */
            201: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UploadedAttachment"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required fields: content, filename, mime_type": one of the three is missing
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required fields: content, filename, mime_type";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description - PermissionError: the API key lacks attachments:write (agent signatures skip scope checks) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionError"];
                };
            };
            /**
             * @description - GlobalError: the body is larger than 10 MB
             *     - StorageQuotaError: the tier's storage would be exceeded
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalError"] | components["schemas"]["StorageQuotaError"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attachment id. */
                attachmentId: components["parameters"]["AttachmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metadata. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AttachmentRecord"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeAttachmentsRead"];
            404: components["responses"]["AttachmentNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getAttachmentUrl: {
        parameters: {
            query?: {
                /** @description URL lifetime in seconds, default 3600. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                expires_in?: components["parameters"]["ExpiresIn"];
            };
            header?: never;
            path: {
                /** @description Attachment id. */
                attachmentId: components["parameters"]["AttachmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The URL. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AttachmentUrl"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Attachment has no accessible content": real server only: storage lost the content
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Attachment has no accessible content";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeAttachmentsRead"];
            404: components["responses"]["AttachmentNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getDeliveryMetrics: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Alias of inbox_id. */
                inboxId?: components["parameters"]["InboxIdCamel"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description Alias of domain_id. */
                domainId?: components["parameters"]["DomainIdCamel"];
                /** @description `<n>d` or `<n>h` (hours round up to days); wins over days. */
                period?: components["parameters"]["Period"];
                /** @description Window in days, default 7, at most 90. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                days?: components["parameters"]["Days90"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeliveryMetrics"];
                    };
                };
            };
            400: components["responses"]["DeliveryFilterMissing"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listDeliveryEvents: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Alias of inbox_id. */
                inboxId?: components["parameters"]["InboxIdCamel"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description Alias of domain_id. */
                domainId?: components["parameters"]["DomainIdCamel"];
                /** @description Events of one message. */
                message_id?: components["parameters"]["MessageIdQuery"];
                /** @description Alias of message_id. */
                messageId?: components["schemas"]["QueryValue"];
                /** @description One of sent, delivered, bounced, complained, failed, delivery_delayed, suppressed, opened, clicked. */
                event_type?: components["parameters"]["EventType"];
                /** @description Alias of event_type. */
                eventType?: components["schemas"]["QueryValue"];
                /** @description Default 50, at most 200. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["Limit200"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeliveryEvent"][];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Provide at least one of: inbox_id, domain_id, message_id": no filter
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Provide at least one of: inbox_id, domain_id, message_id";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listSuppressions: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Alias of inbox_id. */
                inboxId?: components["parameters"]["InboxIdCamel"];
                /** @description Domain filter. */
                domain_id?: components["parameters"]["DomainIdQuery"];
                /** @description Alias of domain_id. */
                domainId?: components["parameters"]["DomainIdCamel"];
                /** @description Default 50, at most 200. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["Limit200"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suppressions. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Suppression"][];
                    };
                };
            };
            400: components["responses"]["DeliveryFilterMissing"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description One of pending, retrying, delivered, dead. */
                status?: components["parameters"]["DeliveryStatus"];
                /** @description Only deliveries to this URL. */
                endpoint?: components["parameters"]["Endpoint"];
                /** @description Default 50, at most 100. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["Limit100"];
                /** @description Deliveries to skip, default 0. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook delivery id (`whd_...`). */
                deliveryId: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: components["schemas"]["WebhookDeliveryDetail"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            404: components["responses"]["DeliveryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook delivery id (`whd_...`). */
                deliveryId: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requeued. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                        /** @constant */
                        message: "Delivery queued for retry";
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Delivery already succeeded", "Failed to requeue delivery": delivered, or pending
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Delivery already succeeded" | "Failed to requeue delivery";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesWrite"];
            404: components["responses"]["DeliveryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The health report. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookHealth"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookTestRequest"];
            };
        };
        responses: {
            /** @description The outcome. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookTestResult"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Missing required field: inbox_id", "No webhook URL configured for this inbox", "Invalid webhook URL. Only HTTPS URLs with public hostnames are allowed.": no inbox_id, no endpoint, or (mailsim) an endpoint that is not an http(s) URL
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Missing required field: inbox_id" | "No webhook URL configured for this inbox" | "Invalid webhook URL. Only HTTPS URLs with public hostnames are allowed.";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeMessagesWrite"];
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listDmarcReports: {
        parameters: {
            query?: {
                /** @description Domain name (required; compared lower-cased). */
                domain?: components["parameters"]["DmarcDomain"];
                /** @description Default 50, at most 200. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                limit?: components["parameters"]["Limit200"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DmarcReport"][];
                    };
                };
            };
            400: components["responses"]["DmarcDomainMissing"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    submitDmarcReport: {
        parameters: {
            query?: {
                /** @description Domain the report belongs to (stored as our_domain_id). */
                domain_id?: components["parameters"]["DmarcDomainId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/xml": string;
                "text/xml": string;
                "application/gzip": string;
                "application/zip": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description A summary of the stored report. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DmarcSubmitResult"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Failed to parse DMARC report": no <feedback> document (an empty body included)
             *     - ValidationError: mailsim only: a Content-Type the operation does not take, e.g. text/plain (the real server fails that with a 500)
             *     - GlobalError: a body declared application/json that is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Failed to parse DMARC report";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"] | components["schemas"]["ValidationError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsWrite"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getDmarcSummary: {
        parameters: {
            query?: {
                /** @description Domain name (required; compared lower-cased). */
                domain?: components["parameters"]["DmarcDomain"];
                /** @description Window in days, default 30, at most 365. Parsed leniently, as the real server does: a value that is not a number gives the default. */
                days?: components["parameters"]["Days365"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary, or data null. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DmarcSummaryResult"];
                };
            };
            400: components["responses"]["DmarcDomainMissing"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["MissingScopeDomainsRead"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgentOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrgFound"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    updateAgentOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateOrgRequest"];
            };
        };
        responses: {
            200: components["responses"]["OrgFound"];
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - code `missing_fields`: name missing, blank or not a string
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "missing_timestamp_header" | "invalid_timestamp" | "missing_fields";
                    }) | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
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
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiKeys: components["schemas"]["ApiKey"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, shown once. */
            201: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - code `missing_fields`, `invalid_permissions`, `invalid_expires_in`: name missing or blank, permissions not an array, expiresIn not a positive number
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "missing_timestamp_header" | "invalid_timestamp" | "missing_fields" | "invalid_permissions" | "invalid_expires_in";
                    }) | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["UnauthenticatedOrAgentGone"];
            /** @description - OwnershipRequiredError: an agent-signed request by an unclaimed agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipRequiredError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /** @description - code `api_key_limit_reached`: 10 active keys already */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "api_key_limit_reached";
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (32 hex). */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        message: "API key revoked";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description - plain "API key not found", "API key not found or already revoked": unknown key or another organisation's; already inactive */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "API key not found" | "API key not found or already revoked";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (32 hex). */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key, shown once. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyRotated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description - plain "API key not found", "API key not found or inactive": unknown key or another organisation's; revoked or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "API key not found" | "API key not found or inactive";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    claimOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClaimOwnershipRequest"];
            };
        };
        responses: {
            /** @description The claim is pending. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimStarted"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - code `agent_signing_required`, `missing_fields`, `invalid_email`: called with an API key; ownerEmail missing or not an email
             */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "missing_timestamp_header" | "invalid_timestamp" | "agent_signing_required" | "missing_fields" | "invalid_email";
                    }) | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description - code `already_claimed`: the agent already has an owner */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "already_claimed";
                    };
                };
            };
            413: components["responses"]["PayloadTooLargeWithRateLimit"];
            /**
             * @description - code `claim_cooldown`: a claim email was sent less than 5 minutes ago
             *     - plain `{"error":"..."}`: the per-IP limiter ("Too many ...")
             */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] | (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "claim_cooldown";
                    });
                };
            };
            500: components["responses"]["InternalErrorWithRateLimit"];
            /** @description - code `email_send_failed`: the claim email could not be sent */
            502: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "email_send_failed";
                    };
                };
            };
        };
    };
    agentRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentRegisterRequest"];
            };
        };
        responses: {
            /** @description The signup token and challenge. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRegistration"];
                };
            };
            /**
             * @description - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - code `missing_fields`, `invalid_agent_purpose`, `invalid_public_key`, `invalid_org_slug`, `invalid_avatar_url`, `invalid_website_url`, `invalid_moltbook_handle`, `invalid_capabilities`: the field checks, in that order
             */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "missing_fields" | "invalid_agent_purpose" | "invalid_public_key" | "invalid_org_slug" | "invalid_avatar_url" | "invalid_website_url" | "invalid_moltbook_handle" | "invalid_capabilities";
                    }) | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            /** @description - code `slug_exists`: orgSlug is taken (by an organisation, or by an inbox on the shared domain) */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "slug_exists";
                    };
                };
            };
            413: components["responses"]["PayloadTooLargeWithRateLimit"];
            /** @description - plain "Too many registration attempts. Try again tomorrow.": per-IP limit */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Too many registration attempts. Try again tomorrow.";
                    };
                };
            };
            /**
             * @description - code `registration_failed`
             *     - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
             *     - GlobalError: unexpected failure caught by the global handler
             */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] | (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "registration_failed";
                    }) | components["schemas"]["GlobalError"] | components["schemas"]["ContractViolationError"];
                };
            };
        };
    };
    agentVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentVerifyRequest"];
            };
        };
        responses: {
            /** @description The agent identity. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentVerification"];
                };
            };
            /**
             * @description - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - code `missing_fields`, `invalid_challenge_response`, `invalid_signature_format`: a field missing; wrong challenge response (message "Challenge response invalid: <reason>"); signature not a string
             */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "missing_fields" | "invalid_challenge_response" | "invalid_signature_format";
                    }) | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            /** @description - code `invalid_token`, `invalid_signature`: unknown or expired (15 min) token; bad signature */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "invalid_token" | "invalid_signature";
                    };
                };
            };
            413: components["responses"]["PayloadTooLargeWithRateLimit"];
            /** @description - plain "Too many verification attempts.": per-IP limit */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Too many verification attempts.";
                    };
                };
            };
            /**
             * @description - code `verification_failed`
             *     - plain `{"error":"..."}`: the operation failed (e.g. "Failed to list inboxes", "Authentication error")
             *     - GlobalError: unexpected failure caught by the global handler
             */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] | (components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "verification_failed";
                    }) | components["schemas"]["GlobalError"] | components["schemas"]["ContractViolationError"];
                };
            };
        };
    };
    getClaimDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Claim token (64 hex) from the claim email; any other length gives 400. */
                token: components["parameters"]["ClaimTokenPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetails"];
                };
            };
            400: components["responses"]["ClaimTokenInvalid"];
            /** @description - code `not_found`: unknown or expired token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimNotFoundError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Claim token (64 hex) from the claim email; any other length gives 400. */
                token: components["parameters"]["ClaimTokenPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claimed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimAccepted"];
                };
            };
            400: components["responses"]["ClaimTokenInvalid"];
            /** @description - code `not_found`: unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimNotFoundError"];
                };
            };
            /** @description - code `expired`: the 24 h claim window has passed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "expired";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    previewDataDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeletionRequestRequest"];
            };
        };
        responses: {
            /** @description The request, with its token. */
            201: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionRequestCreated"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Invalid scope. Must be one of: organization, inbox, messages", "inbox_id is required for inbox-scoped deletion", "Invalid "before" date format. Use ISO 8601.", "Inbox not found": bad scope, missing inbox_id, bad date, an inbox_id that is not the organisation's
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Invalid scope. Must be one of: organization, inbox, messages" | "inbox_id is required for inbox-scoped deletion" | "Invalid \"before\" date format. Use ISO 8601." | "Inbox not found";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description - plain "Insufficient permissions. API key requires "admin" or "data:delete" permission." */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Insufficient permissions. API key requires \"admin\" or \"data:delete\" permission.";
                    };
                };
            };
            /** @description - plain matching `active deletion request already exists`: another request is active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        error?: unknown;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmDataDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deletion request id (`del_...`). */
                id: components["parameters"]["DeletionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConfirmDeletionRequest"];
            };
        };
        responses: {
            /** @description The completed request. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionRequestConfirmed"];
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "confirmation_token is required", matching `^Deletion request is [a-z]+, cannot confirm$`, matching `^Deletion failed: `: no token; request not pending; execution failed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        error?: "confirmation_token is required" | unknown | unknown;
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description - plain "Invalid confirmation token" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Invalid confirmation token";
                    };
                };
            };
            404: components["responses"]["DeletionRequestNotFound"];
            /** @description - plain matching `expired`: past confirm_by; the request becomes "expired" */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        error?: unknown;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getDataDeletionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deletion request id (`del_...`). */
                id: components["parameters"]["DeletionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["DeletionRequestNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    getMeLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Limits and usage. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MeLimits"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    submitFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FeedbackRequest"];
            };
        };
        responses: {
            /** @description Received. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeedbackReceipt"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain "Invalid request body": type, message or context invalid
             */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Invalid request body";
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLargeWithRateLimit"];
            /** @description - plain `{"error":"..."}`: the per-organisation limiter */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"];
                };
            };
            500: components["responses"]["InternalErrorWithRateLimit"];
        };
    };
    getCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreditBalance"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    listCreditBundles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundles. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreditBundle"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    createCreditsCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreditsCheckoutRequest"];
            };
        };
        responses: {
            /** @description A checkout URL (real server only). */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreditCheckout"];
                    };
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - ValidationError: mailsim only: the body is not a JSON object, or a field breaks its declared type
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - FlattenedValidationError: bundle missing or unknown, or a URL invalid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimestampHeaderError"] | components["schemas"]["ValidationError"] | components["schemas"]["GlobalError"] | components["schemas"]["FlattenedValidationError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            /** @description - code `credit_bundles_not_configured`: no payment provider */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeError"] & {
                        /** @enum {unknown} */
                        error?: "credit_bundles_not_configured";
                    };
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Comma-separated event types (email.received, email.sent, sms.received, sms.sent, sms.status_updated); unknown names are dropped; default all. */
                events?: components["parameters"]["StreamEvents"];
                /** @description Inbox filter. */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description SMS filter of the real server; mailsim has no SMS and finds nothing. */
                phone_number_id?: components["parameters"]["PhoneNumberId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    "X-Commune-Server-Time": components["headers"]["X-Commune-Server-Time"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /**
             * @description - code `missing_timestamp_header`, `invalid_timestamp`: an agent-signed request without a usable X-Commune-Timestamp
             *     - GlobalError: a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)
             *     - plain matching `^No valid event types specified`: `events` names no known type
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PlainError"] & {
                        error?: unknown;
                    }) | components["schemas"]["TimestampHeaderError"] | components["schemas"]["GlobalError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            /** @description - plain "Event stream unavailable: Redis not configured": real server only */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlainError"] & {
                        /** @enum {unknown} */
                        error?: "Event stream unavailable: Redis not configured";
                    };
                };
            };
        };
    };
}
