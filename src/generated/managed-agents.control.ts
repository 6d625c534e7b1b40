// Generated from contracts/managed-agents.control.yaml by scripts/contracts/types.mjs (openapi-typescript 7.13.0).
// Do not edit: change the contract, then run `npm run contracts:types`.

export interface paths {
    "/_mailsim/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, the running providers and the engine time. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to the seed without a restart.
         * @description Without a body: every provider back to its seed, the configured fault scenarios, limits and
         *     clock, an empty journal. `{"provider"}` resets one provider's data only; `{"tenant"}` clears
         *     one account's data, idempotency keys and rate-limit window (a seeded account stays empty
         *     until a full reset). The same fields are accepted as query parameters.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request journal, newest first. */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /** Empties the journal. */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One journal entry with what went over the wire.
         * @description The request's and the answer's headers (credentials masked) and bodies (text; binary bodies
         *     as their size only), each capped at 64 KiB (`truncated`).
         */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The due-work queue (send jobs, webhook deliveries) per lane.
         * @description With `wait` (a duration such as `30s`), answers once nothing runs and nothing is due, or 408
         *     when the queue is still busy after that long: a test or a CI step can wait for the emulator
         *     to settle instead of sleeping.
         */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engine clock. */
        get: operations["getClock"];
        put?: never;
        /**
         * Freeze, set, advance, or go back to real time.
         * @description Give one or more of `mode` (`frozen` | `real`), `set` (an ISO time) and `advance` (a
         *     duration such as `90s`, `25h`, or milliseconds). Everything is checked before anything
         *     changes, so a bad request moves no time. Advancing makes due work (retries, held actions,
         *     delayed deliveries) run now.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fault rules in force, with their counters. */
        get: operations["listFaults"];
        put?: never;
        /**
         * Adds one rule, or `{rules, seed}`.
         * @description A rule without `match.provider` applies to this port's provider. The body is one rule (the
         *     fields of FaultRuleInput), or `{"rules": [...], "seed"?}`; `seed` may come alone too.
         */
        post: operations["addFaults"];
        /** Removes every rule. */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeFault"];
        options?: never;
        head?: never;
        /** Switches a rule on or off, keeping its place and counters. */
        patch: operations["updateFault"];
        trace?: never;
    };
    "/_mailsim/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scenarios shipped with mailsim and those in the configured scenario directory. */
        get: operations["listScenarios"];
        put?: never;
        /**
         * Loads a scenario by name, or one given inline as YAML.
         * @description `{"name"}` names a shipped scenario or a file in the directory given by `--scenario-dir`
         *     (never any other path); `{"yaml"}` is a scenario's text. Its rules that name no provider
         *     apply to `provider` when given (a running provider, else 400), otherwise to this port's
         *     provider; so one UI, on any port, can apply a scenario to each provider.
         */
        post: operations["loadScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This port's provider's main rate limiter. */
        get: operations["getLimits"];
        /** Changes the fields given (plans and keys are replaced as a whole); windows start afresh. */
        put: operations["setLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail sink, newest first. */
        get: operations["listMail"];
        put?: never;
        post?: never;
        /** Empties the sink (or one provider's part of it). */
        delete: operations["clearMail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every emulated inbox mail in the sink involves, with the provider that holds it and its counts.
         * @description An inbox is an address a provider claims: the sender of outbound mail, or a recipient it
         *     received. `provider` is the provider that claimed it (null for a sender whose provider
         *     was not told, e.g. mail a test sent straight to the SMTP listener).
         */
        get: operations["listMailInboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first matching message, answered the moment it lands (408 on timeout). */
        get: operations["waitForMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MailId"];
            };
            cookie?: never;
        };
        /** One message, parsed, with headers and the attachment list. */
        get: operations["getMail"];
        put?: never;
        post?: never;
        delete: operations["deleteMail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail/{id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exact bytes as received. */
        get: operations["getMailRaw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mail/{id}/attachments/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One attachment's content (`n` from the attachment list). */
        get: operations["getMailAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook deliveries, newest first (this port's provider unless `provider` is given). */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every endpoint (subscription and URL) deliveries went to, with counts by status (this port's provider unless `provider` is given). */
        get: operations["listWebhookEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/webhooks/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with the request sent and every attempt. */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/webhooks/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a delivery again now (a dead or delivered one gets a fresh round of attempts). */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** No server-initiated stream (stateless server); always 405, which MCP clients expect. */
        get: operations["openMcpStream"];
        put?: never;
        /**
         * The MCP server, over the Streamable HTTP transport (stateless).
         * @description A Model Context Protocol server for AI agents and coding assistants: tools to read and wait
         *     for mail, extract verification codes and links, list inboxes, send mail into an emulated
         *     inbox, read the request journal and webhook deliveries, set faults and the clock, and
         *     reset (the same tools as `mailsim mcp` over stdio). Stateless: every POST carries whole
         *     JSON-RPC messages and gets its answers back, as an event stream or as JSON; there is no
         *     session and no server-initiated stream. The access rules of every control operation
         *     apply (with `--control-token`, send it as `Authorization: Bearer <token>`).
         */
        post: operations["postMcp"];
        /** No session to end (stateless server); always 405. */
        delete: operations["closeMcpSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The running providers, where their APIs answer, their seeded dev keys, a ready curl, and the SMTP listener.
         * @description What a tool needs to reach the emulated APIs themselves: each provider's base URL as the
         *     emulator hands it out, the path that lists the calling account's inboxes (null when the
         *     provider has none), the API keys its seed created (valid after every reset; printed at
         *     start), and where the SMTP listener answers (null with `--no-smtp` or in msw mode).
         */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/providers/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One provider with its stored objects by table, counted (for one tenant when `tenant` is given).
         * @description Tables are the provider's own, as it declares them for reset. `tenantTable` is the one
         *     whose rows are the tenants (accounts, organisations). A table's `itemPath` and `listPath`
         *     are the provider API's GET routes for its objects, when its contract has exactly one of each.
         */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/providers/{name}/tables/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider table's rows as stored, newest first (binary values as their size). */
        get: operations["listProviderRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changes, as it happens (server-sent events).
         * @description A `hello` event first (`{provider, providers, clock}`), then one event per change:
         *     `mail` (`{type: stored, message}` with the message's summary, `{type: deleted, id}`,
         *     `{type: cleared, provider}`), `request` (a journal entry's summary, or `{cleared: true}`),
         *     `webhook` (`{type: enqueued|attempt|retry, delivery}`, or `{type: reset, provider}`),
         *     `clock` (the clock), `faults` (`{data, seed}`, the rules in force) and `reset`
         *     (`{provider, tenant}`). A client too slow to keep up gets `resync` and should read
         *     afresh. A comment line every 15 s keeps proxies from closing the stream.
         */
        get: operations["streamControlEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/ui": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web UI's page.
         * @description A single page over this API (mail, requests, webhooks, providers, control). Its files hold
         *     no data, so they need no token; everything the page shows comes from the operations here.
         */
        get: operations["getUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/ui/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the UI's built files (script, style sheet, icon). */
        get: operations["getUiAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/scripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipped scripts (fixtures/managed-agents/scripts/<name>.json), by name. */
        get: operations["listManagedAgentsScriptFixtures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/scripts/{target_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An agent id or a session id. */
                target_id: string;
            };
            cookie?: never;
        };
        /** The script set for an agent or a session (404 when none is). */
        get: operations["getManagedAgentsScript"];
        /** Sets the script an agent's sessions (or one session) play from their next turn; `{fixture}` names a shipped one. */
        put: operations["putManagedAgentsScript"];
        post?: never;
        /** Removes the script; the agent's sessions go back to the default runtime. */
        delete: operations["deleteManagedAgentsScript"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tenant's sessions, newest first (at most 200), for the web UI. */
        get: operations["listManagedAgentsSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/sessions/{session_id}/events": {
        parameters: {
            query?: {
                /** @description Only events after this seq. */
                after?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        /** A session's log, oldest first (at most 1,000 after `after`), each event with its seq. */
        get: operations["listManagedAgentsSessionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registers an endpoint for session webhooks (mailsim's stand-in for the Claude Console's Webhooks page; contracts/managed-agents.md §Webhooks): signed Standard Webhooks deliveries through the engine outbox with its retries. The secret is shown only here. */
        post: operations["createManagedAgentsWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_mailsim/managed-agents/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes the endpoint; deliveries already queued still run. */
        delete: operations["deleteManagedAgentsWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A JSON-RPC 2.0 message (answer or error), or a batch of them. */
        JsonRpcMessage: {
            /** @constant */
            jsonrpc: "2.0";
        } | {
            /** @constant */
            jsonrpc: "2.0";
        }[];
        Error: {
            error: {
                code: string;
                message: string;
                details?: {
                    [key: string]: string[];
                };
            };
        };
        JournalEntry: {
            id: number;
            /** Format: date-time */
            at: string;
            provider: string;
            requestId: string;
            method: string;
            path: string;
            query: string;
            operationId: string | null;
            /** @description 0 when no answer was sent (a reset or hang fault). */
            status: number;
            latencyMs: number;
            tenant: string | null;
            idempotencyKey?: string | null;
            idempotentReplay: boolean;
            fault: string | null;
            /** @description A machine code for every error answer, whatever the provider. */
            errorCode: string | null;
            violations: {
                pointer: string;
                message: string;
            }[];
            /** @enum {string} */
            source: "emulator" | "proxy";
        };
        CapturedMessage: {
            /** @description Credentials masked. */
            headers: {
                [key: string]: unknown;
            };
            /** @description The body as text; null for binary content. */
            body: string | null;
            /** @description The full body size. */
            bodyBytes: number;
            truncated: boolean;
        };
        /** @description Milliseconds, or a distribution. */
        LatencySpec: number | {
            fixed: number;
        } | {
            uniform: number[];
        } | {
            lognormal: {
                median: number;
                sigma: number;
                max?: number;
            };
        };
        /**
         * @description `status` answers that status in the provider's envelope (a 429 gets full rate-limit
         *     headers); `latency` waits before the handler; `reset` drops the connection (`phase: after`
         *     runs the request first); `hang` never answers; `truncate` sends half the body; `malformed`
         *     answers a body that is not JSON.
         */
        FaultAction: {
            type: string;
            status?: number;
            code?: string;
            message?: string;
            retryAfter?: number;
            ms?: components["schemas"]["LatencySpec"];
            phase?: string;
        };
        FaultMatch: {
            provider?: string;
            method?: string;
            /** @description Glob over the request path: `*` within a segment, `**` across segments. */
            path?: string;
            /** @description The contract operation, e.g. `sendMessage`. */
            operationId?: string;
            /** @description The same as `operationId` (the name scenario files used first). */
            operation?: string;
            header?: {
                [key: string]: string;
            };
            apiKey?: string;
        };
        FaultRuleInput: {
            id?: string;
            name?: string;
            match?: components["schemas"]["FaultMatch"];
            action: components["schemas"]["FaultAction"];
            probability?: number;
            times?: number;
            after?: number;
            /** @description A rule switched off stays listed but matches nothing (default true). */
            enabled?: boolean;
        };
        FaultRule: {
            id: string;
            name?: string;
            match?: Record<string, never>;
            action: Record<string, never>;
            probability?: number;
            times?: number;
            after?: number;
            enabled: boolean;
            matched: number;
            applied: number;
        };
        LimitRule: {
            max: number;
            windowMs: number;
        };
        /** @description `"100/60s"`, `{max, windowMs}` or `{max, window: "60s"}`. */
        LimitSpec: string | {
            max: number;
            windowMs?: number;
            window?: string | number;
        };
        LimitSettings: {
            enabled?: boolean;
            default?: components["schemas"]["LimitSpec"];
            plans?: {
                [key: string]: components["schemas"]["LimitSpec"];
            };
            keys?: {
                [key: string]: components["schemas"]["LimitSpec"];
            };
        };
        Address: {
            address: string;
            name?: string | null;
        };
        MailSummary: {
            id: string;
            /** @enum {string} */
            direction: "in" | "out";
            provider: string | null;
            tenant: string | null;
            messageId: string | null;
            from: components["schemas"]["Address"] | null;
            to: components["schemas"]["Address"][];
            cc: components["schemas"]["Address"][];
            envelope: {
                from: string | null;
                to: string[];
            };
            subject: string | null;
            snippet: string;
            /** @description Emulated inboxes the message landed in. */
            inboxes: string[];
            attachmentCount: number;
            size: number;
            /** Format: date-time */
            receivedAt: string;
        };
        MailDetail: components["schemas"]["MailSummary"] & {
            text: string | null;
            html: string | null;
            headers: Record<string, never>;
            headerLines: {
                name: string;
                value: string;
            }[];
            attachments: {
                index: number;
                filename?: string | null;
                contentType?: string;
                size?: number;
                /** @description The part's Content-ID, for `cid:` references in the HTML. */
                contentId?: string | null;
                url: string;
            }[];
            /** @description Each recipient an emulated inbox claimed, the provider that holds it, and where the copy landed there in the provider's own ids (absent when the provider kept no copy, e.g. one it already held). */
            deliveries: {
                address: string;
                provider: string;
                /** @description The provider's id of the inbox that holds the copy. */
                inboxId?: string;
                /** @description The provider's id of the stored message (for its API; not the Message-ID header). */
                messageId?: string;
                /** @description The provider's id of the thread the copy joined. */
                threadId?: string | null;
                /** @description Why handing it to that inbox failed. */
                error?: string;
            }[];
            parseWarnings: string[];
            rawUrl: string;
        };
        Delivery: {
            id: string;
            provider: string;
            tenant: string;
            webhookId: string;
            url: string;
            event: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "dead";
            attemptCount: number;
            /** Format: date-time */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        ProviderInfo: {
            name: string;
            title: string;
            baseUrl: string;
            /** @description GET it with a dev key for the calling account's inboxes, in the provider's own page envelope. */
            inboxesPath: string | null;
            /** @description The API keys the seed created (valid after every reset; printed at start). */
            devKeys: {
                label: string;
                key: string;
            }[];
            /** @description What else the seed made: a login, ids to use in the first calls. */
            notes: string[];
            examplePath: string;
            /** @description A read-only request with the first dev key, ready to paste. */
            curl: string | null;
        };
        Attempt: {
            attempt: number;
            /** Format: date-time */
            at: string;
            latencyMs: number;
            statusCode: number | null;
            error: string | null;
            responseExcerpt: string | null;
            /** @enum {string} */
            outcome: "delivered" | "failed" | "dead";
            /** Format: date-time */
            nextAttemptAt: string | null;
        };
        ManagedAgentsScript: {
            /** @description One list of steps per user turn, in order. */
            turns: components["schemas"]["ManagedAgentsStep"][][];
            /**
             * @description After the last turn: `echo` (the default reply) or `repeat` (the last turn again).
             * @enum {string}
             */
            then?: "echo" | "repeat";
        };
        ManagedAgentsStep: {
            /** @constant */
            type: "message";
            /** @description The reply; `{{input}}` is the user's text, `{{result}}` the last tool result. Default "echo: {{input}}". */
            text?: string;
        } | {
            /** @constant */
            type: "thinking";
        } | {
            /** @constant */
            type: "tool_use";
            name: string;
            input?: Record<string, never>;
            /** @description What the built-in tool answers (default "ok"). */
            result?: string;
            /**
             * @description `ask` waits for a user.tool_confirmation (requires_action).
             * @enum {string}
             */
            permission?: "allow" | "ask";
        } | {
            /** @constant */
            type: "custom_tool_use";
            /** @description Default the agent's first custom tool. */
            name?: string;
            input?: Record<string, never>;
        } | {
            /** @constant */
            type: "error";
            /** @description Default model_overloaded_error. */
            error_type?: string;
            message?: string;
            /**
             * @description retrying: the turn goes on; exhausted (default): idle with retries_exhausted; terminal: terminated.
             * @enum {string}
             */
            retry_status?: "retrying" | "exhausted" | "terminal";
        } | {
            /** @constant */
            type: "reschedule";
            /** @description Engine time until it runs again (default 5s). */
            after?: string;
        } | {
            /** @constant */
            type: "terminate";
        } | {
            /** @constant */
            type: "wait";
            /** @description Engine time the session stays running. */
            duration: string;
        } | {
            /** @constant */
            type: "send_mail";
            /** @description The sender address, typically an emulated inbox. */
            from: string;
            to: string | string[];
            subject: string;
            text?: string;
        } | {
            /** @constant */
            type: "delegate";
            /** @description An agent of the coordinator's multiagent roster, by id or name (default the first). */
            agent?: string;
            /** @description What the coordinator sends the thread (default "{{input}}"). */
            message?: string;
            /** @description What the thread plays (default one echo reply): message, thinking, tool_use (not permission "ask") and wait steps only. */
            steps?: components["schemas"]["ManagedAgentsStep"][];
        };
    };
    responses: {
        /** @description A control-plane error. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The engine clock. */
        Clock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** Format: date-time */
                    now: string;
                    /** @enum {string} */
                    mode: "real" | "frozen";
                    offsetMs: number;
                };
            };
        };
        /** @description A rate limiter's settings. */
        Limits: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    enabled: boolean;
                    default: components["schemas"]["LimitRule"] | null;
                    plans: {
                        [key: string]: components["schemas"]["LimitRule"];
                    };
                    keys: {
                        [key: string]: components["schemas"]["LimitRule"];
                    };
                };
            };
        };
        /** @description One message, parsed. */
        MailDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MailDetail"];
            };
        };
        /**
         * @description An MCP transport error as a JSON-RPC error (from the MCP SDK), or a control-plane error
         *     when the engine refused the request before it reached the MCP server.
         */
        McpError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonRpcMessage"] | components["schemas"]["Error"];
            };
        };
        /** @description The script and what it is set on. */
        ManagedAgentsScript: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    target_id: string;
                    /** @enum {string} */
                    target: "agent" | "session";
                    script: components["schemas"]["ManagedAgentsScript"];
                };
            };
        };
    };
    parameters: {
        MailId: string;
        /** @description Substring of the subject, the sender, a recipient or the text body. */
        MailSearch: string;
        /** @description Substring of a recipient (To, Cc or envelope). */
        MailTo: string;
        MailFrom: string;
        /** @description Substring of the subject. */
        MailSubject: string;
        /** @description Substring of the text body. */
        MailText: string;
        /** @description An emulated inbox id the message landed in. */
        MailInbox: string;
        MailProvider: string;
        /** @description The account (tenant) that sent it. */
        MailTenant: string;
        /** @description `in` or `out`. */
        MailDirection: string;
        /** @description An ISO time or engine milliseconds since the epoch. */
        MailSince: string;
    };
    requestBodies: never;
    headers: never;
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
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        /** @description This port's provider. */
                        provider: string;
                        providers: string[];
                        /**
                         * Format: date-time
                         * @description The engine clock.
                         */
                        now: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    resetState: {
        parameters: {
            query?: {
                provider?: string;
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    provider?: string;
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description Reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        reset: true;
                        /** @description The provider reset, or `all`. */
                        provider: string;
                        tenant: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                provider?: string;
                /** @description Substring of the path, or a glob when it contains `*`. */
                path?: string;
                /** @description An exact status (`201`) or a class (`4xx`). */
                status?: string;
                operation?: string;
                /** @description The account (tenant) the request authenticated as. */
                tenant?: string;
                limit?: number;
                /** @description Only requests whose answer broke the contract. */
                violations?: boolean;
                fault?: boolean;
                replay?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journal entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["JournalEntry"][];
                        total: number;
                        /** @description Entries held now. */
                        size: number;
                        /** @description Entries kept at most (`--journal-size`). */
                        capacity: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emptied. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"] & {
                        request: components["schemas"]["CapturedMessage"] | null;
                        response: components["schemas"]["CapturedMessage"] | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getQueue: {
        parameters: {
            query?: {
                wait?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idle: boolean;
                        lanes: {
                            name: string;
                            running: number;
                            due: boolean;
                            /** Format: date-time */
                            nextDueAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            408: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mode?: string;
                    set?: string;
                    advance?: string | number;
                };
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FaultRule"][];
                        seed: number | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    addFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    name?: string;
                    match?: components["schemas"]["FaultMatch"];
                    action?: components["schemas"]["FaultAction"];
                    probability?: number;
                    times?: number;
                    after?: number;
                    enabled?: boolean;
                    rules?: components["schemas"]["FaultRuleInput"][];
                    seed?: number | null;
                };
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FaultRule"][];
                        seed: number | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    removeFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    updateFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultRule"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scenarios by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            name: string;
                            description: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    loadScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    yaml?: string;
                    /** @description The provider its rules apply to (default this port's). */
                    provider?: string;
                };
            };
        };
        responses: {
            /** @description Its rules, added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string | null;
                        data: components["schemas"]["FaultRule"][];
                        seed: number | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Limits"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    setLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitSettings"];
            };
        };
        responses: {
            200: components["responses"]["Limits"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listMail: {
        parameters: {
            query?: {
                /** @description Substring of the subject, the sender, a recipient or the text body. */
                q?: components["parameters"]["MailSearch"];
                /** @description Substring of a recipient (To, Cc or envelope). */
                to?: components["parameters"]["MailTo"];
                from?: components["parameters"]["MailFrom"];
                /** @description Substring of the subject. */
                subject?: components["parameters"]["MailSubject"];
                /** @description Substring of the text body. */
                text?: components["parameters"]["MailText"];
                /** @description An emulated inbox id the message landed in. */
                inbox?: components["parameters"]["MailInbox"];
                provider?: components["parameters"]["MailProvider"];
                /** @description The account (tenant) that sent it. */
                tenant?: components["parameters"]["MailTenant"];
                /** @description `in` or `out`. */
                direction?: components["parameters"]["MailDirection"];
                /** @description An ISO time or engine milliseconds since the epoch. */
                since?: components["parameters"]["MailSince"];
                /** @description At most 500. */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MailSummary"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    clearMail: {
        parameters: {
            query?: {
                provider?: components["parameters"]["MailProvider"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emptied. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listMailInboxes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Inboxes, most recent mail first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            address: string;
                            provider: string | null;
                            received: number;
                            sent: number;
                            /** Format: date-time */
                            lastAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    waitForMail: {
        parameters: {
            query?: {
                /** @description Substring of the subject, the sender, a recipient or the text body. */
                q?: components["parameters"]["MailSearch"];
                /** @description Substring of a recipient (To, Cc or envelope). */
                to?: components["parameters"]["MailTo"];
                from?: components["parameters"]["MailFrom"];
                /** @description Substring of the subject. */
                subject?: components["parameters"]["MailSubject"];
                /** @description Substring of the text body. */
                text?: components["parameters"]["MailText"];
                /** @description An emulated inbox id the message landed in. */
                inbox?: components["parameters"]["MailInbox"];
                provider?: components["parameters"]["MailProvider"];
                /** @description `in` or `out`. */
                direction?: components["parameters"]["MailDirection"];
                /** @description An ISO time or engine milliseconds since the epoch. */
                since?: components["parameters"]["MailSince"];
                /** @description A duration (`30s`, default; at most 10 minutes). */
                timeout?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailDetail"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            408: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MailId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailDetail"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    deleteMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MailId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getMailRaw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MailId"];
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
                    "message/rfc822": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getMailAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MailId"];
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment, in its own media type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed" | "dead";
                event?: string;
                url?: string;
                webhookId?: string;
                tenant?: string;
                provider?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Delivery"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                provider?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoints, most recently active first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            webhookId: string;
                            url: string;
                            tenant: string;
                            total: number;
                            pending: number;
                            delivered: number;
                            failed: number;
                            dead: number;
                            /** Format: date-time */
                            lastAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"] & {
                        inFlight: boolean;
                        request: {
                            /** @constant */
                            method: "POST";
                            url: string;
                            headers: {
                                [key: string]: string;
                            };
                            body: string;
                        };
                        /** @description The body parsed as JSON (null when it is not JSON). */
                        payload: unknown;
                        attempts: (components["schemas"]["Attempt"] & {
                            /** @description The headers this attempt sent, signature headers included. */
                            headers: {
                                [key: string]: string;
                            };
                        })[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Due now. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    openMcpStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            405: components["responses"]["McpError"];
            "5XX": components["responses"]["Error"];
        };
    };
    postMcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | unknown[];
            };
        };
        responses: {
            /** @description The JSON-RPC answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                    "application/json": components["schemas"]["JsonRpcMessage"];
                };
            };
            /** @description Only notifications or responses were sent; nothing to answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["McpError"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            406: components["responses"]["McpError"];
            413: components["responses"]["McpError"];
            415: components["responses"]["McpError"];
            "5XX": components["responses"]["Error"];
        };
    };
    closeMcpSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            405: components["responses"]["McpError"];
        };
    };
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Providers, in start order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProviderInfo"][];
                        smtp: {
                            /** @description The address it listens on (`0.0.0.0`: every interface). */
                            host: string;
                            port: number;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getProvider: {
        parameters: {
            query?: {
                tenant?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderInfo"] & {
                        tenantTable: string | null;
                        tables: {
                            name: string;
                            tenantColumn: string | null;
                            rows: number;
                            /** @description e.g. `/inboxes/{id}` or Gent's `/v1/inboxes/{id}/` (the contract's own path, trailing slash kept): `{id}` takes the value of the row's `itemKey` column. */
                            itemPath: string | null;
                            /** @description The column whose value fills `{id}`: `id` unless the API reads the object by another field (a Gent domain by its name). */
                            itemKey: string;
                            /** @description A ready curl for `itemPath` (`{id}` still to fill) with a credential that route takes: the dev API key, or for a route only a user's session may call (Gent's user-auth routes) a login as the seeded user first. */
                            itemCurl: string | null;
                            /** @description The same for `listPath`. */
                            listCurl: string | null;
                            listPath: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listProviderRows: {
        parameters: {
            query?: {
                tenant?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                name: string;
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Record<string, never>[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    streamControlEvents: {
        parameters: {
            query?: {
                /** @description Comma-separated: `mail`, `requests`, `webhooks`, `clock`, `faults`, `reset` (default: all). */
                topics?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getUi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getUiAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: string;
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
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listManagedAgentsScriptFixtures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Their names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fixtures: string[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    getManagedAgentsScript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An agent id or a session id. */
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ManagedAgentsScript"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    putManagedAgentsScript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An agent id or a session id. */
                target_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManagedAgentsScript"] | {
                    fixture: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ManagedAgentsScript"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    deleteManagedAgentsScript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An agent id or a session id. */
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listManagedAgentsSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            tenant: string;
                            agent_id: string;
                            agent_name: string;
                            /** @enum {string} */
                            status: "idle" | "running" | "rescheduling" | "terminated";
                            title: string | null;
                            events: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /** Format: date-time */
                            archived_at: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    listManagedAgentsSessionEvents: {
        parameters: {
            query?: {
                /** @description Only events after this seq. */
                after?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            seq: number;
                            /** @description Open object (the event as the API shows it). */
                            event: Record<string, never>;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    createManagedAgentsWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /** @description Only this tenant's sessions; absent: every tenant's. */
                    tenant?: string;
                    /** @description The webhook event types wanted; absent or empty: all of them. */
                    event_types?: ("session.status_run_started" | "session.status_idled" | "session.status_rescheduled" | "session.status_terminated")[];
                };
            };
        };
        responses: {
            /** @description The endpoint, with its signing secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        tenant: string | null;
                        event_types: string[];
                        /** @description The Standard Webhooks key (base64 after whsec_). */
                        secret: string;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            413: components["responses"]["Error"];
            415: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    deleteManagedAgentsWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
}
