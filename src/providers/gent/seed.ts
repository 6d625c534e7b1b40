/** Loads fixtures/gent/seed.json into an empty database and says what start-up should print. */
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../engine/ids.js';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { hashPassword } from './domain/sessions.js';
import { knownScopes } from './domain/scopes.js';
import { insertOrg, insertUser } from './store/accounts.js';
import { insertDomain } from './store/domains.js';
import { insertInbox } from './store/inboxes.js';
import { insertMessage, insertThread } from './store/messages.js';
import { insertToken } from './store/tokens.js';

interface SeedFile {
  orgs: {
    id: string;
    name: string;
    plan: string;
    users: { id: string; email: string; password: string; name: string }[];
    domains: { id: string; domain: string }[];
    inboxes: { id: string; address: string; displayName: string | null }[];
    tokens: {
      id: string;
      token: string;
      inboxId: string;
      label: string;
      scopes: 'all' | string[];
      requiresApproval: string[];
    }[];
    messages: {
      id: string;
      threadId: string;
      inboxId: string;
      from: { email: string; name: string | null };
      subject: string;
      text: string;
      rfcMessageId: string;
    }[];
  }[];
}

export function seed(services: EngineServices): SeedSummary {
  const file = JSON.parse(readFileSync(fixturePath('gent', 'seed.json'), 'utf8')) as SeedFile;
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  const now = new Date(nowMs).toISOString();
  const summary: SeedSummary = { apiKeys: [], notes: [] };
  for (const org of file.orgs) {
    insertOrg(db, { id: org.id, name: org.name, plan: org.plan, created_at: now });
    for (const u of org.users) {
      const salt = services.ids.hex(16);
      insertUser(db, {
        id: u.id,
        org_id: org.id,
        email: u.email,
        name: u.name,
        password_salt: salt,
        password_hash: hashPassword(u.password, salt),
        created_at: now,
      });
      summary.notes!.push(`session login: POST /auth/login/ {"email":"${u.email}","password":"${u.password}"}`);
      summary.sessionLogin ??= {
        path: '/auth/login/',
        body: { email: u.email, password: u.password },
        tokenField: 'access_token',
      };
    }
    for (const d of org.domains) {
      insertDomain(db, {
        id: d.id,
        org_id: org.id,
        domain: d.domain,
        domain_use: 'existing_domain',
        dmarc_policy: 'quarantine',
        status: 'verified',
        verification_token: services.ids.hex(16),
        dkim_key: Buffer.from(services.ids.hex(48), 'hex').toString('base64'),
        created_at: now,
        verified_at: now,
      });
    }
    for (const i of org.inboxes) {
      const domain = org.domains.find((d) => i.address.endsWith(`@${d.domain}`))!;
      insertInbox(db, {
        id: i.id,
        org_id: org.id,
        domain_id: domain.id,
        address: i.address,
        display_name: i.displayName,
        created_at: now,
        updated_at: now,
      });
    }
    for (const t of org.tokens) {
      const scopes = t.scopes === 'all' ? [...knownScopes()] : t.scopes;
      insertToken(db, {
        id: t.id,
        org_id: org.id,
        inbox_id: t.inboxId,
        label: t.label,
        token_hash: sha256Hex(t.token),
        token_prefix: t.token.slice(0, 12),
        scopes: JSON.stringify(scopes),
        requires_approval: JSON.stringify(t.requiresApproval),
        created_at: now,
      });
      const inbox = org.inboxes.find((i) => i.id === t.inboxId)!;
      const granted = t.scopes === 'all' ? 'every scope' : scopes.join(' ');
      summary.apiKeys.push({
        label: `agent token for ${inbox.address} (${inbox.id}), ${granted}`,
        key: t.token,
      });
    }
    for (const m of org.messages) {
      const inbox = org.inboxes.find((i) => i.id === m.inboxId)!;
      insertThread(db, {
        id: m.threadId,
        org_id: org.id,
        inbox_id: inbox.id,
        subject: m.subject,
        last_message_at: now,
        created_at: now,
      });
      insertMessage(db, {
        id: m.id,
        org_id: org.id,
        inbox_id: inbox.id,
        thread_id: m.threadId,
        direction: 'inbound',
        status: 'received',
        from_email: m.from.email,
        from_name: m.from.name,
        to_json: JSON.stringify([{ email: inbox.address, name: inbox.displayName }]),
        cc_json: '[]',
        bcc_json: '[]',
        reply_to_json: '[]',
        subject: m.subject,
        text_body: m.text,
        html_body: null,
        labels_json: '[]',
        attachments_json: '[]',
        is_read: 0,
        rfc_message_id: m.rfcMessageId,
        in_reply_to: null,
        references_json: '[]',
        error: null,
        created_at_ms: nowMs,
        sent_at_ms: null,
      });
      summary.notes!.push(
        `seed inbox ${inbox.address} (${inbox.id}); message to reply to: ${m.id} ("${m.subject}" from ${m.from.email})`,
      );
    }
  }
  return summary;
}
