/**
 * A typed client for the control plane (`/_mailsim/*`), generated from its contract
 * (contracts/control.yaml → src/generated/control.ts) and built on openapi-fetch: every operation
 * is reachable through `raw` with its exact request and response types, and the common ones have
 * short methods. Works against a server (`http://localhost:3000`) and, with msw's `fetch`, in
 * process.
 *
 * @example
 * const control = createControlClient(mailsim.url());
 * await control.clock.advance('25h');
 * const mail = await control.mail.wait({ to: 'dev@agentsend.io', subject: 'Welcome' });
 * await control.reset();
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../generated/control.js';

type Schemas = components['schemas'];
export type JournalEntry = Schemas['JournalEntry'];
export type FaultRuleInput = Schemas['FaultRuleInput'];
export type FaultRule = Schemas['FaultRule'];
export type MailSummary = Schemas['MailSummary'];
export type MailDetail = Schemas['MailDetail'];
export type WebhookDelivery = Schemas['Delivery'];
export type ControlPaths = paths;

export interface ControlClientOptions {
  /** The `--control-token`, when the emulator was started with one. */
  token?: string;
  /** A fetch to use instead of the global one (e.g. one msw intercepts). */
  fetch?: typeof fetch;
}

/** A control-plane call that did not succeed: its status and the control envelope's code and message. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = 'ControlError';
  }
}

type Query<P extends keyof paths, M extends 'get' | 'delete' | 'post'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;
export type MailFilter = Query<'/_mailsim/mail', 'get'>;
export type RequestFilter = Query<'/_mailsim/requests', 'get'>;
export type DeliveryFilter = Query<'/_mailsim/webhooks/deliveries', 'get'>;

/** What an openapi-fetch call resolves to, reduced to the data or a thrown ControlError. */
async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const e = (error as { error?: { code?: string; message?: string } } | undefined)?.error;
  throw new ControlError(response.status, e?.code ?? 'ERROR', e?.message ?? response.statusText);
}

export function createControlClient(baseUrl: string, options: ControlClientOptions = {}) {
  const raw: Client<paths> = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(options.token ? { headers: { 'x-mailsim-token': options.token } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const id = (v: string) => ({ params: { path: { id: v } } });
  return {
    /** Every control operation, typed from the contract: `raw.GET('/_mailsim/requests', { params: { query } })`. */
    raw,
    health: () => unwrap(raw.GET('/_mailsim/health')),
    /** The running providers: base URLs, inbox-list paths, seeded dev keys; and the SMTP listener. */
    providers: () => unwrap(raw.GET('/_mailsim/providers')),
    /** Back to the seed: everything, one provider, or one tenant's data. */
    reset: (scope: { provider?: string; tenant?: string } = {}) => unwrap(raw.POST('/_mailsim/reset', { body: scope })),
    clock: {
      get: () => unwrap(raw.GET('/_mailsim/clock')),
      /** A duration such as `90s` or `25h`, or milliseconds. */
      advance: (by: string | number) => unwrap(raw.POST('/_mailsim/clock', { body: { advance: by } })),
      set: (iso: string) => unwrap(raw.POST('/_mailsim/clock', { body: { set: iso } })),
      freeze: (at?: string) =>
        unwrap(raw.POST('/_mailsim/clock', { body: { mode: 'frozen', ...(at ? { set: at } : {}) } })),
      real: () => unwrap(raw.POST('/_mailsim/clock', { body: { mode: 'real' } })),
      /** Any mix of `set`, `advance` and `mode` in one change (set first, then advance). */
      update: (change: { advance?: string | number; set?: string; mode?: 'real' | 'frozen' }) =>
        unwrap(raw.POST('/_mailsim/clock', { body: change })),
    },
    faults: {
      list: () => unwrap(raw.GET('/_mailsim/faults')),
      add: (...rules: FaultRuleInput[]) => unwrap(raw.POST('/_mailsim/faults', { body: { rules } })),
      remove: (ruleId: string) => unwrap(raw.DELETE('/_mailsim/faults/{id}', id(ruleId))),
      clear: () => unwrap(raw.DELETE('/_mailsim/faults')),
      scenarios: () => unwrap(raw.GET('/_mailsim/scenarios')),
      /** A shipped (or `--scenario-dir`) scenario by name, or one given as YAML text. */
      loadScenario: (scenario: { name: string } | { yaml: string }) =>
        unwrap(raw.POST('/_mailsim/scenarios', { body: scenario })),
    },
    requests: {
      list: (filter: RequestFilter = {}) => unwrap(raw.GET('/_mailsim/requests', { params: { query: filter } })),
      get: (entryId: number) => unwrap(raw.GET('/_mailsim/requests/{id}', { params: { path: { id: entryId } } })),
      clear: () => unwrap(raw.DELETE('/_mailsim/requests')),
    },
    mail: {
      list: (filter: MailFilter = {}) => unwrap(raw.GET('/_mailsim/mail', { params: { query: filter } })),
      get: (mailId: string) => unwrap(raw.GET('/_mailsim/mail/{id}', id(mailId))),
      /** The exact bytes as received. */
      raw: async (mailId: string): Promise<string> => {
        const res = await unwrap(raw.GET('/_mailsim/mail/{id}/raw', { ...id(mailId), parseAs: 'text' }));
        return res as unknown as string;
      },
      /** The exact bytes as received, undecoded (8-bit bodies stay intact). */
      rawBytes: async (mailId: string): Promise<Uint8Array> => {
        const res = await unwrap(raw.GET('/_mailsim/mail/{id}/raw', { ...id(mailId), parseAs: 'arrayBuffer' }));
        return new Uint8Array(res as unknown as ArrayBuffer);
      },
      /** The first message matching, stored already or arriving within `timeout` (default 30 s). */
      wait: (filter: Query<'/_mailsim/mail/wait', 'get'>) =>
        unwrap(raw.GET('/_mailsim/mail/wait', { params: { query: filter } })),
      /** The newest message matching, or null. */
      latest: async (filter: MailFilter = {}): Promise<MailDetail | null> => {
        const page = await unwrap(raw.GET('/_mailsim/mail', { params: { query: { ...filter, limit: 1 } } }));
        const first = page.data[0];
        return first ? unwrap(raw.GET('/_mailsim/mail/{id}', id(first.id))) : null;
      },
      delete: (mailId: string) => unwrap(raw.DELETE('/_mailsim/mail/{id}', id(mailId))),
      clear: (provider?: string) =>
        unwrap(raw.DELETE('/_mailsim/mail', { params: { query: provider ? { provider } : {} } })),
    },
    webhooks: {
      list: (filter: DeliveryFilter = {}) =>
        unwrap(raw.GET('/_mailsim/webhooks/deliveries', { params: { query: filter } })),
      get: (deliveryId: string) => unwrap(raw.GET('/_mailsim/webhooks/deliveries/{id}', id(deliveryId))),
      retry: (deliveryId: string) => unwrap(raw.POST('/_mailsim/webhooks/deliveries/{id}/retry', id(deliveryId))),
    },
    queue: {
      status: () => unwrap(raw.GET('/_mailsim/queue')),
      /** Resolves once no send job or webhook delivery runs or is due (408 → ControlError after `timeout`). */
      settle: (timeout = '30s') => unwrap(raw.GET('/_mailsim/queue', { params: { query: { wait: timeout } } })),
    },
  };
}

export type ControlClient = ReturnType<typeof createControlClient>;
