/**
 * An environment's `config` as stored and sent (contracts/managed-agents.md §Environments): cloud
 * configs always carry `networking` and all six package lists; a limited network carries its
 * three fields. The type is fixed at creation.
 */
import { errors } from '../errors.js';

type Json = Record<string, any>;

const PACKAGE_MANAGERS = ['apt', 'cargo', 'gem', 'go', 'npm', 'pip'] as const;
const UNRESTRICTED = { type: 'unrestricted' };

function networking(input: Json | null | undefined, base: Json | undefined): Json {
  if (input == null) return base ?? UNRESTRICTED;
  if (input.type === 'unrestricted') return UNRESTRICTED;
  return {
    type: 'limited',
    allowed_hosts: input.allowed_hosts ?? [],
    allow_mcp_servers: input.allow_mcp_servers ?? false,
    allow_package_managers: input.allow_package_managers ?? false,
  };
}

function packages(input: Json | null | undefined, base: Json | undefined): Json {
  if (input == null && base) return base;
  const src = input ?? {};
  return Object.fromEntries(PACKAGE_MANAGERS.map((pm) => [pm, (src[pm] as string[] | null | undefined) ?? []]));
}

/** The config a create asks for (no `base`), or an update on top of the stored one. */
export function buildEnvironmentConfig(input: Json | null | undefined, base?: Json): Json {
  if (input == null) return base ?? { type: 'cloud', networking: UNRESTRICTED, packages: packages(null, undefined) };
  if (base && base.type !== input.type) {
    throw errors.invalidRequest(
      `config.type cannot change from ${JSON.stringify(base.type)} to ${JSON.stringify(input.type)}`,
      'invalid_config_type_change',
    );
  }
  if (input.type === 'self_hosted') return { type: 'self_hosted' };
  return {
    type: 'cloud',
    networking: networking(input.networking, base?.networking),
    packages: packages(input.packages, base?.packages),
  };
}
