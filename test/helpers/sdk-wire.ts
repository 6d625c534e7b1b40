/**
 * A client that puts on the wire exactly what the official AgentSend TypeScript SDK
 * (@agentsend/sdk 0.1.0, packages/sdk in luv005/agentpost — not published on npm) puts there:
 * `Authorization: Bearer` and `Content-Type: application/json` on EVERY request, bodiless DELETEs
 * and POST /domains/{id}/verify included; a JSON body only when params are given (inboxes.create
 * always sends `{}`); query values via URLSearchParams with undefined ones dropped; 204 → undefined;
 * errors mapped by status. Written here from the SDK's observable behaviour, so the emulator can be
 * tested against the SDK's request shapes without the package.
 */
export class SdkError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sdkWireClient(baseUrl: string, apiKey: string) {
  const request = async <T = any>(
    method: string,
    path: string,
    options: { body?: unknown; query?: Record<string, unknown> } = {},
  ): Promise<T> => {
    const url = new URL(`${baseUrl.replace(/\/$/, '')}${path}`);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
    if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new SdkError(res.status, body.error?.code ?? 'UNKNOWN', body.error?.message ?? res.statusText);
  };
  return {
    inboxes: {
      create: (p?: Record<string, unknown>) => request('POST', '/inboxes', { body: p ?? {} }),
      list: (p?: Record<string, unknown>) => request('GET', '/inboxes', { query: p }),
      get: (id: string) => request('GET', `/inboxes/${id}`),
      delete: (id: string) => request<void>('DELETE', `/inboxes/${id}`),
    },
    messages: {
      send: (inboxId: string, p: Record<string, unknown>) =>
        request('POST', `/inboxes/${inboxId}/messages`, { body: p }),
      list: (inboxId: string, p?: Record<string, unknown>) =>
        request('GET', `/inboxes/${inboxId}/messages`, { query: p }),
      get: (id: string) => request('GET', `/messages/${id}`),
      delete: (id: string) => request<void>('DELETE', `/messages/${id}`),
    },
    threads: {
      list: (inboxId: string) => request('GET', `/inboxes/${inboxId}/threads`),
      get: (id: string) => request('GET', `/threads/${id}`),
      messages: (id: string) => request('GET', `/threads/${id}/messages`),
    },
    webhooks: {
      create: (p: Record<string, unknown>) => request('POST', '/webhooks', { body: p }),
      list: () => request('GET', '/webhooks'),
      get: (id: string) => request('GET', `/webhooks/${id}`),
      update: (id: string, p: Record<string, unknown>) => request('PUT', `/webhooks/${id}`, { body: p }),
      delete: (id: string) => request<void>('DELETE', `/webhooks/${id}`),
    },
    domains: {
      add: (p: Record<string, unknown>) => request('POST', '/domains', { body: p }),
      list: (p?: Record<string, unknown>) => request('GET', '/domains', { query: p }),
      get: (id: string) => request('GET', `/domains/${id}`),
      verify: (id: string) => request('POST', `/domains/${id}/verify`),
      delete: (id: string) => request<void>('DELETE', `/domains/${id}`),
    },
    attachments: {
      get: (id: string) => request('GET', `/attachments/${id}`),
    },
  };
}
