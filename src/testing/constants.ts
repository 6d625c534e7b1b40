/** Values test code needs to talk to an emulator: the seeded dev keys and the providers' real URLs. */

/** The API key the AgentSend seed creates (fixtures/agentsend/seed.json); valid after every reset. */
export const AGENTSEND_DEV_KEY = 'ask_mailsim-dev-key-0123456789abcdefghijklmn';

/** The API key the Commune seed creates (fixtures/commune/seed.json); valid after every reset. */
export const COMMUNE_DEV_KEY = 'comm_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

/** The agent token the Gent seed creates (fixtures/gent/seed.json): every scope, bound to GENT_DEV_INBOX_ID. */
export const GENT_DEV_TOKEN = 'gent_MailsimDevAgentToken0123456789abcdefghijklmn';

/** The Gent seed's user, for POST /auth/login/ (session auth). */
export const GENT_DEV_LOGIN = { email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' } as const;

/** The Gent seed's inbox and the inbound message in it (the guide's `inb_123` and `msg_123`). */
export const GENT_DEV_INBOX_ID = 'inb_01JDEVGENT0000000000000001';
export const GENT_DEV_MESSAGE_ID = 'msg_01JDEVGENT0000000000000001';

/** The API key the Managed Agents seed creates (fixtures/managed-agents/seed.json); valid after every reset. */
export const MANAGED_AGENTS_DEV_KEY = 'oma_mailsimdevkey0123456789abcdefghijklm';

/** Seeded dev key per provider. */
export const DEV_API_KEYS: Readonly<Record<string, string>> = {
  agentsend: AGENTSEND_DEV_KEY,
  commune: COMMUNE_DEV_KEY,
  gent: GENT_DEV_TOKEN,
  'managed-agents': MANAGED_AGENTS_DEV_KEY,
};

/**
 * The production base URL(s) each provider's SDK uses by default; msw mode intercepts them all.
 * Managed Agents clients talk to Anthropic's API (the SDK's default) or to openma's hosted server.
 */
export const PROVIDER_BASE_URLS: Readonly<Record<string, string | readonly string[]>> = {
  agentsend: 'https://api.agentsend.io',
  commune: 'https://api.commune.email',
  gent: 'https://api.gent.mx',
  'managed-agents': ['https://api.anthropic.com', 'https://app.openma.dev'],
};
