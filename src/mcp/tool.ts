/**
 * What an MCP tool is here: a name, a description and a JSON Schema an LLM reads, and a function
 * of the checked arguments. Tools reach the emulator only through the typed control client (and,
 * for the emulated APIs and SMTP, through what `control.providers()` says), so the same tools
 * serve over stdio (`mailsim mcp`) and on the control plane (`/_mailsim/mcp`).
 */
import type { ControlClient } from '../testing/control-client.js';

export interface ToolContext {
  control: ControlClient;
  /** The emulator URL the control client talks to (its host is where SMTP and the APIs are reached). */
  baseUrl: string;
  /** fetch for the emulated APIs themselves (list_inboxes). */
  fetch: typeof fetch;
}

export interface JsonSchemaObject {
  type: 'object';
  properties: Record<string, Record<string, unknown>>;
  required?: string[];
  additionalProperties?: boolean;
  [keyword: string]: unknown;
}

/** `A`: the arguments once checked against `inputSchema` (defaults filled in). */
export interface Tool<A = Record<string, unknown>> {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchemaObject;
  /** Reads only; changes nothing in the emulator. */
  readOnly?: boolean;
  /** Throws away state (reset, clearing rules). */
  destructive?: boolean;
  /** The answer: a string is sent as is, anything else as JSON. */
  run(args: A, ctx: ToolContext): Promise<unknown>;
}

/** A tool whose answer is a failure the caller should see as one (a timeout, nothing found). */
export class ToolFailure extends Error {}

/** Cuts a long text to `max` characters, saying how much was left out. */
export function clip(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  return text.length <= max
    ? text
    : `${text.slice(0, max)}\n… [${text.length - max} more characters; ask with a larger maxChars]`;
}

/** `Name <address>`, or the address alone. */
export function formatAddress(a: { address: string; name?: string | null } | null | undefined): string | null {
  if (!a) return null;
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** Seconds an LLM gives, bounded, as the control plane's duration. */
export function seconds(value: number | undefined, fallback: number, max: number): string {
  const s = Math.min(Math.max(value ?? fallback, 0), max);
  return `${Math.round(s * 1000)}ms`;
}

/** Copies the named keys that are set (not undefined, not empty strings). */
export function pick<T extends object>(from: Record<string, unknown>, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = from[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out as T;
}
