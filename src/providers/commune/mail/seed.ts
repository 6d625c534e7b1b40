/** The mail side of the seed: the shared default domain and the seed orgs' inboxes on it. */
import type { EngineServices } from '../../../engine/provider.js';

export interface MailSeed {
  sharedDomain: { id: string; name: string };
  orgs: { id: string; inboxes: { id: string; localPart: string; displayName?: string }[] }[];
}

export function seedMailWorld(_services: EngineServices, _seed: MailSeed): string[] {
  return [];
}
