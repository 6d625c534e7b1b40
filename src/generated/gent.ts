// Generated from contracts/gent.yaml by scripts/contracts/types.mjs (openapi-typescript 7.13.0).
// Do not edit: change the contract, then run `npm run contracts:types`.

export interface paths {
    "/v1/reference/api/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the live schema
         * @description CONFIRMED path and purpose ("read the live schema", to generate types or validate a builder); INVENTED body. This OpenAPI 3.1 document as JSON.
         */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/waitlist/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for access
         * @description CONFIRMED. Always 202 pending, whether or not the address was already listed (it never says); repeating it changes nothing. Public, with the stricter per-address rate limit of public endpoints.
         */
        post: operations["joinWaitlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description CONFIRMED request and response. Access tokens live 15 minutes and refresh tokens 30 days on the engine clock (INVENTED lifetimes). Wrong email or password is a 401 `invalid_credentials`. MFA challenges are not emulated.
         */
        post: operations["loginSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the access token
         * @description CONFIRMED. Returns a new access token only. An expired, malformed or logged-out refresh token is a 401 `invalid_token`.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description CONFIRMED. Ends the session; its access and refresh tokens stop working at once.
         */
        post: operations["logoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description CONFIRMED path; INVENTED envelope (Gent's offset envelope), oldest first.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a sending domain
         * @description CONFIRMED request and DNS records; INVENTED object layout. DMARC defaults to `quarantine`, or `reject` for a dedicated subdomain. The domain starts `pending`; 409 `domain_exists` when any organisation already has it.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        /**
         * Get a domain
         * @description CONFIRMED path (by name); INVENTED object layout.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a domain
         * @description CONFIRMED. 409 `domain_has_inboxes` while inboxes exist on it.
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}/verify/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the DNS check and verify
         * @description CONFIRMED. mailsim simulates DNS, so every record checks valid and the domain becomes `verified` at once (Gent warns propagation can take up to 48 h).
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}/check/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        /**
         * Check each DNS record
         * @description CONFIRMED (per-record status, changes nothing); INVENTED layout. Records read `valid` once the domain is verified, `pending` before.
         */
        get: operations["checkDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inboxes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inboxes
         * @description INFERRED path; INVENTED envelope (offset). An agent token sees only its own inbox.
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Create an inbox
         * @description CONFIRMED request (`address` on a verified domain, answer includes `inbox_id`); INVENTED object layout. 400 `domain_not_verified` when the address's domain is not a verified domain of the organisation; 409 `address_taken`; 403 `plan_limit_reached` past the plan's inbox count.
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inboxes/{inbox_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an inbox
         * @description INFERRED path; INVENTED layout. The id may also be the inbox's address.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        /**
         * Delete an inbox
         * @description INFERRED. Deletes the inbox with its messages, threads and notes, and revokes its tokens.
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        /**
         * Change inbox settings
         * @description CONFIRMED setting names (`default_timezone`, `webhook_events`); INVENTED path and `webhook_url`. `default_timezone` is an IANA name (null clears it). Setting a new `webhook_url` answers a fresh `webhook_secret` once; the inbox's webhook then receives the listed `webhook_events`, signed like alerts.
         */
        patch: operations["updateInbox"];
        trace?: never;
    };
    "/v1/tokens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agent tokens
         * @description INFERRED capability ("rotate and revoke in the dashboard or API"); INVENTED path and envelope. No secrets; revoked tokens are listed with `revoked_at`.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an agent token
         * @description CONFIRMED request; INFERRED response. The raw `gent_…` token is in this answer only (mailsim stores its hash). 400 for an unknown scope or a `requires_approval` entry not in `scopes`; 404 for an inbox outside the organisation.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{token_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent token
         * @description INVENTED path. No secret.
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /**
         * Revoke an agent token
         * @description CONFIRMED capability; INVENTED path. The token is refused (401) from the next request on. Revoking twice is a 204 both times.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{token_id}/rotate/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an agent token
         * @description CONFIRMED capability; INVENTED path and semantics. Same `token_id`, scopes and inbox; a new raw token, shown once; the old value is refused at once. A revoked token cannot be rotated (400 `token_revoked`).
         */
        post: operations["rotateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description CONFIRMED parameters (`limit`, `after`, `before`, `inbox_id` for session callers); INVENTED envelope (Gent's offset envelope). Newest first. `after`/`before` take an ISO date-time with offset, a naive date-time or date (read in the inbox's timezone, else UTC) or epoch seconds.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send (or reply to) a message
         * @description CONFIRMED request and both answers. 201 `{message_id, thread_id}` once the message is stored and queued for delivery (real MIME through mailsim's SMTP plane). When the agent token lists `email:send` in `requires_approval`, nothing is sent: 202 `{queued: true, approval_id}` and the held action waits for `POST /v1/approvals/{id}/approve/`.
         *
         *     With `reply_to_message_id` the reply joins that message's thread, `subject` defaults to "Re: " + the original's, `to` defaults to the original's Reply-To or sender (outbound originals: its recipients), and In-Reply-To/References chain. Otherwise `to` is required. At least one of `text_body`/`html_body` is required; `attachments[].blob_id` must be uploads of the organisation (`POST /v1/blobs/`). Session callers name the sending inbox with `inbox_id` (an id or address); agent tokens send from their own inbox.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{message_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * Get a message
         * @description CONFIRMED fields named (sender, recipients, subject, snippet, labels, attachments); INVENTED layout. Adds `text_body` and `html_body`. Another inbox's message is a 404 for an agent token.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blobs/": {
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
         * @description INVENTED (Gent's upload path is not public; sends reference uploads by `blob_id`). Multipart form with one `file` part, at most 10 MB.
         */
        post: operations["uploadBlob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/threads/{thread_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * Get a thread
         * @description INFERRED path (by analogy with the notes and assign paths); INVENTED layout.
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
    "/v1/messages/threads/{thread_id}/notes/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * List a thread's notes
         * @description CONFIRMED (bare array; notes expire after 90 days; startup plan or above, else 403 `plan_required`).
         */
        get: operations["listThreadNotes"];
        put?: never;
        /**
         * Add a note to a thread
         * @description CONFIRMED. `mentions` are addresses of inboxes in the organisation (anything else is a 400 naming it); each mentioned inbox except the author's gets a pending agenda task. Session callers may name the author with `inbox_id` (default the thread's inbox).
         */
        post: operations["createThreadNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/threads/{thread_id}/notes/{note_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note
         * @description CONFIRMED. Only the author's agent token may delete it (403 `not_note_author`); a session may delete any note of its organisation.
         */
        delete: operations["deleteThreadNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/threads/{thread_id}/assign/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a thread to another inbox
         * @description CONFIRMED path and effect (`thread.assigned` fires); INFERRED body `{to_inbox_id}`. The assignee inbox gets a pending agenda task.
         */
        post: operations["assignThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List held actions
         * @description CONFIRMED (bare array, keyed `approval_id`). Newest first; a pending action past its 24 h reads `expired`. INVENTED `status` filter.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approval_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        /**
         * Get a held action
         * @description CONFIRMED, including Gent's inconsistency (the id is keyed `action_id` here). INVENTED additions `resolved_at` and `result`.
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approval_id}/approve/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and run a held action
         * @description CONFIRMED. Runs the original action unchanged, exactly once. 400 `approval_expired` after 24 h, 400 `approval_already_processed` once approved or rejected (so a retried or concurrent approve never sends twice); 404 for another inbox's action. 502 only through fault injection.
         */
        post: operations["approveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approval_id}/reject/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a held action
         * @description CONFIRMED. The action is dropped; 400 as for approve once expired or processed.
         */
        post: operations["rejectAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage this billing period
         * @description CONFIRMED path and scope; INVENTED body. Counted from the emulator's state for the calendar month (UTC, engine clock). `limits` are the plan's (null = unlimited); only the inbox count is enforced.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description CONFIRMED (`q`, `inbox_id`, `position`, `limit` 1-200 default 50; `{results, total, position, limit}`). `q` matches name or address, case-insensitively.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description CONFIRMED request; INVENTED `inbox_id` and `created_at` in the answer. Anniversary dates are `YYYY-MM-DD` or `--MM-DD`.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contact_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact
         * @description CONFIRMED (adds `active_sequences`; sequences are not emulated, so it is always empty).
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description INVENTED (offset envelope, newest first).
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Create a file
         * @description CONFIRMED request (spreadsheet example); INVENTED answer and `content` (the text of a document).
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Get a file
         * @description INVENTED path.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/rows/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append rows to a spreadsheet
         * @description CONFIRMED request; INVENTED answer. Each call makes a new version. A document is a 400 `not_a_spreadsheet`.
         */
        post: operations["appendFileRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/link/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a signed download link
         * @description CONFIRMED (signed link; the download needs no auth); INVENTED answer and 1 h lifetime.
         */
        post: operations["createFileLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/download/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Download through a signed link
         * @description INVENTED path (the link from `POST /v1/files/{id}/link/`). A spreadsheet downloads as CSV, a document as text. A wrong or expired signature is a 403 `invalid_signature`.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/versions/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Version history
         * @description CONFIRMED path; INVENTED body (bare array, newest first).
         */
        get: operations["listFileVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description INVENTED (offset envelope, newest first; scope `task:read` INFERRED).
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description CONFIRMED scope `task:write`; INVENTED path and shapes. A task without `due_at` is pending (listed first on the agenda).
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update or complete a task
         * @description INVENTED. `status` `done` sets `completed_at`.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/agenda/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agenda
         * @description CONFIRMED path and order (pending items without a due date first, then dated items); INVENTED envelope and scope. Open tasks only.
         */
        get: operations["getAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activity/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contact's activity timeline
         * @description CONFIRMED (per contact, never inbox-wide; `contact_id` or `address` required; cursor pages `{events, cursor}` with a null cursor on the last page; `since` holds across pages). Newest first. Entries are made when mail is sent to or received from the address.
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow rules
         * @description INVENTED (offset envelope, oldest first).
         */
        get: operations["listWorkflowRules"];
        put?: never;
        /**
         * Create a workflow rule
         * @description CONFIRMED rule shape; INVENTED answer and `secret` (shown once; signs the rule's webhook writes). Rules run on inbound mail (`email_received`); conditions are ANDed.
         */
        post: operations["createWorkflowRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{rule_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a workflow rule
         * @description INVENTED.
         */
        delete: operations["deleteWorkflowRule"];
        options?: never;
        head?: never;
        /**
         * Change a workflow rule
         * @description CONFIRMED (partial update).
         */
        patch: operations["updateWorkflowRule"];
        trace?: never;
    };
    "/v1/work-routes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List work routes
         * @description INVENTED (offset envelope, oldest first).
         */
        get: operations["listWorkRoutes"];
        put?: never;
        /**
         * Create a work route
         * @description CONFIRMED path and scope; INVENTED body (request type, routing mode, recipients, completion rule, response phrases). Stored only; routing is not simulated.
         */
        post: operations["createWorkRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event notifications
         * @description CONFIRMED (bare array keyed `id`). Oldest first.
         */
        get: operations["listAlerts"];
        put?: never;
        /**
         * Create an event notification
         * @description CONFIRMED request (`delivery` webhook or task, `retries` default 3, `backoff` immediate/fixed/exponential, `threshold` for cap.reached); INVENTED answer and `secret` (shown once; signs webhook deliveries, see the WebhookEvent schema). For a `task` delivery, `target` is a summary template with `{field}` taken from the event payload.
         */
        post: operations["createAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{alert_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * Get an event notification
         * @description CONFIRMED.
         */
        get: operations["getAlert"];
        put?: never;
        post?: never;
        /**
         * Delete an event notification
         * @description INFERRED.
         */
        delete: operations["deleteAlert"];
        options?: never;
        head?: never;
        /**
         * Change an event notification
         * @description CONFIRMED (also takes `enabled`).
         */
        patch: operations["updateAlert"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Id: string;
        /** Format: date-time */
        Timestamp: string;
        /** Format: date-time */
        NullableTimestamp: string | null;
        Error: {
            detail: string;
            code: string;
            errors?: {
                [key: string]: string[];
            };
            required_scope?: components["schemas"]["Scope"];
            retry_after?: number;
        };
        /**
         * @description Scopes seen in Gent's documentation; calendar:read, labels:read, sequences:read and task:read are INFERRED.
         * @enum {string}
         */
        Scope: "email:read" | "email:send" | "email:write" | "files:read" | "files:write" | "contacts:read" | "contacts:write" | "calendar:read" | "calendar:write" | "labels:read" | "labels:write" | "task:read" | "task:write" | "workflows:read" | "workflows:write" | "work_routes:read" | "work_routes:write" | "sequences:read" | "sequences:write" | "alerts:read" | "alerts:write" | "approvals:read" | "approvals:write" | "billing:read" | "context:read" | "context:write";
        /**
         * @description Event types alerts and inbox webhooks can carry (message and thread types CONFIRMED; approval.*, token.* INVENTED names for Gent's admin-only approval types and audit events). cap.reached is accepted but never emitted.
         * @enum {string}
         */
        EventType: "message.received" | "message.sent" | "thread.assigned" | "approval.requested" | "approval.approved" | "approval.rejected" | "approval.expired" | "token.created" | "token.rotated" | "token.revoked" | "cap.reached";
        OpenApiDocument: {
            /** @constant */
            openapi: "3.1.0";
            info: Record<string, never>;
            servers?: unknown[];
            paths: Record<string, never>;
            components: Record<string, never>;
        };
        WaitlistRequest: {
            /** Format: email */
            email: string;
        };
        WaitlistResponse: {
            /** @constant */
            status: "pending";
        };
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        SessionTokens: {
            access_token: string;
            refresh_token: string;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        AccessToken: {
            access_token: string;
        };
        DnsRecord: {
            /** @enum {string} */
            type: "MX" | "TXT";
            name: string;
            value: string;
            /** @enum {string} */
            purpose: "mx" | "spf" | "dkim" | "dmarc" | "verification";
            /** @enum {string} */
            status: "pending" | "valid";
        };
        Domain: {
            domain_id: string;
            domain: string;
            /** @enum {string} */
            domain_use: "existing_domain" | "dedicated_subdomain";
            /** @enum {string} */
            dmarc_policy: "none" | "quarantine" | "reject";
            /** @enum {string} */
            status: "pending" | "verified";
            dns_records: components["schemas"]["DnsRecord"][];
            created_at: components["schemas"]["Timestamp"];
            verified_at: components["schemas"]["NullableTimestamp"];
        };
        DomainCreate: {
            /** Format: hostname */
            domain: string;
            /** @enum {string} */
            domain_use?: "existing_domain" | "dedicated_subdomain";
            /** @enum {string} */
            dmarc_policy?: "none" | "quarantine" | "reject";
        };
        DomainCheck: {
            domain: string;
            /** @enum {string} */
            status: "pending" | "verified";
            records: components["schemas"]["DnsRecord"][];
            checked_at: components["schemas"]["Timestamp"];
        };
        DomainPage: {
            results: components["schemas"]["Domain"][];
            total: number;
            position: number;
            limit: number;
        };
        Inbox: {
            inbox_id: string;
            /** Format: email */
            address: string;
            display_name: string | null;
            domain: string;
            default_timezone: string | null;
            webhook_url: string | null;
            webhook_events: components["schemas"]["EventType"][];
            /** @description Only in the answer that set a new webhook_url. */
            webhook_secret?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        InboxCreate: {
            /** Format: email */
            address: string;
            display_name?: string;
        };
        InboxUpdate: {
            display_name?: string | null;
            default_timezone?: string | null;
            /** Format: uri */
            webhook_url?: string | null;
            webhook_events?: components["schemas"]["EventType"][];
        };
        InboxPage: {
            results: components["schemas"]["Inbox"][];
            total: number;
            position: number;
            limit: number;
        };
        TokenCreate: {
            inbox_id: string;
            label: string;
            scopes: string[];
            requires_approval?: string[];
        };
        Token: {
            token_id: string;
            token_prefix: string;
            inbox_id: string;
            label: string;
            scopes: components["schemas"]["Scope"][];
            requires_approval: components["schemas"]["Scope"][];
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
            rotated_at: components["schemas"]["NullableTimestamp"];
            revoked_at: components["schemas"]["NullableTimestamp"];
        };
        TokenSecret: {
            token_id: string;
            token: string;
            token_prefix: string;
            inbox_id: string;
            label: string;
            scopes: components["schemas"]["Scope"][];
            requires_approval: components["schemas"]["Scope"][];
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
            rotated_at: components["schemas"]["NullableTimestamp"];
            revoked_at: components["schemas"]["NullableTimestamp"];
        };
        TokenPage: {
            results: components["schemas"]["Token"][];
            total: number;
            position: number;
            limit: number;
        };
        AddressInput: {
            /** Format: email */
            email: string;
            name?: string;
        };
        Address: {
            email: string;
            name: string | null;
        };
        SendRequest: {
            inbox_id?: string;
            reply_to_message_id?: string;
            subject?: string;
            to?: components["schemas"]["AddressInput"][];
            cc?: components["schemas"]["AddressInput"][];
            bcc?: components["schemas"]["AddressInput"][];
            reply_to?: components["schemas"]["AddressInput"][];
            text_body?: string;
            html_body?: string;
            attachments?: {
                blob_id: string;
            }[];
        };
        SendResult: {
            message_id: string;
            thread_id: string;
        };
        HeldAction: {
            /** @constant */
            queued: true;
            approval_id: string;
        };
        Attachment: {
            blob_id: string;
            filename: string;
            content_type: string;
            size: number;
        };
        /** @description UTC with Z, or a local date-time without offset in the inbox's default_timezone. */
        LocalTime: string | null;
        Message: {
            message_id: string;
            thread_id: string;
            inbox_id: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            status: "received" | "queued" | "sent" | "failed";
            from: components["schemas"]["Address"];
            to: components["schemas"]["Address"][];
            cc: components["schemas"]["Address"][];
            bcc: components["schemas"]["Address"][];
            reply_to: components["schemas"]["Address"][];
            subject: string;
            snippet: string;
            labels: string[];
            attachments: components["schemas"]["Attachment"][];
            is_read: boolean;
            in_reply_to: string | null;
            received_at: components["schemas"]["LocalTime"];
            sent_at: components["schemas"]["LocalTime"];
            /** @description Detail view only. */
            text_body?: string | null;
            /** @description Detail view only. */
            html_body?: string | null;
        };
        MessagePage: {
            results: components["schemas"]["Message"][];
            total: number;
            position: number;
            limit: number;
        };
        Blob: {
            blob_id: string;
            filename: string;
            content_type: string;
            size: number;
            created_at: components["schemas"]["Timestamp"];
        };
        Thread: {
            thread_id: string;
            inbox_id: string;
            subject: string;
            participants: string[];
            message_ids: string[];
            message_count: number;
            last_message_at: components["schemas"]["Timestamp"];
            assigned_inbox_id: string | null;
        };
        Note: {
            note_id: string;
            author_inbox_id: string;
            body: string;
            mentions: string[];
            created_at: components["schemas"]["Timestamp"];
        };
        NoteCreate: {
            body: string;
            mentions?: string[];
            inbox_id?: string;
        };
        AssignRequest: {
            to_inbox_id: string;
        };
        /** @enum {string} */
        ApprovalStatus: "pending" | "approved" | "rejected" | "expired";
        Approval: {
            approval_id: string;
            inbox_id: string;
            /** @enum {string} */
            action_type: "email:send";
            token_label: string | null;
            summary: string;
            status: components["schemas"]["ApprovalStatus"];
            queued_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        ApprovalDetail: {
            action_id: string;
            inbox_id: string;
            /** @enum {string} */
            action_type: "email:send";
            token_label: string | null;
            summary: string;
            status: components["schemas"]["ApprovalStatus"];
            queued_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
            resolved_at: components["schemas"]["NullableTimestamp"];
            result: null | components["schemas"]["SendResult"];
        };
        ApprovalDecision: {
            inbox_id?: string;
        };
        UsageCounts: {
            messages_sent: number;
            messages_received: number;
            inboxes: number;
            storage_bytes: number;
            ai_inference_units: number;
            api_requests: number;
        };
        UsageLimits: {
            messages_sent: number | null;
            messages_received: number | null;
            inboxes: number | null;
            storage_bytes: number | null;
            ai_inference_units: number | null;
            api_requests: number | null;
        };
        Usage: {
            period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            /** @enum {string} */
            plan: "free" | "startup" | "business";
            usage: components["schemas"]["UsageCounts"];
            limits: components["schemas"]["UsageLimits"];
            spend_cap: {
                amount: number | null;
                currency: string;
                threshold_pct: number | null;
                reached: boolean;
            };
        };
        ContactEmail: {
            label?: string;
            /** Format: email */
            address: string;
        };
        ContactPhone: {
            label?: string;
            number: string;
        };
        Anniversary: {
            type: string;
            date: string;
        };
        ContactCreate: {
            inbox_id?: string;
            full_name: string;
            emails?: components["schemas"]["ContactEmail"][];
            phones?: components["schemas"]["ContactPhone"][];
            notes?: string;
            anniversaries?: components["schemas"]["Anniversary"][];
        };
        Contact: {
            id: string;
            inbox_id: string | null;
            full_name: string;
            emails: components["schemas"]["ContactEmail"][];
            phones: components["schemas"]["ContactPhone"][];
            notes: string | null;
            anniversaries: components["schemas"]["Anniversary"][];
            /** @description Detail view only. */
            active_sequences?: Record<string, never>[];
            created_at: components["schemas"]["Timestamp"];
        };
        ContactPage: {
            results: components["schemas"]["Contact"][];
            total: number;
            position: number;
            limit: number;
        };
        /** @enum {string} */
        FileType: "spreadsheet" | "document";
        FileCreate: {
            name: string;
            file_type: components["schemas"]["FileType"];
            /** @enum {string} */
            scope?: "inbox" | "tenant";
            inbox_id?: string;
            instructions?: string;
            content?: string;
        };
        File: {
            file_id: string;
            inbox_id: string | null;
            name: string;
            file_type: components["schemas"]["FileType"];
            /** @enum {string} */
            scope: "inbox" | "tenant";
            instructions: string | null;
            version: number;
            row_count: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        FilePage: {
            results: components["schemas"]["File"][];
            total: number;
            position: number;
            limit: number;
        };
        RowsAppend: {
            source_message_id?: string;
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
        };
        RowsResult: {
            file_id: string;
            version: number;
            rows_added: number;
            row_count: number;
        };
        FileLink: {
            /** Format: uri */
            url: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        FileVersion: {
            version: number;
            /** @enum {string} */
            change: "created" | "rows_appended";
            rows_added: number;
            source_message_id: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        TaskCreate: {
            inbox_id?: string;
            title: string;
            notes?: string;
            /** Format: date-time */
            due_at?: string;
            source_message_id?: string;
        };
        TaskUpdate: {
            title?: string;
            notes?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            /** @enum {string} */
            status?: "open" | "done";
        };
        Task: {
            task_id: string;
            inbox_id: string | null;
            title: string;
            notes: string | null;
            due_at: components["schemas"]["NullableTimestamp"];
            /** @enum {string} */
            status: "open" | "done";
            pending: boolean;
            source: null | {
                /** @enum {string} */
                type: "message" | "approval" | "note" | "thread" | "alert" | "workflow";
                id: string;
            };
            created_at: components["schemas"]["Timestamp"];
            completed_at: components["schemas"]["NullableTimestamp"];
        };
        TaskPage: {
            results: components["schemas"]["Task"][];
            total: number;
            position: number;
            limit: number;
        };
        ActivityEvent: {
            id: string;
            inbox_id: string;
            contact_address: string;
            contact_id: string | null;
            /** @enum {string} */
            type: "message.sent" | "message.received";
            resource_id: string;
            participants: string[] | null;
            summary: string;
            occurred_at: components["schemas"]["Timestamp"];
            metadata: Record<string, never>;
        };
        ActivityPage: {
            events: components["schemas"]["ActivityEvent"][];
            cursor: string | null;
        };
        WorkflowCondition: {
            /** @enum {string} */
            field: "to_address" | "from_address" | "from_domain" | "subject" | "label_id";
            /** @enum {string} */
            op: "eq" | "contains";
            value: string;
        };
        WorkflowWrite: {
            source?: {
                /** @enum {string} */
                from?: "event.payload";
            };
            target: {
                /** @enum {string} */
                type: "task" | "webhook" | "email.add_label";
                /** Format: uri */
                url?: string;
                event_type?: string;
                label_id?: string;
                title?: string;
            };
            contract?: {
                required?: string[];
            };
        };
        WorkflowRuleCreate: {
            inbox_id?: string;
            name: string;
            /** @enum {string} */
            trigger: "email_received" | "label_applied";
            conditions?: components["schemas"]["WorkflowCondition"][];
            writes: components["schemas"]["WorkflowWrite"][];
            enabled?: boolean;
        };
        WorkflowRuleUpdate: {
            name?: string;
            /** @enum {string} */
            trigger?: "email_received" | "label_applied";
            conditions?: components["schemas"]["WorkflowCondition"][];
            writes?: components["schemas"]["WorkflowWrite"][];
            enabled?: boolean;
        };
        WorkflowRule: {
            rule_id: string;
            inbox_id: string | null;
            name: string;
            /** @enum {string} */
            trigger: "email_received" | "label_applied";
            conditions: components["schemas"]["WorkflowCondition"][];
            writes: components["schemas"]["WorkflowWrite"][];
            enabled: boolean;
            /** @description Only in the create answer. */
            secret?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        WorkflowRulePage: {
            results: components["schemas"]["WorkflowRule"][];
            total: number;
            position: number;
            limit: number;
        };
        WorkRouteCreate: {
            inbox_id?: string;
            name: string;
            /** @enum {string} */
            request_type: "approval" | "acknowledgement";
            /** @enum {string} */
            routing_mode?: "sequential" | "parallel";
            recipients: components["schemas"]["AddressInput"][];
            /** @enum {string} */
            completion_rule?: "all" | "any";
            response_phrases?: {
                approve?: string[];
                reject?: string[];
            };
        };
        WorkRoute: {
            route_id: string;
            inbox_id: string | null;
            name: string;
            /** @enum {string} */
            request_type: "approval" | "acknowledgement";
            /** @enum {string} */
            routing_mode: "sequential" | "parallel";
            recipients: components["schemas"]["Address"][];
            /** @enum {string} */
            completion_rule: "all" | "any";
            response_phrases: {
                approve: string[];
                reject: string[];
            };
            created_at: components["schemas"]["Timestamp"];
        };
        WorkRoutePage: {
            results: components["schemas"]["WorkRoute"][];
            total: number;
            position: number;
            limit: number;
        };
        AlertDelivery: {
            /** @enum {string} */
            type: "webhook" | "task";
            /** @description A URL for webhook, a summary template for task. */
            target: string;
        };
        AlertOffset: {
            value: number;
            /** @enum {string} */
            unit: "minutes" | "hours" | "days";
        } | null;
        AlertCreate: {
            inbox_id: string;
            events: components["schemas"]["EventType"][];
            delivery: components["schemas"]["AlertDelivery"];
            offset?: components["schemas"]["AlertOffset"];
            filter?: {
                [key: string]: string | number | boolean;
            } | null;
            retries?: number;
            /** @enum {string} */
            backoff?: "immediate" | "fixed" | "exponential";
            threshold?: number | null;
            enabled?: boolean;
        };
        AlertUpdate: {
            events?: components["schemas"]["EventType"][];
            delivery?: components["schemas"]["AlertDelivery"];
            offset?: components["schemas"]["AlertOffset"];
            filter?: {
                [key: string]: string | number | boolean;
            } | null;
            retries?: number;
            /** @enum {string} */
            backoff?: "immediate" | "fixed" | "exponential";
            threshold?: number | null;
            enabled?: boolean;
        };
        Alert: {
            id: string;
            inbox_id: string;
            events: components["schemas"]["EventType"][];
            delivery: components["schemas"]["AlertDelivery"];
            offset: components["schemas"]["AlertOffset"];
            filter: Record<string, never> | null;
            retries: number;
            /** @enum {string} */
            backoff: "immediate" | "fixed" | "exponential";
            threshold: number | null;
            enabled: boolean;
            /** @description Only in the create answer. */
            secret?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description INVENTED. What an alert, an inbox webhook or a workflow webhook write POSTs. Headers: `X-Gent-Event` (the type), `X-Gent-Event-Id`, `X-Gent-Timestamp` (Unix seconds of this attempt) and `X-Gent-Signature: t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed by the secret>`. Any 2xx is success; failures are retried `retries` times with the alert's `backoff` (immediate: at once; fixed: 60 s; exponential: 30 s doubling), 10 s per attempt. */
        WebhookEvent: {
            event_id: string;
            type: string;
            inbox_id: string | null;
            occurred_at: components["schemas"]["Timestamp"];
            /** @description Workflow webhook writes only. */
            event_type?: string;
            payload: Record<string, never>;
        };
    };
    responses: {
        /** @description Done; no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description invalid_request: a path, query, header or body value is invalid (`errors` names each field); or an operation-specific code (domain_not_verified, approval_expired, approval_already_processed, token_revoked, not_a_spreadsheet, …). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not_authenticated: missing, malformed, expired, revoked or rotated-away credentials; invalid_credentials / invalid_token on the account endpoints. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description missing_scope (`required_scope` names it), session_auth_required (an agent token on a user-auth endpoint), plan_required, plan_limit_reached, not_note_author, invalid_signature. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not_found: no such object in the caller's organisation (or, for an agent token, its inbox), so existence never leaks. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description idempotency_key_in_progress, idempotency_key_reused, or a state conflict (domain_exists, domain_has_inboxes, address_taken). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description payload_too_large: the body is over 1 MiB (JSON) or 25 MiB (multipart). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unsupported_media_type: the body is not in a media type this operation takes (JSON, or multipart/form-data for an upload). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description rate_limited: too many requests (`retry_after` and Retry-After say how long to wait). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A server error: upstream_error (502, fault injection only), internal_error, contract_violation. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Makes a retry of this call safe (see the document description). */
        IdempotencyKey: string;
        /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
        InboxIdQuery: string;
        /** @description Offset of the first result. */
        Position: number;
        Limit: number;
        DomainName: string;
        InboxIdPath: components["schemas"]["Id"];
        TokenId: components["schemas"]["Id"];
        MessageId: components["schemas"]["Id"];
        ThreadId: components["schemas"]["Id"];
        NoteId: components["schemas"]["Id"];
        ApprovalId: components["schemas"]["Id"];
        ContactId: components["schemas"]["Id"];
        FileId: components["schemas"]["Id"];
        TaskId: components["schemas"]["Id"];
        RuleId: components["schemas"]["Id"];
        AlertId: components["schemas"]["Id"];
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description When the window resets, in Unix epoch seconds. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    joinWaitlist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaitlistRequest"];
            };
        };
        responses: {
            /** @description Listed (or already listed). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    loginSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    logoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreate"];
            };
        };
        responses: {
            /** @description Created, with the records to publish. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain with its DNS records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated domain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    checkDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["parameters"]["DomainName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-record status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxes: {
        parameters: {
            query?: {
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inboxes, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createInbox: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateInbox: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                inbox_id: components["parameters"]["InboxIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxUpdate"];
            };
        };
        responses: {
            /** @description The updated inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description The new token, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    rotateToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rotated token with its new secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
                /** @description Only messages at or after this time. */
                after?: string;
                /** @description Only messages before this time. */
                before?: string;
                /** @description INVENTED filter. */
                direction?: "inbound" | "outbound";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRequest"];
            };
        };
        responses: {
            /** @description Stored and queued for delivery. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendResult"];
                };
            };
            /** @description Held for approval. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadBlob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listThreadNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createThreadNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteCreate"];
            };
        };
        responses: {
            /** @description The note. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteThreadNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: components["parameters"]["ThreadId"];
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    assignThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description The thread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                status?: components["schemas"]["ApprovalStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Held actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getApproval: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
            };
            header?: never;
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The held action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    approveAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    rejectAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                q?: string;
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description The contact. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileCreate"];
            };
        };
        responses: {
            /** @description The file at version 1. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    appendFileRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RowsAppend"];
            };
        };
        responses: {
            /** @description Rows appended. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RowsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createFileLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    downloadFile: {
        parameters: {
            query: {
                expires: number;
                signature: string;
            };
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listFileVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileVersion"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                status?: "open" | "done";
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAgenda: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the agenda. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listActivity: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                contact_id?: string;
                address?: string;
                since?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWorkflowRules: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRulePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createWorkflowRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowRuleCreate"];
            };
        };
        responses: {
            /** @description The rule. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteWorkflowRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateWorkflowRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                rule_id: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowRuleUpdate"];
            };
        };
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWorkRoutes: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
                /** @description Offset of the first result. */
                position?: components["parameters"]["Position"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of routes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRoutePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createWorkRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkRouteCreate"];
            };
        };
        responses: {
            /** @description The route. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRoute"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description Session callers pick an inbox (id or address); agent tokens omit it (their inbox is implied; another inbox is a 404). */
                inbox_id?: components["parameters"]["InboxIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alerts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertCreate"];
            };
        };
        responses: {
            /** @description The alert. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this call safe (see the document description). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertUpdate"];
            };
        };
        responses: {
            /** @description The alert. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
