/** Vaults and credentials: secrets go in on create and rotate on update, and never come back out. */
import type { Db } from '../../../engine/store.js';
import { mergeAuth, splitAuth, type SplitAuth } from '../domain/credential-auth.js';
import { newId } from '../domain/ids.js';
import { createMetadata, patchMetadata } from '../domain/metadata.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryBool } from '../domain/query.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { settingsOf } from '../domain/settings.js';
import * as store from '../store/vaults.js';
import type { CredentialRow, VaultRow } from '../tables.js';
import { credentialJson, ok, vaultJson } from '../wire.js';

function mustVault(db: Db, tenant: string, id: string): VaultRow {
  const row = store.getVault(db, tenant, id);
  if (!row) throw errors.notFound('vault', id);
  return row;
}

function mustCredential(
  ctx: ManagedAgentsContext,
  params: Record<string, string>,
): { vault: VaultRow; credential: CredentialRow } {
  const db = ctx.store.db;
  const vault = mustVault(db, ctx.caller.tenant, params.vault_id!);
  const credential = store.getCredential(db, vault.id, params.credential_id!);
  if (!credential) throw errors.notFound('credential', params.credential_id!);
  return { vault, credential };
}

const updateVault: ManagedAgentsHandler<'updateVault'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustVault(db, tenant, params.vault_id);
    if (row.archived_at) throw errors.archived('vault', row.id);
    store.updateVault(
      db,
      row.id,
      body.display_name == null ? row.display_name : String(body.display_name),
      patchMetadata(JSON.parse(row.metadata), body.metadata),
      ctx.now.toISOString(),
    );
    return ok(vaultJson(mustVault(db, tenant, row.id)));
  });
};

const listFlags = (query: Record<string, unknown>) => {
  const page = pageRequest(query);
  return {
    page,
    includeArchived: queryBool(query.include_archived) ?? false,
    beforeRowid: positionNumber(page.after, 'r'),
  };
};

export const handlers = {
  createVault: (ctx, { body }) => {
    const id = newId(ctx.ids, 'vault');
    store.insertVault(ctx.store.db, {
      id,
      tenantId: ctx.caller.tenant,
      displayName: String(body.display_name),
      metadata: createMetadata(body.metadata),
      now: ctx.now.toISOString(),
    });
    return ok(vaultJson(mustVault(ctx.store.db, ctx.caller.tenant, id)));
  },
  retrieveVault: (ctx, { params }) => ok(vaultJson(mustVault(ctx.store.db, ctx.caller.tenant, params.vault_id))),
  updateVault,
  patchVault: updateVault,
  listVaults: (ctx, { query }) => {
    const { page, includeArchived, beforeRowid } = listFlags(query);
    const rows = store.listVaults(ctx.store.db, ctx.caller.tenant, { includeArchived, limit: page.limit, beforeRowid });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), vaultJson));
  },
  deleteVault: (ctx, { params }) => {
    const row = mustVault(ctx.store.db, ctx.caller.tenant, params.vault_id);
    store.deleteVault(ctx.store.db, row.id);
    return ok({ id: row.id, type: 'vault_deleted' });
  },
  archiveVault: (ctx, { params }) => {
    const row = mustVault(ctx.store.db, ctx.caller.tenant, params.vault_id);
    store.archiveVault(ctx.store.db, row.id, ctx.now.toISOString());
    return ok(vaultJson(mustVault(ctx.store.db, ctx.caller.tenant, row.id)));
  },

  createCredential: (ctx, { params, body }) => {
    const db = ctx.store.db;
    const vault = mustVault(db, ctx.caller.tenant, params.vault_id);
    if (vault.archived_at)
      throw errors.invalidRequest(`vault ${JSON.stringify(vault.id)} is archived; credentials cannot be added`);
    const { auth, secrets } = splitAuth(body.auth);
    const id = newId(ctx.ids, 'credential');
    store.insertCredential(db, {
      id,
      tenantId: vault.tenant_id,
      vaultId: vault.id,
      displayName: body.display_name ?? null,
      auth,
      secrets,
      metadata: createMetadata(body.metadata),
      now: ctx.now.toISOString(),
    });
    return ok(credentialJson(store.getCredential(db, vault.id, id)!));
  },
  retrieveCredential: (ctx, { params }) => ok(credentialJson(mustCredential(ctx, params).credential)),
  updateCredential: (ctx, { params, body }) => {
    const db = ctx.store.db;
    return ctx.store.tx(() => {
      const { vault, credential } = mustCredential(ctx, params);
      if (credential.archived_at) throw errors.archived('credential', credential.id);
      const stored: SplitAuth = { auth: JSON.parse(credential.auth), secrets: JSON.parse(credential.secrets) };
      const next = body.auth ? mergeAuth(stored, body.auth) : stored;
      const has = Object.hasOwn(body, 'display_name');
      store.updateCredential(
        db,
        credential.id,
        {
          displayName: has ? (body.display_name ?? null) : credential.display_name,
          auth: next.auth,
          secrets: next.secrets,
          metadata: patchMetadata(JSON.parse(credential.metadata), body.metadata),
        },
        ctx.now.toISOString(),
      );
      return ok(credentialJson(store.getCredential(db, vault.id, credential.id)!));
    });
  },
  listCredentials: (ctx, { params, query }) => {
    const vault = mustVault(ctx.store.db, ctx.caller.tenant, params.vault_id);
    const { page, includeArchived, beforeRowid } = listFlags(query);
    const rows = store.listCredentials(ctx.store.db, vault.id, { includeArchived, limit: page.limit, beforeRowid });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), credentialJson));
  },
  deleteCredential: (ctx, { params }) => {
    const { credential } = mustCredential(ctx, params);
    store.deleteCredential(ctx.store.db, credential.id);
    return ok({ id: credential.id, type: 'vault_credential_deleted' });
  },
  archiveCredential: (ctx, { params }) => {
    const { vault, credential } = mustCredential(ctx, params);
    store.archiveCredential(ctx.store.db, credential.id, ctx.now.toISOString());
    return ok(credentialJson(store.getCredential(ctx.store.db, vault.id, credential.id)!));
  },
  /** No MCP server is contacted: an expired token without a refresh token is invalid, else the setting. */
  validateCredential: (ctx, { params }) => {
    const { vault, credential } = mustCredential(ctx, params);
    const auth = JSON.parse(credential.auth) as { type: string; expires_at?: string | null };
    if (auth.type !== 'mcp_oauth')
      throw errors.invalidRequest(`credential ${JSON.stringify(credential.id)} is not an mcp_oauth credential`);
    const secrets = JSON.parse(credential.secrets) as { refresh_token?: string };
    const expired = !!auth.expires_at && Date.parse(auth.expires_at) <= ctx.now.getTime();
    const status = expired && !secrets.refresh_token ? 'invalid' : (settingsOf(ctx).mcpOAuthValidation ?? 'unknown');
    return ok({
      type: 'vault_credential_validation',
      credential_id: credential.id,
      vault_id: vault.id,
      status,
      has_refresh_token: !!secrets.refresh_token,
      mcp_probe: null,
      refresh: null,
      validated_at: ctx.now.toISOString(),
    });
  },
} satisfies Partial<ManagedAgentsHandlers>;
