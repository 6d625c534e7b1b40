/**
 * `mailsim/testing`: helpers for using mailsim inside your own test suite. Needs neither msw nor
 * testcontainers (those live in `mailsim/msw` and `mailsim/testcontainers`).
 */
import { startMailsim, type MailsimServer, type StartOptions } from '../server.js';

// ── Starting an emulator in a test ─────────────────────────────────────────────────────────────
export type { MailsimServer, StartOptions } from '../server.js';

/**
 * Starts mailsim for one test file: in-memory database, an ephemeral port per provider, no SMTP
 * listener, quiet logs. Override any of these through `options`.
 *
 * @example
 * const mailsim = await startTestMailsim();
 * const res = await fetch(`${mailsim.url()}/inboxes`, { headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}` } });
 * await mailsim.close();
 */
export function startTestMailsim(options: StartOptions = {}): Promise<MailsimServer> {
  return startMailsim({ db: ':memory:', ports: { agentsend: 0 }, smtp: false, logLevel: 'error', ...options });
}

// ── Calling the pipeline without a socket ──────────────────────────────────────────────────────
export {
  request,
  fromFetchRequest,
  toFetchResponse,
  MALFORMED_BODY,
  type InProcessRequest,
  type InProcessResponse,
} from './request.js';

// ── The control plane, typed from its contract ───────────────────────────────────────────────────
export {
  createControlClient,
  ControlError,
  type ControlClient,
  type ControlClientOptions,
  type ControlPaths,
  type JournalEntry,
  type FaultRule,
  type FaultRuleInput,
  type MailSummary,
  type MailDetail,
  type MailFilter,
  type RequestFilter,
  type DeliveryFilter,
  type WebhookDelivery,
} from './control-client.js';

// ── Well-known values ──────────────────────────────────────────────────────────────────────────
export {
  AGENTSEND_DEV_KEY,
  COMMUNE_DEV_KEY,
  DEV_API_KEYS,
  GENT_DEV_INBOX_ID,
  GENT_DEV_LOGIN,
  GENT_DEV_MESSAGE_ID,
  GENT_DEV_TOKEN,
  MANAGED_AGENTS_DEV_KEY,
  PROVIDER_BASE_URLS,
} from './constants.js';
export { FAULT_HEADER } from '../engine/faults.js';

// ── Webhooks: verifying signatures, receiving deliveries ───────────────────────────────────────
export {
  verifyAgentSendSignature,
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
  type WebhookReceiverOptions,
  type WebhookReply,
  type WebhookResponder,
} from './webhooks.js';
