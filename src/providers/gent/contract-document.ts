/**
 * contracts/gent.yaml read once: served by `GET /v1/reference/api/`, the source of each operation's
 * auth kind and scopes (its `x-gent-*` marks), and of the routing copy the engine is given.
 *
 * Why a routing copy: Gent writes every path with a trailing slash, but the engine's router drops
 * a request's trailing slash before matching and keeps the template's, so a template ending in
 * "/" never matches (an engine gap, see contracts/gent.md §Engine gaps). The engine therefore gets
 * the same document with the slash taken off each path, written once per contract version under
 * the OS temp directory; everything else (the served schema, contract-test, msw) uses the real one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contractPath, PACKAGE_ROOT } from '../../paths.js';

export type AuthKind = 'public' | 'session' | 'either';

export interface OperationAccess {
  auth: AuthKind;
  /** What an agent token needs; sessions hold every scope. */
  scopes: string[];
  idempotent: boolean;
}

interface Loaded {
  text: string;
  doc: Record<string, any>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
let loaded: Loaded | null = null;

function load(): Loaded {
  if (loaded) return loaded;
  const source = contractPath('gent');
  const text = readFileSync(source, 'utf8');
  // The build writes the YAML as JSON (dist/contracts): about fifty times faster to parse.
  const compiled = join(PACKAGE_ROOT, 'dist', 'contracts', 'gent.json');
  const fresh = existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs;
  const doc = (fresh ? JSON.parse(readFileSync(compiled, 'utf8')) : parseYaml(text)) as Record<string, any>;
  loaded = { text, doc };
  return loaded;
}

/** The contract as written (slashed paths), parsed once. Callers must not modify it. */
export function gentDocument(): Record<string, any> {
  return load().doc;
}

let access: Map<string, OperationAccess> | null = null;

/** Auth kind, scopes and idempotency of every operation, from the contract's `x-gent-*` marks. */
export function operationAccess(operationId: string): OperationAccess | undefined {
  if (!access) {
    access = new Map();
    for (const item of Object.values(gentDocument().paths as Record<string, any>)) {
      for (const method of METHODS) {
        const op = item?.[method];
        if (!op?.operationId) continue;
        access.set(op.operationId as string, {
          auth: op['x-gent-auth'] as AuthKind,
          scopes: (op['x-gent-scopes'] as string[] | undefined) ?? [],
          idempotent: op['x-gent-idempotent'] === true,
        });
      }
    }
  }
  return access.get(operationId);
}

/** Operation ids whose `x-gent-idempotent` is true (the idempotency policy covers exactly these). */
export function idempotentOperations(): string[] {
  operationAccess('');
  return [...access!.entries()].filter(([, a]) => a.idempotent).map(([id]) => id);
}

export interface PathTemplate {
  method: string;
  path: string;
  regex: RegExp;
}

let templates: PathTemplate[] | null = null;

/** Every operation's method and slashed path, matched exactly (for the unknown-route answer). */
export function pathTemplates(): PathTemplate[] {
  if (!templates) {
    templates = [];
    for (const [path, item] of Object.entries(gentDocument().paths as Record<string, any>)) {
      const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      for (const method of METHODS)
        if (item?.[method]) templates.push({ method: method.toUpperCase(), path, regex: new RegExp(`^${pattern}$`) });
    }
  }
  return templates;
}

/**
 * The file the engine loads: the contract with each path's trailing slash removed. Written once per
 * contract version (named by its hash), atomically, so parallel processes can share it. The JSON
 * twin under dist/contracts makes the engine's loader skip YAML parsing.
 */
export function routingContractFile(): string {
  const { text, doc } = load();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `mailsim-gent-routes-${hash}`);
  const file = join(dir, 'contracts', 'gent.yaml');
  const twin = join(dir, 'dist', 'contracts', 'gent.json');
  if (existsSync(file) && existsSync(twin)) return file;
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(doc.paths as Record<string, unknown>)) {
    paths[path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path] = item;
  }
  const json = JSON.stringify({ ...doc, paths });
  writeAtomically(file, json);
  writeAtomically(twin, json);
  return file;
}

function writeAtomically(file: string, content: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}
