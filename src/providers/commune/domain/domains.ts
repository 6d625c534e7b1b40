/**
 * Custom domains as the (simulated) sending provider sees them: name checks, the DNS records to
 * publish, and verification whose outcome the config or the control plane decides.
 */
import type { IdSource } from '../../../engine/ids.js';
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { communeSettings } from './settings.js';
import { domainNameTaken, insertDomain, setDomainState } from '../store/domains.js';
import type { DomainRow } from '../tables.js';

export const REGIONS = ['us-east-1', 'eu-west-1', 'sa-east-1', 'ap-northeast-1'] as const;
export const DEFAULT_REGION = 'us-east-1';
export type VerifyOutcome = 'verified' | 'pending' | 'failed';
export const VERIFY_OUTCOMES: readonly VerifyOutcome[] = ['verified', 'pending', 'failed'];

const DOMAIN_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export interface DnsRecord {
  record: 'SPF' | 'DKIM' | 'Receiving';
  name: string;
  type: 'MX' | 'TXT';
  value: string;
  ttl: 'Auto';
  status: string;
  priority?: number;
}

/** Why the provider refuses a name, or null when it accepts it. */
export function providerRefusal(db: Db, name: string): string | null {
  if (!DOMAIN_NAME.test(name)) return `Invalid domain name: ${name}`;
  if (domainNameTaken(db, name)) return `The domain ${name} has been registered already`;
  return null;
}

export function dnsRecords(ids: IdSource, region: string, status: string): DnsRecord[] {
  // A DKIM public key looks like base64 of a DER RSA key; its bytes only need to be stable per domain.
  const keyBits = Buffer.from(ids.hex(96), 'hex').toString('base64').replace(/=+$/, '');
  const dkim = `p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ${keyBits}IDAQAB`;
  return [
    {
      record: 'SPF',
      name: 'send',
      type: 'MX',
      value: `feedback-smtp.${region}.amazonses.com`,
      ttl: 'Auto',
      status,
      priority: 10,
    },
    { record: 'SPF', name: 'send', type: 'TXT', value: '"v=spf1 include:amazonses.com ~all"', ttl: 'Auto', status },
    { record: 'DKIM', name: 'resend._domainkey', type: 'TXT', value: dkim, ttl: 'Auto', status },
    {
      record: 'Receiving',
      name: '@',
      type: 'MX',
      value: `inbound-smtp.${region}.amazonaws.com`,
      ttl: 'Auto',
      status,
      priority: 10,
    },
  ];
}

/** A custom domain as the provider registers it: not started, with the records to publish. */
export function registerDomain(
  services: Pick<EngineServices, 'ids'>,
  db: Db,
  o: {
    orgId: string;
    name: string;
    region: string;
    nowIso: string;
  },
): DomainRow {
  const id = services.ids.uuid();
  const records = JSON.stringify(dnsRecords(services.ids, o.region, 'not_started'));
  return insertDomain(db, {
    id,
    orgId: o.orgId,
    name: o.name,
    status: 'not_started',
    region: o.region,
    records,
    nowIso: o.nowIso,
  });
}

/** Domain status and record statuses after a verify, by outcome. */
const STATUS_BY_OUTCOME: Record<VerifyOutcome, string> = { verified: 'verified', pending: 'pending', failed: 'failed' };

export function verifyOutcome(services: Pick<EngineServices, 'config'>, row: DomainRow): VerifyOutcome {
  const override = VERIFY_OUTCOMES.find((o) => o === row.verify_outcome);
  if (override) return override;
  const configured = communeSettings(services).domainVerification;
  return configured && VERIFY_OUTCOMES.includes(configured) ? configured : 'verified';
}

export function applyVerification(db: Db, row: DomainRow, outcome: VerifyOutcome): void {
  const status = STATUS_BY_OUTCOME[outcome];
  const records = (row.records ? (JSON.parse(row.records) as DnsRecord[]) : []).map((r) => ({ ...r, status }));
  setDomainState(db, row.id, status, row.records ? JSON.stringify(records) : null);
}
