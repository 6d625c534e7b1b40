/**
 * The control plane as an API on the engine's pipeline: its contract (contracts/control.yaml,
 * plus the port's provider's own control operations from contracts/<provider>.control.yaml) and
 * its handlers by operationId. One pipeline per port, built on first use, so the control plane
 * answers the same way over node http, in msw mode and through the in-process `request()`.
 */
import { Contract, readDocument } from '../engine/contract.js';
import type { Engine } from '../engine/engine.js';
import type { Pipeline } from '../engine/pipeline.js';
import type { ApiDefinition, Handler } from '../engine/provider.js';
import { contractPath } from '../paths.js';
import { admit, type ControlAccess } from './access.js';
import { renderControlError, renderControlOutcome } from './errors.js';
import { eventHandlers } from './events.js';
import { mailHandlers } from './mail.js';
import { mcpHandlers } from './mcp.js';
import { providerHandlers } from './providers.js';
import { stateHandlers } from './state.js';
import { trafficHandlers, type TrafficOptions } from './traffic.js';
import { uiHandlers } from './ui.js';
import { webhookHandlers } from './webhooks.js';

export type ControlOptions = TrafficOptions;

const CONTROL_BODY_LIMIT = 5 * 1024 * 1024;
const built = new WeakMap<Engine, Map<string, Pipeline>>();

/**
 * The control pipeline of one port (that port's provider scopes faults, limits and the delivery
 * log), built once per engine and provider. Its options come from the engine's settings
 * (`scenarioDir`), as the server and msw mode set them.
 */
export function controlPipelineOf(engine: Engine, provider: string): Pipeline {
  let byProvider = built.get(engine);
  if (!byProvider) built.set(engine, (byProvider = new Map()));
  let pipeline = byProvider.get(provider);
  if (!pipeline) {
    const scenarioDir = engine.options.settings.scenarioDir;
    pipeline = controlPipeline(engine, provider, { scenarioDir: typeof scenarioDir === 'string' ? scenarioDir : null });
    byProvider.set(provider, pipeline);
  }
  return pipeline;
}

/** Builds the control pipeline of one port. */
export function controlPipeline(engine: Engine, provider: string, options: ControlOptions): Pipeline {
  const entry = engine.provider(provider);
  const fragment = entry?.def.control;
  const contract = new Contract(
    `control-${provider}`,
    mergeContracts(readDocument(contractPath('control')), fragment ? readDocument(fragment.contractFile) : null),
  );
  const handlers: Record<string, Handler> = {
    ...stateHandlers(engine, provider),
    ...trafficHandlers(engine, provider, options),
    ...mailHandlers(engine),
    ...webhookHandlers(engine, provider),
    ...mcpHandlers(engine, provider),
    ...providerHandlers(engine),
    ...eventHandlers(engine, provider),
    ...uiHandlers(),
    ...fragment?.handlers,
  };
  const access = controlAccessOf(engine);
  const api: ApiDefinition = {
    name: 'control',
    handlers,
    bodyLimits: { json: CONTROL_BODY_LIMIT, multipart: CONTROL_BODY_LIMIT },
    authBeforeRouting: false,
    authenticate: (_services, req) => admit(access, req.headers),
    renderOutcome: renderControlOutcome,
    renderError: renderControlError,
    // Control requests are not journaled and fault rules never hit them.
    observed: false,
  };
  return engine.pipelineFor(api, contract, entry?.services ?? engine.services(provider));
}

/** The engine's control contract with a provider's fragment merged in (paths and components). */
export function mergeContracts(base: Record<string, any>, fragment: Record<string, any> | null): Record<string, any> {
  if (!fragment) return base;
  const merged = { ...base, paths: { ...base.paths }, components: { ...base.components } };
  for (const [path, item] of Object.entries(fragment.paths ?? {})) {
    if (merged.paths[path]) throw new Error(`control contract: ${path} is declared twice`);
    merged.paths[path] = item;
  }
  for (const [kind, entries] of Object.entries(
    (fragment.components ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    const into = (merged.components[kind] = { ...merged.components[kind] });
    for (const [name, value] of Object.entries(entries)) {
      if (into[name] !== undefined) throw new Error(`control contract: components/${kind}/${name} is declared twice`);
      into[name] = value;
    }
  }
  return merged;
}

/** The access rules the server or msw mode put in the engine's settings; local-only checks by default. */
function controlAccessOf(engine: Engine): ControlAccess {
  const given = engine.options.settings.controlAccess as Partial<ControlAccess> | undefined;
  return {
    token: given?.token ?? null,
    checkHost: given?.checkHost ?? true,
    allowedHosts: given?.allowedHosts ?? [],
    listenHost: given?.listenHost ?? '127.0.0.1',
  };
}
