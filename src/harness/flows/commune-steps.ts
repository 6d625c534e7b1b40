/** Helpers the Commune contract-test flow's steps share (flows/commune*.ts). */
import { randomBytes } from 'node:crypto';
import type { Creates, FlowStep, Vars } from '../flow.js';

export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const s = (v: Vars, key: string): string => String(v[key]);

/** `{data:[…]}` holds the item this run made (matched on `key`). */
export const listed =
  (what: string, idVar: string, key = 'id') =>
  (body: any, v: Vars): string | null =>
    Array.isArray(body?.data) && body.data.some((x: any) => x?.[key] === v[idVar])
      ? null
      : `the ${what} created by this run is missing from the list`;
/** `{data:{…}}` is the item this run made. */
export const same =
  (what: string, idVar: string, key = 'id') =>
  (body: any, v: Vars): string | null =>
    body?.data?.[key] === v[idVar]
      ? null
      : `expected the ${what} ${v[idVar]}, got ${key} ${JSON.stringify(body?.data?.[key])}`;
export const field =
  (path: string[], want: (v: Vars) => unknown, what: string) =>
  (body: any, v: Vars): string | null => {
    const got = path.reduce((node, k) => node?.[k], body);
    const expected = want(v);
    return JSON.stringify(got) === JSON.stringify(expected)
      ? null
      : `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
  };

export const onDomain = (domainVar: string, inboxVar: string) => (v: Vars) => ({
  domainId: s(v, domainVar),
  inboxId: s(v, inboxVar),
});
export const thread = (v: Vars) => ({ threadId: s(v, 'threadId') });
export const byInbox = (v: Vars) => ({ inbox_id: s(v, 'inboxId') });

/** An inbox is deleted through its domain, so cleanup needs the domain's id as well. */
export const inboxCreates = (idVar: string, domainVar: string): Creates => ({
  kind: 'inbox',
  idVar,
  deleteOperation: 'deleteInbox',
  param: 'inboxId',
  params: (v) => ({ domainId: s(v, domainVar) }),
  deleteStatus: 200,
});

/** A minimal aggregate report for the run's domain, dated around now so the summary's window holds it. */
export function dmarcReport(v: Vars): string {
  const end = Math.floor(Date.now() / 1000);
  const domain = s(v, 'domainName');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata><org_name>mailsim contract test</org_name><email>dmarc@example.com</email>
    <report_id>mailsim-contract-${v.run}</report_id>
    <date_range><begin>${end - 86_400}</begin><end>${end}</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>${domain}</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct>
  </policy_published>
  <record>
    <row>
      <source_ip>192.0.2.10</source_ip><count>3</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated>
    </row>
    <identifiers><header_from>${domain}</header_from></identifiers>
    <auth_results>
      <dkim><domain>${domain}</domain><result>pass</result></dkim>
      <spf><domain>${domain}</domain><result>fail</result></spf>
    </auth_results>
  </record>
</feedback>
`;
}

export const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });
