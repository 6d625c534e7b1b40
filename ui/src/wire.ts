/**
 * What the control plane answers, as its contract declares it: the types generated from
 * contracts/control.yaml (src/generated/control.ts). Type-only, so the build erases the import;
 * a change to the contract that the UI does not follow fails `npm run typecheck`.
 */
import type { components, operations } from '../../src/generated/control';

type Schemas = components['schemas'];
type Ok<Op extends keyof operations> = operations[Op] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type Address = Schemas['Address'];
export type MailSummary = Schemas['MailSummary'];
export type MailPage = Ok<'listMail'>;
export type MailDetail = Ok<'getMail'>;
export type Attachment = MailDetail['attachments'][number];
export type InboxSummary = Ok<'listMailInboxes'>['data'][number];

export type JournalEntry = Schemas['JournalEntry'];
export type RequestDetail = Ok<'getRequest'>;
export type Captured = Schemas['CapturedMessage'];

export type Delivery = Schemas['Delivery'];
export type DeliveryDetail = Ok<'getWebhookDelivery'>;
export type Endpoint = Ok<'listWebhookEndpoints'>['data'][number];

export type Clock = Ok<'getClock'>;
/** A rule as listed; its match and action are open objects in the contract, read here as rules are written. */
export type FaultRule = Omit<Schemas['FaultRule'], 'match' | 'action'> & {
  match?: Schemas['FaultMatch'];
  action: Schemas['FaultAction'];
};

export type ProviderInfo = Schemas['ProviderInfo'];
export type ProviderDetail = Ok<'getProvider'>;
export type TableInfo = ProviderDetail['tables'][number];
