/**
 * The provider registry: one lazy factory entry per provider. Adding a provider means adding a
 * folder under src/providers and one line here; no engine file changes.
 */
import type { ProviderDefinition } from '../engine/provider.js';
import { own } from '../engine/own.js';

export const PROVIDERS: Record<string, () => Promise<ProviderDefinition<any>>> = {
  agentsend: async () => (await import('./agentsend/index.js')).agentsend,
  commune: async () => (await import('./commune/index.js')).commune,
  gent: async () => (await import('./gent/index.js')).gent,
  'managed-agents': async () => (await import('./managed-agents/index.js')).managedAgents,
};

export async function loadProvider(name: string): Promise<ProviderDefinition<any>> {
  const factory = own(PROVIDERS, name);
  if (!factory) throw new Error(`unknown provider "${name}" (known: ${Object.keys(PROVIDERS).join(', ')})`);
  return factory();
}
