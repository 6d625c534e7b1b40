/**
 * Fault scenarios from YAML files, and the start-up traffic settings (limits, fault seed, scenario
 * files, frozen clock) applied to a running engine.
 *
 * A scenario file holds `rules:`, a list of fault rules (see engine/faults.ts), and optionally
 * `name`, `description` and `seed`. `--scenario` takes a path, or the name of a file shipped in
 * fixtures/scenarios/ (e.g. `--scenario flaky-503`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseYaml as parse } from '../engine/lazy-require.js';
import type { Engine } from '../engine/engine.js';
import type { FaultRule, FaultRuleInput } from '../engine/faults.js';
import { validateRule } from '../engine/fault-rules.js';
import { withSettings } from '../engine/ratelimit.js';
import { fixturePath } from '../paths.js';
import { log } from '../engine/log.js';
import type { MailsimConfig } from '../config.js';

export interface Scenario {
  name?: string;
  description?: string;
  /** Seed for the fault engine's random choices, so a run is reproducible. */
  seed?: number;
  rules: FaultRuleInput[];
}

export function parseScenario(text: string, source = 'scenario'): Scenario {
  let doc: Scenario | null;
  try {
    doc = parse(text) as Scenario | null;
  } catch (e) {
    throw new Error(`${source}: not valid YAML: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.rules))
    throw new Error(`${source}: a scenario needs a "rules" list`);
  if (doc.seed !== undefined && !Number.isInteger(doc.seed)) throw new Error(`${source}: seed must be an integer`);
  doc.rules.forEach((r, i) => {
    try {
      validateRule(r);
    } catch (e) {
      throw new Error(`${source}: rule ${i + 1}: ${(e as Error).message}`);
    }
  });
  return doc;
}

/** The scenario files shipped in fixtures/scenarios/, by name. */
export function shippedScenarios(): { name: string; file: string; description: string | null }[] {
  return scenariosIn(fixturePath('scenarios'));
}

/** The `.yaml`/`.yml` scenario files directly in `dir`, by name, with their descriptions. */
function scenariosIn(dir: string): { name: string; file: string; description: string | null }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let description: string | null = null;
      try {
        description = (parse(readFileSync(file, 'utf8')) as Scenario | null)?.description ?? null;
      } catch {
        description = null;
      }
      return { name: basename(f, extname(f)), file, description };
    });
}

/**
 * Shipped scenarios, then those in the configured directory (a configured one shadows a shipped one of the
 * same name).
 */
export function listScenarios(dir: string | null): { name: string; file: string; description: string | null }[] {
  const byName = new Map(shippedScenarios().map((s) => [s.name, s]));
  if (dir) for (const s of scenariosIn(dir)) byName.set(s.name, s);
  return [...byName.values()];
}

/** A path to an existing file, or the name of a shipped scenario (the command line: the user names any file). */
export function resolveScenario(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  const shipped = shippedScenarios().find((s) => s.name === basename(nameOrPath, extname(nameOrPath)));
  if (!/[/\\]/.test(nameOrPath) && shipped) return shipped.file;
  const names = shippedScenarios()
    .map((s) => s.name)
    .join(', ');
  throw new Error(
    `scenario ${JSON.stringify(nameOrPath)}: no such file, and not a shipped scenario (shipped: ${names || 'none'})`,
  );
}

const SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * A scenario by name for the control plane: only a shipped one or a file in the configured
 * directory, never a path, so the control plane cannot be made to read (or probe for) other files.
 */
export function readNamedScenario(name: string, dir: string | null): Scenario {
  const bare = name.replace(/\.ya?ml$/, '');
  const found = SCENARIO_NAME.test(bare) ? listScenarios(dir).find((s) => s.name === bare) : undefined;
  if (!found) {
    const names = listScenarios(dir)
      .map((s) => s.name)
      .join(', ');
    const orFile = dir ? ' or of a file in the scenario directory' : '';
    throw new Error(
      `no scenario named ${JSON.stringify(name)}: give the name of a shipped scenario${orFile} ` +
        `(${names || 'none'}), or {yaml}`,
    );
  }
  const scenario = parseScenario(readFileSync(found.file, 'utf8'), found.name);
  scenario.name ??= found.name;
  return scenario;
}

/**
 * Adds a scenario's rules to the engine; `provider` scopes rules that name none to one provider.
 * `perProvider` puts the provider in the ids it makes, so the same scenario applied to two
 * providers keeps both sets of rules (a rule replaces one of the same id).
 */
export function addScenario(engine: Engine, scenario: Scenario, provider?: string, perProvider = false): FaultRule[] {
  if (scenario.seed !== undefined) engine.faults.seed(scenario.seed);
  return scenarioRules(scenario, provider, perProvider).map((r) => engine.faults.add(r));
}

function scenarioRules(scenario: Scenario, provider?: string, perProvider = false): FaultRuleInput[] {
  const prefix = scenario.name ?? 'scenario';
  const idPrefix = perProvider && provider ? `${prefix}_${provider}` : prefix;
  return scenario.rules.map((r, i) => ({
    ...r,
    id: r.id ?? `${idPrefix}_${i + 1}`,
    name: r.name ?? prefix,
    ...(provider && !r.match?.provider ? { match: { ...r.match, provider } } : {}),
  }));
}

export function readScenarioFile(nameOrPath: string): Scenario {
  const file = resolveScenario(nameOrPath);
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.name ??= basename(file, extname(file));
  return scenario;
}

export function loadScenarioFile(engine: Engine, nameOrPath: string): Scenario {
  const scenario = readScenarioFile(nameOrPath);
  addScenario(engine, scenario);
  return scenario;
}

/**
 * Applies the configured traffic settings once the providers are added: rate limits (config file,
 * env, CLI; `rateLimits: false` switches them off), the fault seed, scenario files (kept as the
 * baseline a full reset returns to) and the frozen start time of the clock.
 */
export function applyTrafficConfig(engine: Engine, config: MailsimConfig): void {
  const limits = config.limits ?? {};
  for (const name of Object.keys(limits)) {
    if (name !== '*' && !engine.provider(name)) log.warn(`limits.${name}: provider ${name} is not running; ignored`);
  }
  for (const name of engine.providerNames()) {
    const pipeline = engine.provider(name)!.pipeline;
    // `rateLimits: false` also switches off the per-route limiters a provider declares.
    for (const extra of pipeline.limiters) {
      if (extra === pipeline.limiter || config.rateLimits !== false) continue;
      extra.policy = { ...extra.policy, enabled: false };
      extra.markBaseline();
    }
    const limiter = pipeline.limiter;
    if (!limiter) continue;
    let policy = limiter.policy;
    for (const layer of [limits['*'], limits[name]]) {
      if (!layer) continue;
      try {
        policy = withSettings(policy, layer);
      } catch (e) {
        throw new Error(`limits.${layer === limits['*'] ? '*' : name}: ${(e as Error).message}`);
      }
    }
    if (config.rateLimits === false) policy = { ...policy, enabled: false };
    limiter.policy = policy;
    limiter.markBaseline();
    limiter.reset();
  }

  let seed = config.faultSeed ?? null;
  if (seed !== null && !Number.isInteger(seed))
    throw new Error(`faultSeed must be an integer (got ${JSON.stringify(seed)})`);
  const baseline: FaultRuleInput[] = [];
  for (const file of config.scenarios ?? []) {
    const scenario = readScenarioFile(file);
    if (seed === null && scenario.seed !== undefined) seed = scenario.seed;
    baseline.push(...scenarioRules(scenario));
  }
  engine.faults.setBaseline(baseline, seed);
  engine.faults.reset();

  engine.clock.setStartState(config.clockFrozenAt ? Date.parse(config.clockFrozenAt) : null);
}
