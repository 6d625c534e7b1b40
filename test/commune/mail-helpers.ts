/**
 * Shared bits of the Commune mail tests: the seeded key and ids, a client bound to the Commune
 * listener, SMTP injection of inbound mail, and the strict-contract check each file ends with.
 */
import { createHash } from 'node:crypto';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import nodemailer from 'nodemailer';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';
import { COMMUNE_KEY } from './seed.js';

export {
  COMMUNE_KEY,
  SEED_ORG_ID,
  SHARED_DOMAIN_ID,
  SEED_INBOX_ID,
  SEED_INBOX_ADDRESS,
  expectNoViolations,
  addOrg,
} from './seed.js';

export type Call = ReturnType<typeof client>;

/** Commune alone; the request-rate limiters are off unless a test asks for them (they are policies.ts's tests). */
export async function startCommune(
  extra: Parameters<typeof startTestServer>[0] = {},
): Promise<{ server: MailsimServer; api: Call }> {
  const server = await startTestServer({ ports: { commune: 0 }, rateLimits: false, ...extra });
  return { server, api: client(server.url('commune'), COMMUNE_KEY) };
}

/** Sends one email into the emulator's SMTP listener, as an outside sender would. */
export async function smtpSend(server: MailsimServer, mail: nodemailer.SendMailOptions): Promise<void> {
  const smtp = server.smtp;
  if (!smtp) throw new Error('start the server with smtp: true');
  const transport = nodemailer.createTransport({
    host: smtp.host === '0.0.0.0' ? '127.0.0.1' : smtp.host,
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await transport.sendMail(mail);
  } finally {
    transport.close();
  }
}

// ajv and ajv-formats are CommonJS; their default exports may arrive wrapped.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ??
  Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: InstanceType<typeof Ajv2020>,
) => void;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** An extra API key for an existing organisation, with the given permissions. */
export function addKey(server: MailsimServer, orgId: string, permissions: string[]): string {
  const db = server.engine.store.db;
  const id = createHash('md5')
    .update(permissions.join(',') + orgId + Math.random())
    .digest('hex');
  const key = `comm_${id}${id}`;
  db.prepare(
    'INSERT INTO cm_api_keys (id, org_id, name, key_hash, key_prefix, permissions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    orgId,
    'scoped key',
    sha256(key),
    key.slice(0, 12),
    JSON.stringify(permissions),
    new Date(server.engine.clock.nowMs()).toISOString(),
  );
  return key;
}

/** Polls until `fn` returns something truthy (inbound mail and sends settle asynchronously). */
export { eventually } from '../helpers/server.js';

/** A validator for one of the contract's component schemas (webhook payloads, SSE frames). */
export function componentValidator(server: MailsimServer, name: string): ValidateFunction {
  const doc = server.engine.provider('commune')!.contract.document as { components: unknown };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'commune-contract', components: doc.components });
  const fn = ajv.getSchema(`commune-contract#/components/schemas/${name}`);
  if (!fn) throw new Error(`no component schema ${name}`);
  return fn;
}
