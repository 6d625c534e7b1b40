/**
 * Which permission each operation needs (shared/providers/commune.md §2.2, contracts/commune.md),
 * and the plan features that gate some of them (§2.3). Agent-signature callers count as the org
 * owner and skip scope checks.
 */
export type ScopeRule =
  | { kind: 'scopes'; anyOf: string[] }
  | { kind: 'none' };

const s = (...anyOf: string[]): ScopeRule => ({ kind: 'scopes', anyOf });
const NONE: ScopeRule = { kind: 'none' };

export const OPERATION_SCOPES: Record<string, ScopeRule> = {
  listDomains: s('domains:read'), createDomain: s('domains:write'), getDomain: s('domains:read'),
  verifyDomain: s('domains:write'), getDomainRecords: s('domains:read'),
  createInbox: s('inboxes:write'), listInboxes: s('inboxes:read'), listDomainInboxes: s('inboxes:read'),
  createDomainInbox: s('inboxes:write'), getInbox: s('inboxes:read'), updateInbox: s('inboxes:write'),
  deleteInbox: s('inboxes:write'), setExtractionSchema: s('inboxes:write'), removeExtractionSchema: s('inboxes:write'),
  listThreads: s('threads:read'), getThreadMessages: s('threads:read'), getThreadMetadata: s('threads:read'),
  setThreadStatus: s('threads:write'), addThreadTags: s('threads:write'), removeThreadTags: s('threads:write'),
  assignThread: s('threads:write'),
  sendMessage: s('messages:write'), listMessages: s('messages:read'),
  searchThreads: s('threads:read'), searchLegacy: s('threads:read'), indexSearchDocument: NONE, indexSearchBatch: NONE,
  uploadAttachment: s('attachments:write'), getAttachment: s('attachments:read'), getAttachmentUrl: s('attachments:read'),
  getDeliveryMetrics: s('messages:read'), listDeliveryEvents: s('messages:read'), listSuppressions: s('messages:read'),
  listWebhookDeliveries: s('messages:read'), getWebhookDelivery: s('messages:read'), retryWebhookDelivery: s('messages:write'),
  getWebhookHealth: s('messages:read'), testWebhook: s('messages:write'),
  submitDmarcReport: s('domains:write'), listDmarcReports: s('domains:read'), getDmarcSummary: s('domains:read'),
  // Checked by routes/data.ts: its 403 is a plain string, not the Insufficient-permissions family.
  previewDataDeletion: NONE,
};

/** Operations behind a paid-plan feature; the gate answers before the scope check (search). */
export const PLAN_FEATURES: Record<string, string> = {
  searchThreads: 'semanticSearch', searchLegacy: 'semanticSearch', indexSearchDocument: 'semanticSearch', indexSearchBatch: 'semanticSearch',
  setExtractionSchema: 'structuredExtraction',
};

/** Operations whose plan gate answers before their scope check (the search routes, §2.3). */
export const PLAN_BEFORE_SCOPE: ReadonlySet<string> = new Set(['searchThreads', 'searchLegacy', 'indexSearchDocument', 'indexSearchBatch']);

export const PAID_TIERS = new Set(['agent_pro', 'business', 'enterprise']);

const READ_WRITE_RESOURCES = ['domains', 'inboxes', 'threads', 'messages', 'attachments', 'phoneNumbers', 'sms'];

/** `read`/`write` expand to every resource's scope; other strings are kept literally. */
export function expandPermissions(permissions: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of permissions) {
    if (p === 'read' || p === 'write') for (const r of READ_WRITE_RESOURCES) out.add(`${r}:${p}`);
    else out.add(p);
  }
  return out;
}

export function scopeRuleFor(operationId: string): ScopeRule {
  return OPERATION_SCOPES[operationId] ?? NONE;
}
