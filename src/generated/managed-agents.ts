// Generated from contracts/managed-agents.yaml by scripts/contracts/types.mjs (openapi-typescript 7.13.0).
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
         * @description openma's health route, unauthenticated. CONFIRMED (openma apps/main).
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
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check (page-B form)
         * @description The documented page-B health route, which openma's code never had. INVENTED (answered as documented).
         */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description `client.beta.agents.list`: newest first, archived agents only with `include_archived=true` (or
         *     openma's page-B `archived=true`), created-time bounds as the SDK encodes them
         *     (`created_at%5Bgte%5D`). PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description `client.beta.agents.create`. The model, tools, MCP servers and skills are normalised on output
         *     (model string → `{id, speed}`, toolsets get full `default_config` and `configs`, skill versions
         *     resolved). Version starts at 1. CONFIRMED (SDK types); defaults INFERRED (contracts/managed-agents.md §Agents).
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description `client.beta.agents.retrieve`; `?version=N` returns that version's snapshot (404 if it does not exist). CONFIRMED (SDK).
         */
        get: operations["retrieveAgent"];
        put?: never;
        /**
         * Update an agent
         * @description `client.beta.agents.update` (POST, as the SDK sends it). Omitted fields are kept; `tools`,
         *     `mcp_servers`, `skills`, `multiagent` are replaced whole and `null` clears them; `metadata` is a
         *     patch. A `version` that is not the current one is a 409 `conflict_error` with
         *     `x-should-retry: false`. A change bumps the version; an update that changes nothing does not.
         *     An archived agent cannot be updated (400). CONFIRMED (SDK docs); no-op rule and archived rule INVENTED.
         */
        post: operations["updateAgent"];
        /**
         * Delete an agent (openma)
         * @description openma's hard delete, `{type:"agent_deleted", id}` (the SDK has no agent delete; it archives). CONFIRMED (openma code).
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent (page-B PATCH alias)
         * @description The seed page's `PATCH /v1/agents/:id`; same as updateAgent. INVENTED (page B documents it, openma's code answers POST/PUT).
         */
        patch: operations["patchAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an agent
         * @description `client.beta.agents.archive`: sets `archived_at` (again: unchanged). Archived agents leave the default list. CONFIRMED (SDK).
         */
        post: operations["archiveAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/versions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * List an agent's versions
         * @description `client.beta.agents.versions.list`: one agent snapshot per version, newest first. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listAgentVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
                version: number;
            };
            cookie?: never;
        };
        /**
         * Get one version of an agent (openma)
         * @description openma's `GET /v1/agents/:id/versions/:version`; the same snapshot as `retrieveAgent?version=`. CONFIRMED (openma code, page B).
         */
        get: operations["retrieveAgentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/environments": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List environments
         * @description `client.beta.environments.list`: newest first, archived ones only with `include_archived=true`. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listEnvironments"];
        put?: never;
        /**
         * Create an environment
         * @description `client.beta.environments.create`. `config` defaults to a cloud config with unrestricted
         *     networking and six empty package lists; a limited network gets its three fields filled in.
         *     CONFIRMED (SDK types); defaults INFERRED.
         */
        post: operations["createEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/environments/{environment_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        /**
         * Get an environment
         * @description `client.beta.environments.retrieve`; an unknown id is a 404 with `details.error_code: environment_not_found` (BetaEnvironmentNotFoundError). CONFIRMED (SDK).
         */
        get: operations["retrieveEnvironment"];
        put?: never;
        /**
         * Update an environment
         * @description `client.beta.environments.update`. A config of another type is a 400 `invalid_config_type_change`;
         *     an archived environment is a 400 `environment_archived`; a config of the same type is merged at its
         *     top level (`networking`, `packages` replaced when given). CONFIRMED (SDK error classes); merge INVENTED.
         */
        post: operations["updateEnvironment"];
        /**
         * Delete an environment
         * @description `client.beta.environments.delete`: `{id, type:"environment_deleted"}`, or a 409 `conflict_error`
         *     while something still references it (openma: active sessions; the session issue adds that check).
         *     CONFIRMED (SDK, openma code).
         */
        delete: operations["deleteEnvironment"];
        options?: never;
        head?: never;
        /**
         * Update an environment (page-B PATCH alias)
         * @description The seed page's `PATCH /v1/environments/:id`; same as updateEnvironment. INVENTED (page B documents it).
         */
        patch: operations["patchEnvironment"];
        trace?: never;
    };
    "/v1/environments/{environment_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an environment
         * @description `client.beta.environments.archive`: sets `archived_at`; archived environments cannot be updated. CONFIRMED (SDK).
         */
        post: operations["archiveEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List vaults
         * @description `client.beta.vaults.list`: newest first; archived ones only with `include_archived=true`. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listVaults"];
        put?: never;
        /**
         * Create a vault
         * @description `client.beta.vaults.create`: a named container of credentials (`display_name` required). CONFIRMED (SDK); openma's `name` is not accepted, as the SDK never sends it.
         */
        post: operations["createVault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults/{vault_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        /**
         * Get a vault
         * @description `client.beta.vaults.retrieve`. CONFIRMED (SDK).
         */
        get: operations["retrieveVault"];
        put?: never;
        /**
         * Update a vault
         * @description `client.beta.vaults.update`: `display_name` (null keeps it) and a metadata patch; an archived vault is a 400. CONFIRMED (SDK); archived rule INVENTED.
         */
        post: operations["updateVault"];
        /**
         * Delete a vault
         * @description `client.beta.vaults.delete`: the vault and its credentials, `{id, type:"vault_deleted"}`. CONFIRMED (SDK); cascade INFERRED.
         */
        delete: operations["deleteVault"];
        options?: never;
        head?: never;
        /**
         * Update a vault (page-B PATCH alias)
         * @description The seed page's `PATCH /v1/vaults/:id`; same as updateVault (secrets rotate through credentials). INVENTED (page B documents it).
         */
        patch: operations["patchVault"];
        trace?: never;
    };
    "/v1/vaults/{vault_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a vault
         * @description `client.beta.vaults.archive`: sets `archived_at`. CONFIRMED (SDK).
         */
        post: operations["archiveVault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults/{vault_id}/credentials": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        /**
         * List a vault's credentials
         * @description `client.beta.vaults.credentials.list`: newest first, secrets stripped, archived ones only with `include_archived=true`. PageCursor. CONFIRMED (SDK).
         */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Add a credential to a vault
         * @description `client.beta.vaults.credentials.create`. `auth` is a static bearer token, an MCP OAuth grant or an
         *     environment variable; its secret parts (`token`, `access_token`, `refresh_token`, `client_secret`,
         *     `secret_value`) are stored and never returned by any read. An archived vault is a 400.
         *     CONFIRMED (SDK types); archived rule INVENTED.
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults/{vault_id}/credentials/{credential_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /**
         * Get a credential
         * @description `client.beta.vaults.credentials.retrieve`, secrets stripped. CONFIRMED (SDK).
         */
        get: operations["retrieveCredential"];
        put?: never;
        /**
         * Update or rotate a credential
         * @description `client.beta.vaults.credentials.update`: `auth` must keep its `type` (else 400) and carries only
         *     the rotatable fields, merged into the stored ones; `mcp_server_url` and `secret_name` cannot
         *     change. `display_name` null clears it; `metadata` is a patch. CONFIRMED (SDK docs).
         */
        post: operations["updateCredential"];
        /**
         * Delete a credential
         * @description `client.beta.vaults.credentials.delete`: `{id, type:"vault_credential_deleted"}`. CONFIRMED (SDK).
         */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults/{vault_id}/credentials/{credential_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a credential
         * @description `client.beta.vaults.credentials.archive`: sets `archived_at`. CONFIRMED (SDK).
         */
        post: operations["archiveCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an MCP OAuth credential
         * @description `client.beta.vaults.credentials.mcpOAuthValidate`. The emulator probes nothing: an expired access
         *     token without a refresh token is `invalid`, otherwise the `mcpOAuthValidation` setting (default
         *     `unknown`); `mcp_probe` and `refresh` are null. Other credential types are a 400.
         *     CONFIRMED (SDK shape); verdicts INVENTED.
         */
        post: operations["validateCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List memory stores
         * @description `client.beta.memoryStores.list`: newest first; archived ones with `include_archived=true`; created-time bounds; page-B `agent_id` filter. PageCursor. CONFIRMED (SDK); `agent_id` INVENTED.
         */
        get: operations["listMemoryStores"];
        put?: never;
        /**
         * Create a memory store
         * @description `client.beta.memoryStores.create`. openma's page-B form may also name the agent the store belongs
         *     to (`agent_id`, which must exist); the store then lists under `?agent_id=`. CONFIRMED (SDK);
         *     `agent_id` INVENTED from page B's "list per agent".
         */
        post: operations["createMemoryStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        /**
         * Get a memory store
         * @description `client.beta.memoryStores.retrieve`. CONFIRMED (SDK).
         */
        get: operations["retrieveMemoryStore"];
        put?: never;
        /**
         * Update a memory store
         * @description `client.beta.memoryStores.update`: name, description, metadata patch; an archived store cannot be updated (400). CONFIRMED (SDK docs).
         */
        post: operations["updateMemoryStore"];
        /**
         * Delete a memory store
         * @description `client.beta.memoryStores.delete`: the store, its memories and versions; `{id, type:"memory_store_deleted"}`. CONFIRMED (SDK).
         */
        delete: operations["deleteMemoryStore"];
        options?: never;
        head?: never;
        /**
         * Update a memory store (PATCH alias)
         * @description PATCH form of updateMemoryStore, for openma clients written against page B's PATCH updates. INVENTED.
         */
        patch: operations["patchMemoryStore"];
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a memory store
         * @description `client.beta.memoryStores.archive`: irreversible; memories become read-and-delete only. CONFIRMED (SDK docs).
         */
        post: operations["archiveMemoryStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/memories": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        /**
         * List memories
         * @description `client.beta.memoryStores.memories.list`, in path order. `path_prefix` must end with `/` and matches
         *     whole segments; `depth=1` lists direct children and rolls deeper ones into `memory_prefix` markers
         *     (which count toward `limit`); `view=full` caps a page at 20. PageCursor. CONFIRMED (SDK docs); order INVENTED.
         */
        get: operations["listMemories"];
        put?: never;
        /**
         * Create a memory
         * @description `client.beta.memoryStores.memories.create`. Path rules (leading `/`, 1–20 segments, none empty,
         *     `.` or `..`, no control characters, NFC, at most 1024 bytes) and content up to 102 400 bytes are
         *     400s; a path that exists or is an ancestor or descendant of one is a 409
         *     `memory_path_conflict_error` with `conflicting_memory_id` and `conflicting_path`. `view` defaults to
         *     `basic` (content null). Records a `created` version. CONFIRMED (SDK docs).
         */
        post: operations["createMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/entries": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        /**
         * List memories (page-B /entries alias)
         * @description The seed page's `GET /v1/memory_stores/:id/entries`; answered as listMemories. INVENTED (page B documents it; openma's code has no such route).
         */
        get: operations["listMemoryEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/memories/{memory_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_id: components["parameters"]["MemoryId"];
            };
            cookie?: never;
        };
        /**
         * Get a memory
         * @description `client.beta.memoryStores.memories.retrieve`; `view` defaults to `full`. CONFIRMED (SDK docs).
         */
        get: operations["retrieveMemory"];
        put?: never;
        /**
         * Update or rename a memory
         * @description `client.beta.memoryStores.memories.update` (POST). A `content_sha256` precondition that does not
         *     hold is a 409 `memory_precondition_failed_error`, unless the memory already has exactly the
         *     requested content and path; a new path that overlaps another memory is a 409
         *     `memory_path_conflict_error`. A change records a `modified` version; no change records none.
         *     CONFIRMED (SDK docs).
         */
        post: operations["updateMemory"];
        /**
         * Delete a memory
         * @description `client.beta.memoryStores.memories.delete`; `expected_content_sha256` that does not match is a 409
         *     `memory_precondition_failed_error` and deletes nothing. Records a `deleted` version; versions stay.
         *     CONFIRMED (SDK docs).
         */
        delete: operations["deleteMemory"];
        options?: never;
        head?: never;
        /**
         * Update a memory (openma PATCH)
         * @description openma's `PATCH /v1/memory_stores/:id/memories/:mem_id`; same as updateMemory. CONFIRMED (openma code).
         */
        patch: operations["patchMemory"];
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/memory_versions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        /**
         * List memory versions
         * @description `client.beta.memoryStores.memoryVersions.list`, newest first, with the SDK's filters (`memory_id`,
         *     `operation`, `api_key_id`, `session_id`, `service_account_id`, created-time bounds); `view` defaults
         *     to `basic`. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listMemoryVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_version_id: components["parameters"]["MemoryVersionId"];
            };
            cookie?: never;
        };
        /**
         * Get a memory version
         * @description `client.beta.memoryStores.memoryVersions.retrieve`; `view` defaults to `full`. CONFIRMED (SDK docs).
         */
        get: operations["retrieveMemoryVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_version_id: components["parameters"]["MemoryVersionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redact a memory version
         * @description `client.beta.memoryStores.memoryVersions.redact`: content, path, hash and size become null; `redacted_at`/`redacted_by` set (again: unchanged). CONFIRMED (SDK docs).
         */
        post: operations["redactMemoryVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List skills
         * @description `client.beta.skills.list`: the tenant's custom skills (newest first), then the built-in Anthropic ones; `source=custom|anthropic` filters. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listSkills"];
        put?: never;
        /**
         * Create a custom skill
         * @description `client.beta.skills.create` / `client.skills.create`: multipart `files[]` (filenames are relative
         *     paths under one top-level directory holding `SKILL.md`) and `display_name`; or openma's JSON form
         *     `{files:[{filename, content, encoding}], display_title?}`. The SKILL.md front matter gives `name`
         *     (a kebab-case slug) and `description`. A second skill with the same name is a 409
         *     `skill_name_taken`. Creates version 1. CONFIRMED (SDK, openma code); name rule INVENTED.
         */
        post: operations["createSkill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        /**
         * Get a skill
         * @description `client.beta.skills.retrieve`. CONFIRMED (SDK).
         */
        get: operations["retrieveSkill"];
        put?: never;
        post?: never;
        /**
         * Delete a skill
         * @description `client.beta.skills.delete`: the skill and its versions, `{id, type:"skill_deleted"}`; a built-in skill is a 403. CONFIRMED (SDK, openma code); cascade INVENTED.
         */
        delete: operations["deleteSkill"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        /**
         * List a skill's versions
         * @description `client.beta.skills.versions.list`, newest first. PageCursor. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listSkillVersions"];
        put?: never;
        /**
         * Upload a new skill version
         * @description `client.beta.skills.versions.create`: the same upload forms as createSkill; the SKILL.md name must
         *     be the skill's (400 otherwise). Becomes `latest_version_id`. A built-in skill is a 403. CONFIRMED (SDK docs).
         */
        post: operations["createSkillVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        /**
         * Get a skill version
         * @description `client.beta.skills.versions.retrieve`; `latest` names the newest. CONFIRMED (SDK); `latest` INFERRED (agents reference skills by it).
         */
        get: operations["retrieveSkillVersion"];
        put?: never;
        post?: never;
        /**
         * Delete a skill version
         * @description `client.beta.skills.versions.delete`: `{id, type:"skill_version_deleted"}`; the skill's only version cannot be deleted (400; a skill always has one), nor a built-in's (403). CONFIRMED (SDK docs); the 400 INVENTED.
         */
        delete: operations["deleteSkillVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        /**
         * Download a skill version
         * @description `client.beta.skills.versions.download`: a zip of the version's files under the skill's name. CONFIRMED (SDK docs).
         */
        get: operations["downloadSkillVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description `client.beta.files.list`: newest first; `scope_id` filters; `ids[]` (at most 100, not with `page` or
         *     `limit`) answers one page of the visible ones. PageCursor. CONFIRMED (SDK docs); order INVENTED.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Upload a file
         * @description `client.beta.files.upload` / `client.files.upload`: multipart `file` (only the last path component of
         *     its filename is kept) and `expires_in_seconds` (3600–7776000, on the engine clock); openma's
         *     `scope_id` (page B: `session_id`) and `downloadable` fields too, or openma's JSON form
         *     `{filename, content, media_type?, encoding?, scope_id?, downloadable?}`. Beyond the tenant's storage
         *     quota: 400 `storage_quota_exceeded`. CONFIRMED (SDK, openma code).
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Get a file's metadata
         * @description `client.beta.files.retrieveMetadata` (page B's `GET /v1/files/:id` download is not followed: the SDK reads metadata here). CONFIRMED (SDK, openma code).
         */
        get: operations["retrieveFileMetadata"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description `client.beta.files.delete`: `{id, type:"file_deleted"}`. CONFIRMED (SDK).
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Download a file
         * @description `client.beta.files.download`: the bytes with the file's MIME type, whatever `Accept` says. A file
         *     that is not downloadable is a 400 `file_not_downloadable`; past `expires_at` a 404 `file_expired`.
         *     CONFIRMED (SDK error classes).
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
    "/v1/models": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List models
         * @description `client.beta.models.list` / `client.models.list`: the seeded models, newest first, `Page`-style
         *     (`after_id`/`before_id`, `{data, first_id, last_id, has_more}`); `lifecycle[]` filters, default
         *     `active` and `deprecated`. CONFIRMED (SDK).
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{model_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                model_id: components["parameters"]["ModelId"];
            };
            cookie?: never;
        };
        /**
         * Get a model
         * @description `client.beta.models.retrieve` / `client.models.retrieve`. CONFIRMED (SDK).
         */
        get: operations["retrieveModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/model_cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List model cards (openma)
         * @description openma's list, newest first, `?provider=` filters. PageCursor. CONFIRMED (openma code); order INVENTED.
         */
        get: operations["listModelCards"];
        put?: never;
        /**
         * Add a model card (openma)
         * @description openma's per-tenant model provider credentials. `model_id` is the handle an agent's model names;
         *     a taken one is a 409. The key is stored and only its last four characters come back
         *     (`api_key_preview`); no live probe runs. `is_default` moves the default. CONFIRMED (openma code);
         *     no probe INVENTED.
         */
        post: operations["createModelCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/model_cards/{model_card_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_card_id: components["parameters"]["ModelCardId"];
            };
            cookie?: never;
        };
        /**
         * Get a model card (openma)
         * @description openma's `GET /v1/model_cards/:id`. CONFIRMED (openma code).
         */
        get: operations["retrieveModelCard"];
        put?: never;
        /**
         * Update or rotate a model card (openma)
         * @description openma's `POST /v1/model_cards/:id`; fields given replace the stored ones. CONFIRMED (openma code).
         */
        post: operations["updateModelCard"];
        /**
         * Delete a model card (openma)
         * @description openma's delete, `{type:"model_card_deleted", id}`. CONFIRMED (openma code); body shape INFERRED from its other deletes.
         */
        delete: operations["deleteModelCard"];
        options?: never;
        head?: never;
        /**
         * Update a model card (page-B PATCH alias)
         * @description The seed page's `PATCH /v1/model_cards/:id`; same as updateModelCard. INVENTED (page B documents it).
         */
        patch: operations["patchModelCard"];
        trace?: never;
    };
    "/v1/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (openma)
         * @description openma's key list, `{data}` without key values (the first 8 characters as `prefix`), oldest first. CONFIRMED (openma code).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (openma)
         * @description openma's key create; the `key` is shown in this answer only. `name` defaults to "Untitled key". CONFIRMED (openma code).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key (openma)
         * @description openma's revoke, `{type:"api_key_deleted", id}`; the key stops working at once. CONFIRMED (openma code).
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description `client.beta.sessions.list` (BidirectionalPageCursor: `{data, next_page, prev_page}`): newest first
         *     (`order=asc` for oldest first), filtered by agent, agent version, `statuses[]` (openma's `status`),
         *     created-time bounds; archived sessions only with `include_archived=true`. CONFIRMED (SDK); order INVENTED.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description `client.beta.sessions.create`: the agent (an id for its latest version, `{type:"agent", id, version}`, or
         *     `agent_with_overrides`) is snapshotted into the session, the environment, vaults and file/memory-store
         *     resources must exist (404). The session starts `idle`; `initial_events` are sent as by `events.send`.
         *     openma's seed-page form `{agent_id, input:[{role, content}]}` is accepted too: `input` becomes the first
         *     `user.message`, and `environment_id` may then be omitted (the tenant's newest environment, or a new
         *     default one). CONFIRMED (SDK); the openma alias INFERRED (page B); the runtime INVENTED (§Runtime).
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description `client.beta.sessions.retrieve`: live `status` and accumulated `usage` and `stats`. CONFIRMED (SDK).
         */
        get: operations["retrieveSession"];
        put?: never;
        /**
         * Update a session
         * @description `client.beta.sessions.update`: `title`, `metadata` (a patch), `agent.tools`/`agent.mcp_servers` (not while
         *     the session is running: 409), `budget`. `vault_ids` is rejected (400), as documented. Emits
         *     `session.updated`. CONFIRMED (SDK docs); the 409 INFERRED.
         */
        post: operations["updateSession"];
        /**
         * Delete a session
         * @description `client.beta.sessions.delete`: the session and its log are gone; open streams get `session.deleted` and close. CONFIRMED (SDK, openma).
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a session
         * @description `client.beta.sessions.archive`: sets `archived_at` and terminates the session (`session.status_terminated`); events sent afterwards are a 409. CONFIRMED (SDK); termination INFERRED.
         */
        post: operations["archiveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/events": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's events
         * @description `client.beta.sessions.events.list` (PageCursor): the log in `processed_at` order (`order=desc` for newest
         *     first), `types[]` and `created_at[…]` (compared with `processed_at`) filters, `limit` up to 1000
         *     (default 100). Preview frames (`event_start`, `event_delta`) are never stored. CONFIRMED (SDK).
         */
        get: operations["listSessionEvents"];
        put?: never;
        /**
         * Send events to a session
         * @description `client.beta.sessions.events.send`: each event is stored (with its id and `processed_at`) and answered in
         *     `{data}`. `user.message` starts a turn (queued behind one in progress); `user.interrupt` ends the turn in
         *     progress with `session.status_idle` `end_turn`; `user.tool_confirmation` and `user.custom_tool_result`
         *     answer the tool call the turn waits for (400 for an id nothing waits for). A terminated or archived
         *     session answers 409. CONFIRMED (SDK); the runtime INVENTED (§Runtime).
         */
        post: operations["sendSessionEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/events/stream": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Stream a session's events (SSE)
         * @description `client.beta.sessions.events.stream`. Headers at once, then one frame per event as it happens:
         *     `event: <type>`, `id: <seq>`, `data: <event JSON>`; `event: ping` every 15 s. No history unless asked:
         *     openma's `Last-Event-ID: <seq>` resumes after that event and `replay=1` replays the whole log first.
         *     `event_deltas[]=agent.message|agent.thinking` adds `event_start` and `event_delta` previews before
         *     the final event (same id). After `session.deleted` the stream closes. CONFIRMED (SDK, openma code).
         */
        get: operations["streamSessionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/stream": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Stream a session's events (openma's alias)
         * @description openma's `GET /v1/sessions/:id/stream`; the same stream as streamSessionEvents. CONFIRMED (openma code).
         */
        get: operations["streamSessionEventsAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/threads": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's threads
         * @description `client.beta.sessions.threads.list` (PageCursor): the primary thread first (`parent_thread_id` null),
         *     then the child threads the coordinator's delegations created, oldest first; `statuses[]` keeps the
         *     threads with one of those statuses. CONFIRMED (SDK; Anthropic's session threads page: the list holds
         *     the primary thread); order and the primary's id INVENTED.
         */
        get: operations["listSessionThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/threads/{thread_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * Get a session thread
         * @description `client.beta.sessions.threads.retrieve`: live `status`, `usage` and `stats`. CONFIRMED (SDK).
         */
        get: operations["retrieveSessionThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/threads/{thread_id}/archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a session thread
         * @description `client.beta.sessions.threads.archive`: sets `archived_at` on a child thread that is not running (again: the
         *     same thread, unchanged); the next delegation to its agent opens a new thread. A running thread is a 409, the
         *     primary thread a 400 (archive the session instead). CONFIRMED (SDK); the rules INFERRED from Anthropic's
         *     session threads page; the status codes INVENTED.
         */
        post: operations["archiveSessionThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/threads/{thread_id}/events": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * List a thread's events
         * @description `client.beta.sessions.threads.events.list` (PageCursor, `limit` up to 1000, default 100): a child thread's
         *     own log in `processed_at` order; the primary thread's is the session-level log. Filters as
         *     listSessionEvents. CONFIRMED (SDK); which events each log holds INFERRED (§Threads).
         */
        get: operations["listSessionThreadEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/threads/{thread_id}/stream": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * Stream a thread's events (SSE)
         * @description `client.beta.sessions.threads.events.stream` (`/stream`, not `/events/stream`): the session stream's framing,
         *     pings, `event_deltas[]`, `Last-Event-ID` and `replay=1`, over the thread's own log (previews of the thread's
         *     messages included); the primary thread's is the session-level stream. CONFIRMED (SDK).
         */
        get: operations["streamSessionThreadEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/resources": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's resources
         * @description `client.beta.sessions.resources.list` (PageCursor), in the order they were added. CONFIRMED (SDK).
         */
        get: operations["listSessionResources"];
        put?: never;
        /**
         * Add a file to a session
         * @description `client.beta.sessions.resources.add`: a file resource (the file must exist: 404). CONFIRMED (SDK).
         */
        post: operations["addSessionResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/resources/{resource_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                resource_id: string;
            };
            cookie?: never;
        };
        /**
         * Get a session resource
         * @description `client.beta.sessions.resources.retrieve`. CONFIRMED (SDK).
         */
        get: operations["retrieveSessionResource"];
        put?: never;
        /**
         * Rotate a repository resource's token
         * @description `client.beta.sessions.resources.update`: a new `authorization_token` for a GitHub repository resource (never read back); 400 for another type. CONFIRMED (SDK).
         */
        post: operations["updateSessionResource"];
        /**
         * Remove a session resource
         * @description `client.beta.sessions.resources.delete`: `{id, type:"session_resource_deleted"}`. CONFIRMED (SDK).
         */
        delete: operations["deleteSessionResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            /** @constant */
            type: "error";
            error: components["schemas"]["ErrorObject"];
            request_id: string;
        };
        ErrorObject: {
            /** @enum {string} */
            type: "invalid_request_error" | "authentication_error" | "permission_error" | "not_found_error" | "conflict_error" | "request_too_large" | "rate_limit_error" | "api_error" | "overloaded_error" | "timeout_error" | "memory_precondition_failed_error" | "memory_path_conflict_error";
            message: string;
            /** @description Open object. `error_code` names the case; the SDK picks a typed error class by `"<status> <error_code>"`. */
            details?: {
                error_code: string;
            };
            /** @description memory_path_conflict_error only. */
            conflicting_memory_id?: string;
            /** @description memory_path_conflict_error only. */
            conflicting_path?: string;
        };
        /** @description Token for `?page=` to get the next page; null on the last page. */
        NextPage: string | null;
        /** Format: date-time */
        Timestamp: string;
        /** Format: date-time */
        NullableTimestamp: string | null;
        /** @description Open object of strings (at most 16 keys). */
        Metadata: {
            [key: string]: string;
        };
        /** @description Open object; a string upserts the key, null deletes it. */
        MetadataPatch: {
            [key: string]: string | null;
        } | null;
        PermissionPolicy: {
            /** @enum {string} */
            type: "always_allow" | "always_ask" | "auto";
        };
        Agent: {
            /** @constant */
            type: "agent";
            id: string;
            name: string;
            description: string | null;
            system: string | null;
            model: components["schemas"]["ModelConfig"];
            tools: (components["schemas"]["AgentToolset"] | components["schemas"]["McpToolset"] | components["schemas"]["CustomTool"])[];
            mcp_servers: components["schemas"]["McpServer"][];
            skills: components["schemas"]["AgentSkill"][];
            metadata: components["schemas"]["Metadata"];
            /** @description Open object (a coordinator roster or a multiagent_20261001 config, agent references resolved), or null. */
            multiagent: {
                /** @enum {string} */
                type: "coordinator" | "multiagent_20261001";
            } | null;
            execution_identity: components["schemas"]["ExecutionIdentity"];
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        ModelConfig: {
            id: string;
            /** @enum {string} */
            speed: "standard" | "fast";
            effort?: {
                /** @enum {string} */
                type: "low" | "medium" | "high" | "xhigh" | "max";
            };
            inference_geo?: string;
        };
        ToolsetDefaultConfig: {
            enabled: boolean;
            permission_policy: components["schemas"]["PermissionPolicy"];
        };
        AgentToolset: {
            /** @constant */
            type: "agent_toolset_20260401";
            default_config: components["schemas"]["ToolsetDefaultConfig"];
            configs: components["schemas"]["AgentToolConfig"][];
        };
        AgentToolConfig: {
            type: components["schemas"]["BuiltinToolName"];
            name: components["schemas"]["BuiltinToolName"];
            enabled: boolean;
            permission_policy: components["schemas"]["PermissionPolicy"];
            /** @description web_fetch only: open object of url source filters, or null. */
            url_sources?: Record<string, never> | null;
            allowed_domains?: string[];
            blocked_domains?: string[];
            max_content_tokens?: number | null;
            /** @description Open object (web_search). */
            user_location?: Record<string, never> | null;
        };
        /** @enum {string} */
        BuiltinToolName: "bash" | "edit" | "read" | "write" | "glob" | "grep" | "web_fetch" | "web_search";
        McpToolset: {
            /** @constant */
            type: "mcp_toolset";
            mcp_server_name: string;
            default_config: components["schemas"]["ToolsetDefaultConfig"];
            configs: {
                name: string;
                enabled: boolean;
                permission_policy: components["schemas"]["PermissionPolicy"];
            }[];
        };
        CustomTool: {
            /** @constant */
            type: "custom";
            name: string;
            description: string;
            input_schema: components["schemas"]["CustomToolInputSchema"];
        };
        /** @description Open object (a JSON Schema whose type is object). */
        CustomToolInputSchema: {
            /** @constant */
            type: "object";
        };
        McpServer: {
            name: string;
            /** @constant */
            type: "url";
            url: string;
        };
        AgentSkill: {
            /** @enum {string} */
            type: "anthropic" | "custom";
            skill_id: string;
            version: string;
        };
        ExecutionIdentity: {
            /** @constant */
            type: "service_account";
        } | {
            /** @constant */
            type: "aws_role";
            role_arn: string;
        };
        AgentDeleted: {
            /** @constant */
            type: "agent_deleted";
            id: string;
        };
        ModelParam: string | {
            id: string;
            effort?: ("low" | "medium" | "high" | "xhigh" | "max") | {
                /** @enum {string} */
                type: "low" | "medium" | "high" | "xhigh" | "max";
            } | null;
            inference_geo?: string | null;
            /** @enum {string|null} */
            speed?: "standard" | "fast" | null;
        };
        PermissionPolicyParam: components["schemas"]["PermissionPolicy"] | null;
        ToolsetDefaultConfigParam: {
            enabled?: boolean | null;
            permission_policy?: components["schemas"]["PermissionPolicyParam"];
        } | null;
        AgentToolsetParam: {
            /** @constant */
            type: "agent_toolset_20260401";
            default_config?: components["schemas"]["ToolsetDefaultConfigParam"];
            configs?: {
                name: components["schemas"]["BuiltinToolName"];
                type?: components["schemas"]["BuiltinToolName"];
                enabled?: boolean | null;
                permission_policy?: components["schemas"]["PermissionPolicyParam"];
                /** @description Open: "all", "none" or an object of filters. */
                url_sources?: string | Record<string, never> | null;
                allowed_domains?: string[];
                blocked_domains?: string[];
                max_content_tokens?: number | null;
                /** @description Open object. */
                user_location?: Record<string, never> | null;
            }[];
        };
        McpToolsetParam: {
            /** @constant */
            type: "mcp_toolset";
            mcp_server_name: string;
            default_config?: components["schemas"]["ToolsetDefaultConfigParam"];
            configs?: {
                name: string;
                enabled?: boolean | null;
                permission_policy?: components["schemas"]["PermissionPolicyParam"];
            }[];
        };
        CustomToolParam: {
            /** @constant */
            type: "custom";
            name: string;
            description: string;
            input_schema: components["schemas"]["CustomToolInputSchema"];
        };
        ToolParam: components["schemas"]["AgentToolsetParam"] | components["schemas"]["McpToolsetParam"] | components["schemas"]["CustomToolParam"];
        SkillRefParam: {
            /** @enum {string} */
            type: "anthropic" | "custom";
            skill_id: string;
            version?: string | null;
        };
        /** @description Open object (a coordinator roster or a multiagent_20261001 config), or null. */
        MultiagentParam: {
            /** @enum {string} */
            type: "coordinator" | "multiagent_20261001";
        } | null;
        ExecutionIdentityParam: components["schemas"]["ExecutionIdentity"] | null;
        AgentCreateRequest: {
            model: components["schemas"]["ModelParam"];
            name: string;
            description?: string | null;
            system?: string | null;
            tools?: components["schemas"]["ToolParam"][];
            mcp_servers?: components["schemas"]["McpServer"][];
            skills?: components["schemas"]["SkillRefParam"][];
            metadata?: components["schemas"]["Metadata"];
            multiagent?: components["schemas"]["MultiagentParam"];
            execution_identity?: components["schemas"]["ExecutionIdentityParam"];
        };
        AgentUpdateRequest: {
            version?: number;
            model?: components["schemas"]["ModelParam"];
            name?: string;
            description?: string | null;
            system?: string | null;
            tools?: components["schemas"]["ToolParam"][] | null;
            mcp_servers?: components["schemas"]["McpServer"][] | null;
            skills?: components["schemas"]["SkillRefParam"][] | null;
            metadata?: components["schemas"]["MetadataPatch"];
            multiagent?: components["schemas"]["MultiagentParam"];
            execution_identity?: components["schemas"]["ExecutionIdentityParam"];
        };
        Environment: {
            /** @constant */
            type: "environment";
            id: string;
            name: string;
            description: string | null;
            config: components["schemas"]["CloudConfig"] | components["schemas"]["SelfHostedConfig"];
            metadata: components["schemas"]["Metadata"];
            /** @enum {string} */
            scope?: "organization" | "account";
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        CloudConfig: {
            /** @constant */
            type: "cloud";
            networking: {
                /** @constant */
                type: "unrestricted";
            } | {
                /** @constant */
                type: "limited";
                allowed_hosts: string[];
                allow_mcp_servers: boolean;
                allow_package_managers: boolean;
            };
            packages: {
                apt: string[];
                cargo: string[];
                gem: string[];
                go: string[];
                npm: string[];
                pip: string[];
                /** @constant */
                type?: "packages";
            };
        };
        SelfHostedConfig: {
            /** @constant */
            type: "self_hosted";
        };
        PackageList: string[] | null;
        ConfigParam: {
            /** @constant */
            type: "cloud";
            networking?: {
                /** @constant */
                type: "unrestricted";
            } | {
                /** @constant */
                type: "limited";
                allowed_hosts?: string[] | null;
                allow_mcp_servers?: boolean | null;
                allow_package_managers?: boolean | null;
            } | null;
            packages?: {
                apt?: components["schemas"]["PackageList"];
                cargo?: components["schemas"]["PackageList"];
                gem?: components["schemas"]["PackageList"];
                go?: components["schemas"]["PackageList"];
                npm?: components["schemas"]["PackageList"];
                pip?: components["schemas"]["PackageList"];
                /** @constant */
                type?: "packages";
            } | null;
        } | components["schemas"]["SelfHostedConfig"] | null;
        EnvironmentCreateRequest: {
            name: string;
            description?: string | null;
            config?: components["schemas"]["ConfigParam"];
            metadata?: components["schemas"]["Metadata"];
            /** @enum {string|null} */
            scope?: "organization" | "account" | null;
        };
        EnvironmentUpdateRequest: {
            name?: string | null;
            description?: string | null;
            config?: components["schemas"]["ConfigParam"];
            metadata?: components["schemas"]["MetadataPatch"];
            /** @enum {string|null} */
            scope?: "organization" | "account" | null;
        };
        EnvironmentDeleted: {
            id: string;
            /** @constant */
            type: "environment_deleted";
        };
        Vault: {
            /** @constant */
            type: "vault";
            id: string;
            display_name: string;
            metadata: components["schemas"]["Metadata"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        VaultCreateRequest: {
            display_name: string;
            metadata?: components["schemas"]["Metadata"];
        };
        VaultUpdateRequest: {
            display_name?: string | null;
            metadata?: components["schemas"]["MetadataPatch"];
        };
        VaultDeleted: {
            id: string;
            /** @constant */
            type: "vault_deleted";
        };
        Credential: {
            /** @constant */
            type: "vault_credential";
            id: string;
            vault_id: string;
            display_name: string | null;
            auth: {
                /** @constant */
                type: "static_bearer";
                mcp_server_url: string;
            } | {
                /** @constant */
                type: "mcp_oauth";
                mcp_server_url: string;
                expires_at: components["schemas"]["NullableTimestamp"];
                refresh: {
                    client_id: string;
                    token_endpoint: string;
                    token_endpoint_auth: {
                        /** @enum {string} */
                        type: "none" | "client_secret_basic" | "client_secret_post";
                    };
                    resource: string | null;
                    scope: string | null;
                } | null;
            } | {
                /** @constant */
                type: "environment_variable";
                secret_name: string;
                networking: components["schemas"]["CredentialNetworking"];
                injection_location: {
                    body: boolean;
                    header: boolean;
                };
            };
            metadata: components["schemas"]["Metadata"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        CredentialNetworking: {
            /** @constant */
            type: "unrestricted";
        } | {
            /** @constant */
            type: "limited";
            allowed_hosts: string[];
        };
        TokenEndpointAuthParam: {
            /** @constant */
            type: "none";
        } | {
            /** @constant */
            type: "client_secret_basic";
            client_secret: string;
        } | {
            /** @constant */
            type: "client_secret_post";
            client_secret: string;
        };
        InjectionLocationParam: {
            body?: boolean;
            header?: boolean;
        };
        CredentialAuthCreate: {
            /** @constant */
            type: "static_bearer";
            token: string;
            mcp_server_url: string;
        } | {
            /** @constant */
            type: "mcp_oauth";
            access_token: string;
            mcp_server_url: string;
            /** Format: date-time */
            expires_at?: string | null;
            refresh?: {
                client_id: string;
                refresh_token: string;
                token_endpoint: string;
                token_endpoint_auth: components["schemas"]["TokenEndpointAuthParam"];
                resource?: string | null;
                scope?: string | null;
            } | null;
        } | {
            /** @constant */
            type: "environment_variable";
            secret_name: string;
            secret_value: string;
            networking: components["schemas"]["CredentialNetworking"];
            injection_location?: components["schemas"]["InjectionLocationParam"];
        };
        CredentialAuthUpdate: {
            /** @constant */
            type: "static_bearer";
            token?: string | null;
        } | {
            /** @constant */
            type: "mcp_oauth";
            access_token?: string | null;
            /** Format: date-time */
            expires_at?: string | null;
            refresh?: {
                refresh_token?: string | null;
                scope?: string | null;
                token_endpoint_auth?: {
                    /** @constant */
                    type: "client_secret_basic";
                    client_secret?: string | null;
                } | {
                    /** @constant */
                    type: "client_secret_post";
                    client_secret?: string | null;
                };
            } | null;
        } | {
            /** @constant */
            type: "environment_variable";
            secret_value?: string | null;
            networking?: components["schemas"]["CredentialNetworking"] | null;
            injection_location?: components["schemas"]["InjectionLocationParam"];
        };
        CredentialCreateRequest: {
            auth: components["schemas"]["CredentialAuthCreate"];
            display_name?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        CredentialUpdateRequest: {
            auth?: components["schemas"]["CredentialAuthUpdate"];
            display_name?: string | null;
            metadata?: components["schemas"]["MetadataPatch"];
        };
        CredentialDeleted: {
            id: string;
            /** @constant */
            type: "vault_credential_deleted";
        };
        CredentialValidation: {
            /** @constant */
            type: "vault_credential_validation";
            credential_id: string;
            vault_id: string;
            /** @enum {string} */
            status: "valid" | "invalid" | "unknown";
            has_refresh_token: boolean;
            /** @description The emulator probes nothing. */
            mcp_probe: null;
            /** @description The emulator refreshes nothing. */
            refresh: null;
            validated_at: components["schemas"]["Timestamp"];
        };
        MemoryStore: {
            /** @constant */
            type: "memory_store";
            id: string;
            name: string;
            description: string;
            metadata: components["schemas"]["Metadata"];
            /** @description Present only when the page-B form named an agent. */
            agent_id?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        MemoryStoreCreateRequest: {
            name: string;
            description?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description Page-B form (openma docs); the agent must exist. */
            agent_id?: string;
        };
        MemoryStoreUpdateRequest: {
            name?: string | null;
            description?: string | null;
            metadata?: components["schemas"]["MetadataPatch"];
        };
        MemoryStoreDeleted: {
            id: string;
            /** @constant */
            type: "memory_store_deleted";
        };
        Memory: {
            /** @constant */
            type: "memory";
            id: string;
            memory_store_id: string;
            path: string;
            content: string | null;
            content_sha256: string;
            content_size_bytes: number;
            memory_version_id: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        MemoryPrefix: {
            /** @constant */
            type: "memory_prefix";
            path: string;
        };
        MemoryCreateRequest: {
            path: string;
            content: string | null;
        };
        MemoryUpdateRequest: {
            path?: string | null;
            content?: string | null;
            precondition?: {
                /** @constant */
                type: "content_sha256";
                content_sha256?: string;
            };
        };
        MemoryDeleted: {
            id: string;
            /** @constant */
            type: "memory_deleted";
        };
        Actor: {
            /** @constant */
            type: "api_actor";
            api_key_id: string;
        } | {
            /** @constant */
            type: "session_actor";
            session_id: string;
        } | {
            /** @constant */
            type: "user_actor";
            user_id: string;
        } | {
            /** @constant */
            type: "service_account_actor";
            service_account_id: string;
        };
        MemoryVersion: {
            /** @constant */
            type: "memory_version";
            id: string;
            memory_id: string;
            memory_store_id: string;
            /** @enum {string} */
            operation: "created" | "modified" | "deleted";
            path: string | null;
            content: string | null;
            content_sha256: string | null;
            content_size_bytes: number | null;
            created_by: components["schemas"]["Actor"] | null;
            redacted_at: components["schemas"]["NullableTimestamp"];
            redacted_by: components["schemas"]["Actor"] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        Skill: {
            /** @constant */
            type: "skill";
            id: string;
            display_name: string;
            latest_version_id: string;
            source: {
                /** @enum {string} */
                type: "custom" | "anthropic" | "anthropic_example" | "plugin";
            };
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        SkillVersion: {
            /** @constant */
            type: "skill_version";
            id: string;
            skill_id: string;
            name: string;
            description: string;
            created_at: components["schemas"]["Timestamp"];
        };
        SkillUploadForm: {
            /** @description One part per file; each filename is a path relative to the upload, under one top-level directory. */
            "files[]": string[];
            display_name?: string;
        };
        SkillUploadJson: {
            files: {
                filename: string;
                content: string;
                /** @enum {string} */
                encoding?: "utf8" | "base64";
            }[];
            display_name?: string | null;
            /** @description openma's name for `display_name`. */
            display_title?: string | null;
        };
        SkillDeleted: {
            id: string;
            /** @constant */
            type: "skill_deleted";
        };
        SkillVersionDeleted: {
            id: string;
            /** @constant */
            type: "skill_version_deleted";
        };
        FileMetadata: {
            /** @constant */
            type: "file";
            id: string;
            filename: string;
            mime_type: string;
            size_bytes: number;
            created_at: components["schemas"]["Timestamp"];
            downloadable: boolean;
            expires_at: components["schemas"]["NullableTimestamp"];
            scope: {
                /** @constant */
                type: "session";
                id: string;
            } | null;
        };
        FileUploadForm: {
            file: string;
            /** @description Integer 3600-7776000. */
            expires_in_seconds?: string;
            scope_id?: string;
            /** @description Page B's name for `scope_id`. */
            session_id?: string;
            /** @description "true" or "false" (openma). */
            downloadable?: string;
        };
        FileUploadJson: {
            filename: string;
            content: string;
            media_type?: string;
            /** @enum {string} */
            encoding?: "utf8" | "base64";
            scope_id?: string | null;
            downloadable?: boolean;
            expires_in_seconds?: number;
        };
        FileDeleted: {
            id: string;
            /** @constant */
            type: "file_deleted";
        };
        ModelInfo: {
            /** @constant */
            type: "model";
            id: string;
            display_name: string;
            created_at: components["schemas"]["Timestamp"];
            /** @enum {string} */
            lifecycle: "active" | "deprecated" | "retired";
            /** @enum {string|null} */
            line: "haiku" | "sonnet" | "opus" | "fable" | "mythos" | null;
            /** @description Open object (the emulator seeds none). */
            capabilities: Record<string, never> | null;
            max_input_tokens: number | null;
            max_tokens: number | null;
            deprecated_at: components["schemas"]["NullableTimestamp"];
            retires_at: components["schemas"]["NullableTimestamp"];
            allowed_fallback_models: string[] | null;
        };
        ModelCard: {
            id: string;
            model_id: string;
            model: string | null;
            /** @enum {string} */
            provider: "ant" | "ant-compatible" | "oai" | "oai-compatible";
            api_key_preview: string;
            base_url: string | null;
            custom_headers: components["schemas"]["Metadata"];
            is_default: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: null;
        };
        ModelCardCreateRequest: {
            model_id: string;
            model?: string | null;
            /** @enum {string} */
            provider: "ant" | "ant-compatible" | "oai" | "oai-compatible";
            api_key: string;
            base_url?: string | null;
            custom_headers?: {
                [key: string]: string;
            } | null;
            is_default?: boolean;
        };
        ModelCardUpdateRequest: {
            model_id?: string;
            model?: string | null;
            /** @enum {string} */
            provider?: "ant" | "ant-compatible" | "oai" | "oai-compatible";
            api_key?: string;
            base_url?: string | null;
            custom_headers?: {
                [key: string]: string;
            } | null;
            is_default?: boolean;
        };
        ModelCardDeleted: {
            id: string;
            /** @constant */
            type: "model_card_deleted";
        };
        ApiKey: {
            id: string;
            name: string;
            prefix: string;
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
        };
        ApiKeyCreated: {
            id: string;
            name: string;
            key: string;
            prefix: string;
            created_at: components["schemas"]["Timestamp"];
        };
        ApiKeyDeleted: {
            id: string;
            /** @constant */
            type: "api_key_deleted";
        };
        /** @enum {string} */
        SessionStatus: "idle" | "running" | "rescheduling" | "terminated";
        Session: {
            /** @constant */
            type: "session";
            id: string;
            agent: components["schemas"]["SessionAgent"];
            environment_id: string;
            title: string | null;
            metadata: components["schemas"]["Metadata"];
            status: components["schemas"]["SessionStatus"];
            resources: components["schemas"]["SessionResource"][];
            vault_ids: string[];
            usage: {
                input_tokens: number;
                output_tokens: number;
                cache_read_input_tokens: number;
                cache_creation: {
                    ephemeral_5m_input_tokens?: number;
                    ephemeral_1h_input_tokens?: number;
                };
            };
            stats: {
                active_seconds?: number;
                duration_seconds?: number;
            };
            /** @description Always empty: outcomes are not evaluated. */
            outcome_evaluations: unknown[];
            /** @description Open object (the budget as sent), or null. */
            budget: Record<string, never> | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        /** @description The agent's snapshot at the version the session runs, with any overrides applied. */
        SessionAgent: {
            /** @constant */
            type: "agent";
            id: string;
            version: number;
            name: string;
            description: string | null;
            system: string | null;
            model: components["schemas"]["ModelConfig"];
            tools: (components["schemas"]["AgentToolset"] | components["schemas"]["McpToolset"] | components["schemas"]["CustomTool"])[];
            mcp_servers: components["schemas"]["McpServer"][];
            skills: components["schemas"]["AgentSkill"][];
            /** @description Open object, or null. */
            multiagent: Record<string, never> | null;
            execution_identity: components["schemas"]["ExecutionIdentity"];
        };
        SessionPage: {
            data: components["schemas"]["Session"][];
            next_page: components["schemas"]["NextPage"];
            prev_page: components["schemas"]["NextPage"];
        };
        /** @description An execution thread of a session (the SDK's BetaManagedAgentsSessionThread). */
        SessionThread: {
            /** @constant */
            type: "session_thread";
            id: string;
            session_id: string;
            /** @description Null for the primary thread. */
            parent_thread_id: string | null;
            agent: components["schemas"]["SessionThreadAgent"];
            status: components["schemas"]["SessionStatus"];
            stats: {
                active_seconds?: number;
                duration_seconds?: number;
                startup_seconds?: number;
            } | null;
            usage: {
                input_tokens?: number;
                output_tokens?: number;
                cache_read_input_tokens?: number;
                cache_creation?: {
                    ephemeral_5m_input_tokens?: number;
                    ephemeral_1h_input_tokens?: number;
                };
                active_seconds?: number;
            } | null;
            /** @description Always null (workflow runs are not emulated). */
            workflow_run_id: null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            archived_at: components["schemas"]["NullableTimestamp"];
        };
        /** @description The agent a thread runs, snapshotted when the thread was created (no roster, as the SDK types it). */
        SessionThreadAgent: {
            /** @constant */
            type: "agent";
            id: string;
            version: number;
            name: string;
            description: string | null;
            system: string | null;
            model: components["schemas"]["ModelConfig"];
            tools: (components["schemas"]["AgentToolset"] | components["schemas"]["McpToolset"] | components["schemas"]["CustomTool"])[];
            mcp_servers: components["schemas"]["McpServer"][];
            skills: components["schemas"]["AgentSkill"][];
            execution_identity: components["schemas"]["ExecutionIdentity"];
        };
        SessionThreadPage: {
            data: components["schemas"]["SessionThread"][];
            next_page: components["schemas"]["NextPage"];
        };
        SessionDeleted: {
            id: string;
            /** @constant */
            type: "session_deleted";
        };
        AgentRefParam: string | {
            /** @constant */
            type?: "agent";
            id: string;
            version?: number;
        } | {
            /** @constant */
            type: "agent_with_overrides";
            id: string;
            version?: number;
            model?: components["schemas"]["ModelParam"];
            system?: string | null;
            tools?: components["schemas"]["ToolParam"][];
            mcp_servers?: components["schemas"]["McpServer"][];
            skills?: components["schemas"]["SkillRefParam"][];
        };
        SessionResourceParam: {
            /** @constant */
            type: "file";
            file_id: string;
            mount_path?: string;
        } | {
            /** @constant */
            type: "github_repository";
            url: string;
            authorization_token?: string;
            /** @description Open object: `{type:"branch", name}` or `{type:"commit", sha}`. */
            checkout?: Record<string, never>;
            mount_path?: string;
        } | {
            /** @constant */
            type: "memory_store";
            memory_store_id: string;
            /** @enum {string} */
            access?: "read_write" | "read_only";
            instructions?: string;
        };
        /** @description Open object: a file or GitHub repository resource (with `id`), or a memory store (without). */
        SessionResource: {
            /** @enum {string} */
            type: "file" | "github_repository" | "memory_store";
            id?: string;
        };
        SessionCreateRequest: {
            agent?: components["schemas"]["AgentRefParam"];
            /** @description openma's seed page: the agent, as `agent`. */
            agent_id?: string;
            /** @description openma's seed page: the first turn, as `[{role:"user", content}]` (a string or text blocks). */
            input?: {
                /** @enum {string} */
                role?: "user";
                content: string | components["schemas"]["ContentBlockParam"][];
            }[];
            environment_id?: string;
            title?: string | null;
            metadata?: components["schemas"]["Metadata"];
            vault_ids?: string[];
            resources?: components["schemas"]["SessionResourceParam"][];
            initial_events?: components["schemas"]["EventParam"][];
            /** @description Open object: `{type:"limit", max_list_cost}`; stored and shown, never enforced. */
            budget?: Record<string, never> | null;
        };
        SessionUpdateRequest: {
            title?: string | null;
            metadata?: components["schemas"]["MetadataPatch"];
            agent?: {
                tools?: components["schemas"]["ToolParam"][];
                mcp_servers?: components["schemas"]["McpServer"][];
            };
            budget?: Record<string, never> | null;
            vault_ids?: string[];
        };
        /** @description Open object: a text, image, document or redacted block. */
        ContentBlockParam: {
            /** @enum {string} */
            type: "text" | "image" | "document" | "redacted" | "search_result";
            text?: string;
        };
        /** @description An event a client sends. */
        EventParam: {
            /** @constant */
            type: "user.message";
            content: components["schemas"]["ContentBlockParam"][];
        } | {
            /** @constant */
            type: "user.interrupt";
            session_thread_id?: string;
        } | {
            /** @constant */
            type: "user.tool_confirmation";
            tool_use_id: string;
            /** @enum {string} */
            result: "allow" | "deny";
            deny_message?: string;
            session_thread_id?: string;
        } | {
            /** @constant */
            type: "user.custom_tool_result";
            custom_tool_use_id: string;
            content?: components["schemas"]["ContentBlockParam"][];
            is_error?: boolean;
            session_thread_id?: string;
        } | {
            /** @constant */
            type: "user.tool_result";
            tool_use_id: string;
            content?: components["schemas"]["ContentBlockParam"][];
            is_error?: boolean;
            session_thread_id?: string;
        } | {
            /** @constant */
            type: "user.define_outcome";
            description: string;
            rubric: Record<string, never>;
            max_iterations?: number | null;
        } | {
            /** @constant */
            type: "system.message";
            content: components["schemas"]["ContentBlockParam"][];
        };
        SendEventsRequest: {
            events: components["schemas"]["EventParam"][];
        };
        /** @description Open object: one event of the log (the SDK's BetaManagedAgentsSessionEvent union), by `type`. */
        SessionEvent: {
            id: string;
            type: string;
            /** Format: date-time */
            processed_at: string | null;
        };
        SessionEventPage: {
            data: components["schemas"]["SessionEvent"][];
            next_page: components["schemas"]["NextPage"];
        };
        SentEvents: {
            data: components["schemas"]["SessionEvent"][];
        };
    };
    responses: {
        /** @description The session. */
        Session: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Session"];
            };
        };
        /** @description The session resource. */
        SessionResource: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SessionResource"];
            };
        };
        /** @description The session thread. */
        SessionThread: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SessionThread"];
            };
        };
        /** @description Server-sent events (see the operation's description); the frames' data are SessionEvent objects or preview frames. */
        EventStream: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "text/event-stream": string;
            };
        };
        /**
         * @description `invalid_request_error`: a path, query, header (strict mode) or body value is invalid, a rule of
         *     the resource is broken, or a malformed page token; `details.error_code` names the SDK's typed
         *     cases (`invalid_metadata`, `environment_archived`, `invalid_config_type_change`,
         *     `file_not_downloadable`, `storage_quota_exceeded`).
         */
        BadRequest: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `authentication_error`: no API key, or one the tenant does not have. */
        Unauthorized: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `permission_error`: the resource cannot be changed (a built-in skill). */
        PermissionDenied: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `not_found_error`: the id (or one the body references) is unknown to the tenant; `environment_not_found`, `file_expired` as codes. */
        NotFound: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `conflict_error` (version mismatch, a taken name, a referenced resource; `skill_name_taken`), `memory_precondition_failed_error`, `memory_path_conflict_error`. */
        Conflict: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `request_too_large`: the body is over the limit. */
        TooLarge: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `rate_limit_error`, with `retry-after`. */
        RateLimited: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `api_error` (500), `overloaded_error` (529), `timeout_error` (504); also what fault injection asks for. */
        ServerError: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The agent. */
        Agent: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Agent"];
            };
        };
        /** @description A page of agents. */
        AgentPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Agent"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The environment. */
        Environment: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Environment"];
            };
        };
        /** @description A page of environments. */
        EnvironmentPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Environment"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The vault. */
        Vault: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Vault"];
            };
        };
        /** @description A page of vaults. */
        VaultPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Vault"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The credential, without its secrets. */
        Credential: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Credential"];
            };
        };
        /** @description A page of credentials, without their secrets. */
        CredentialPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Credential"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The memory store. */
        MemoryStore: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MemoryStore"];
            };
        };
        /** @description A page of memory stores. */
        MemoryStorePage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["MemoryStore"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The memory. */
        Memory: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Memory"];
            };
        };
        /** @description A page of memories and prefix markers. */
        MemoryListPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: (components["schemas"]["Memory"] | components["schemas"]["MemoryPrefix"])[];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The memory version. */
        MemoryVersion: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MemoryVersion"];
            };
        };
        /** @description A page of memory versions. */
        MemoryVersionPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["MemoryVersion"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The skill. */
        Skill: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Skill"];
            };
        };
        /** @description A page of skills. */
        SkillPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Skill"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The skill version. */
        SkillVersion: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SkillVersion"];
            };
        };
        /** @description A page of skill versions. */
        SkillVersionPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["SkillVersion"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The file's metadata. */
        FileMetadata: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FileMetadata"];
            };
        };
        /** @description A page of files. */
        FilePage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["FileMetadata"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
        /** @description The model card (the key's last four characters only). */
        ModelCard: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ModelCard"];
            };
        };
        /** @description The new model card (the key's last four characters only). */
        ModelCardCreated: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ModelCard"];
            };
        };
        /** @description A page of model cards. */
        ModelCardPage: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ModelCard"][];
                    next_page: components["schemas"]["NextPage"];
                };
            };
        };
    };
    parameters: {
        /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
        AnthropicBeta: string;
        /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
        AnthropicVersion: string;
        /** @description Accepted and ignored (one workspace per tenant). */
        WorkspaceId: string;
        /** @description Page size, 1-100 (default 20). */
        Limit: number;
        /** @description A `next_page` token from the previous page. */
        Page: string;
        /** @description openma's name for `page`. */
        Cursor: string;
        IncludeArchived: boolean;
        /** @description Page B's name for `include_archived`. */
        Archived: boolean;
        /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
        CreatedAtGte: string;
        /** @description Created at or before (RFC 3339). */
        CreatedAtLte: string;
        /** @description `basic` (content null) or `full`. */
        View: "basic" | "full";
        AgentId: string;
        EnvironmentId: string;
        VaultId: string;
        CredentialId: string;
        MemoryStoreId: string;
        MemoryId: string;
        MemoryVersionId: string;
        SkillId: string;
        SkillVersion: string;
        FileId: string;
        ModelId: string;
        ModelCardId: string;
        SessionId: string;
        ThreadId: string;
        /** @description Created after (RFC 3339). */
        CreatedAtGt: string;
        /** @description Created before (RFC 3339). */
        CreatedAtLt: string;
        /** @description Event types to preview as they are produced. */
        EventDeltas: ("agent.message" | "agent.thinking")[];
        /** @description openma: `1` (or `true`) replays the whole log before the live events. */
        Replay: "0" | "1" | "true" | "false";
        /** @description openma: resume after the event whose `id:` (seq) this is. */
        LastEventId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request's id; error bodies repeat it as `request_id`. */
        RequestId: string;
        /** @description `false` on deterministic client errors, so the SDK does not retry them. */
        ShouldRetry: "true" | "false";
        /** @description Seconds until the rate-limit window resets. */
        RetryAfter: string;
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
            /** @description The server is up. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
                /** @description Page B's name for `include_archived`. */
                archived?: components["parameters"]["Archived"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AgentPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveAgent: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent and its versions are gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listAgentVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AgentPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveAgentVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                agent_id: components["parameters"]["AgentId"];
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Agent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listEnvironments: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EnvironmentPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Environment"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Environment"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Environment"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Environment"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveEnvironment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                environment_id: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Environment"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listVaults: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VaultPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VaultCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Vault"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Vault"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VaultUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Vault"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vault is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VaultUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Vault"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Vault"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listCredentials: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CredentialPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validateCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                vault_id: components["parameters"]["VaultId"];
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMemoryStores: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
                agent_id?: string;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryStorePage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryStoreCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["MemoryStore"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryStore"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryStoreUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["MemoryStore"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryStoreDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryStoreUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["MemoryStore"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveMemoryStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryStore"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMemories: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
                path_prefix?: string;
                depth?: number;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryListPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMemory: {
        parameters: {
            query?: {
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Memory"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMemoryEntries: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
                path_prefix?: string;
                depth?: number;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryListPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveMemory: {
        parameters: {
            query?: {
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_id: components["parameters"]["MemoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Memory"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateMemory: {
        parameters: {
            query?: {
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_id: components["parameters"]["MemoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Memory"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteMemory: {
        parameters: {
            query?: {
                expected_content_sha256?: string;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_id: components["parameters"]["MemoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The memory is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchMemory: {
        parameters: {
            query?: {
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_id: components["parameters"]["MemoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Memory"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMemoryVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
                memory_id?: string;
                operation?: "created" | "modified" | "deleted";
                api_key_id?: string;
                session_id?: string;
                service_account_id?: string;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryVersionPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveMemoryVersion: {
        parameters: {
            query?: {
                /** @description `basic` (content null) or `full`. */
                view?: components["parameters"]["View"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_version_id: components["parameters"]["MemoryVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    redactMemoryVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                memory_store_id: components["parameters"]["MemoryStoreId"];
                memory_version_id: components["parameters"]["MemoryVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MemoryVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSkills: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                source?: string;
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SkillPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSkill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillUploadJson"];
                "multipart/form-data": components["schemas"]["SkillUploadForm"];
            };
        };
        responses: {
            200: components["responses"]["Skill"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveSkill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Skill"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSkill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSkillVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SkillVersionPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSkillVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillUploadJson"];
                "multipart/form-data": components["schemas"]["SkillUploadForm"];
            };
        };
        responses: {
            200: components["responses"]["SkillVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveSkillVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SkillVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSkillVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillVersionDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    downloadSkillVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                skill_id: components["parameters"]["SkillId"];
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip archive. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                limit?: number;
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                scope_id?: string;
                "ids[]"?: string[];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FilePage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileUploadJson"];
                "multipart/form-data": components["schemas"]["FileUploadForm"];
            };
        };
        responses: {
            200: components["responses"]["FileMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveFileMetadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FileMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                limit?: number;
                after_id?: string;
                before_id?: string;
                "lifecycle[]"?: ("active" | "deprecated" | "retired")[];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModelInfo"][];
                        first_id: string | null;
                        last_id: string | null;
                        has_more: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                model_id: components["parameters"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listModelCards: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                provider?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModelCardPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createModelCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCardCreateRequest"];
            };
        };
        responses: {
            201: components["responses"]["ModelCardCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveModelCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_card_id: components["parameters"]["ModelCardId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModelCard"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateModelCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_card_id: components["parameters"]["ModelCardId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCardUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["ModelCard"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteModelCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_card_id: components["parameters"]["ModelCardId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelCardDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    patchModelCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_card_id: components["parameters"]["ModelCardId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCardUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["ModelCard"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
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
            /** @description The tenant's keys. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
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
                "application/json": {
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The new key, with its secret. */
            201: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                include_archived?: components["parameters"]["IncludeArchived"];
                agent_id?: string;
                agent_version?: number;
                "statuses[]"?: components["schemas"]["SessionStatus"][];
                /** @description openma's single-status filter. */
                status?: components["schemas"]["SessionStatus"];
                order?: "asc" | "desc";
                /** @description Sessions with this memory store among their resources. */
                memory_store_id?: string;
                /** @description Accepted; no session has a deployment. */
                deployment_id?: string;
                /** @description Created after (RFC 3339). */
                "created_at[gt]"?: components["parameters"]["CreatedAtGt"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created before (RFC 3339). */
                "created_at[lt]"?: components["parameters"]["CreatedAtLt"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Session"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Session"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Session"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Session"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1-1000 (default 100). */
                limit?: number;
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                /** @description openma's name for `page`. */
                cursor?: components["parameters"]["Cursor"];
                order?: "asc" | "desc";
                "types[]"?: string[];
                /** @description Created after (RFC 3339). */
                "created_at[gt]"?: components["parameters"]["CreatedAtGt"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created before (RFC 3339). */
                "created_at[lt]"?: components["parameters"]["CreatedAtLt"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sendSessionEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendEventsRequest"];
            };
        };
        responses: {
            /** @description The stored events. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentEvents"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamSessionEvents: {
        parameters: {
            query?: {
                /** @description Event types to preview as they are produced. */
                "event_deltas[]"?: components["parameters"]["EventDeltas"];
                /** @description openma: `1` (or `true`) replays the whole log before the live events. */
                replay?: components["parameters"]["Replay"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
                /** @description openma: resume after the event whose `id:` (seq) this is. */
                "last-event-id"?: components["parameters"]["LastEventId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EventStream"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamSessionEventsAlias: {
        parameters: {
            query?: {
                /** @description Event types to preview as they are produced. */
                "event_deltas[]"?: components["parameters"]["EventDeltas"];
                /** @description openma: `1` (or `true`) replays the whole log before the live events. */
                replay?: components["parameters"]["Replay"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
                /** @description openma: resume after the event whose `id:` (seq) this is. */
                "last-event-id"?: components["parameters"]["LastEventId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EventStream"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionThreads: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                "statuses[]"?: components["schemas"]["SessionStatus"][];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of threads. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionThreadPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveSessionThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SessionThread"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveSessionThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SessionThread"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionThreadEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1-1000 (default 100). */
                limit?: number;
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
                order?: "asc" | "desc";
                "types[]"?: string[];
                /** @description Created after (RFC 3339). */
                "created_at[gt]"?: components["parameters"]["CreatedAtGt"];
                /** @description Created at or after (RFC 3339); the SDK sends `created_at%5Bgte%5D`. */
                "created_at[gte]"?: components["parameters"]["CreatedAtGte"];
                /** @description Created before (RFC 3339). */
                "created_at[lt]"?: components["parameters"]["CreatedAtLt"];
                /** @description Created at or before (RFC 3339). */
                "created_at[lte]"?: components["parameters"]["CreatedAtLte"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamSessionThreadEvents: {
        parameters: {
            query?: {
                /** @description Event types to preview as they are produced. */
                "event_deltas[]"?: components["parameters"]["EventDeltas"];
                /** @description openma: `1` (or `true`) replays the whole log before the live events. */
                replay?: components["parameters"]["Replay"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
                /** @description openma: resume after the event whose `id:` (seq) this is. */
                "last-event-id"?: components["parameters"]["LastEventId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                thread_id: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EventStream"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionResources: {
        parameters: {
            query?: {
                /** @description Page size, 1-100 (default 20). */
                limit?: components["parameters"]["Limit"];
                /** @description A `next_page` token from the previous page. */
                page?: components["parameters"]["Page"];
            };
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of resources. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SessionResource"][];
                        next_page: components["schemas"]["NextPage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    addSessionResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "file";
                    file_id: string;
                    mount_path?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["SessionResource"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveSessionResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SessionResource"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateSessionResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authorization_token: string;
                };
            };
        };
        responses: {
            200: components["responses"]["SessionResource"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSessionResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Comma-separated beta names. Accepted as sent; required per route family only in strict-header mode. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
                /** @description API version (the SDK sends 2026-10-21). Checked only in strict-header mode. */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Accepted and ignored (one workspace per tenant). */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                session_id: components["parameters"]["SessionId"];
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource is gone. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @constant */
                        type: "session_resource_deleted";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
