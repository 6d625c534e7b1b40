// A stand-in for @agentsend/sdk 0.1.0 (packages/sdk of luv005/agentpost, not published on npm), for
// mailsim's documentation tests: README's examples import the SDK, and a test must run them. It puts
// on the wire what the SDK does (Bearer key and a JSON content type on every request, `{}` for an
// empty inbox create, undefined query values dropped, 204 read as undefined) and maps errors by
// status the same way, but does not retry. Written from the SDK's observable behaviour.
export class AgentSendError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
export class AuthenticationError extends AgentSendError {}
export class NotFoundError extends AgentSendError {}
export class ValidationError extends AgentSendError {}
export class RateLimitError extends AgentSendError {}

const BY_STATUS = { 400: ValidationError, 401: AuthenticationError, 404: NotFoundError, 429: RateLimitError };

export class AgentSend {
  constructor({ apiKey, baseUrl = 'https://api.agentsend.io' }) {
    const base = baseUrl.replace(/\/$/, '');
    const call = async (method, path, { body, query } = {}) => {
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
      const res = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.ok) return res.status === 204 ? undefined : res.json();
      const err = (await res.json().catch(() => ({}))).error ?? {};
      const Type = BY_STATUS[res.status] ?? AgentSendError;
      throw new Type(res.status, err.code ?? 'UNKNOWN', err.message ?? res.statusText);
    };
    this.inboxes = {
      create: (p) => call('POST', '/inboxes', { body: p ?? {} }),
      list: (q) => call('GET', '/inboxes', { query: q }),
      get: (id) => call('GET', `/inboxes/${id}`),
      delete: (id) => call('DELETE', `/inboxes/${id}`),
    };
    this.messages = {
      send: (inboxId, p) => call('POST', `/inboxes/${inboxId}/messages`, { body: p }),
      list: (inboxId, q) => call('GET', `/inboxes/${inboxId}/messages`, { query: q }),
      get: (id) => call('GET', `/messages/${id}`),
      delete: (id) => call('DELETE', `/messages/${id}`),
    };
    this.threads = {
      list: (inboxId) => call('GET', `/inboxes/${inboxId}/threads`),
      get: (id) => call('GET', `/threads/${id}`),
      messages: (id) => call('GET', `/threads/${id}/messages`),
    };
    this.webhooks = {
      create: (p) => call('POST', '/webhooks', { body: p }),
      list: () => call('GET', '/webhooks'),
      get: (id) => call('GET', `/webhooks/${id}`),
      update: (id, p) => call('PUT', `/webhooks/${id}`, { body: p }),
      delete: (id) => call('DELETE', `/webhooks/${id}`),
    };
    this.domains = {
      add: (p) => call('POST', '/domains', { body: p }),
      list: (q) => call('GET', '/domains', { query: q }),
      get: (id) => call('GET', `/domains/${id}`),
      verify: (id) => call('POST', `/domains/${id}/verify`),
      delete: (id) => call('DELETE', `/domains/${id}`),
    };
    this.attachments = { get: (id) => call('GET', `/attachments/${id}`) };
  }
}
