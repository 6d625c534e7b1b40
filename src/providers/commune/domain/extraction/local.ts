/**
 * mailsim's deterministic stand-in for Commune's LLM extraction. It reads the email with plain
 * rules, property by property, so the same email and schema always give the same object:
 *   - `Label: value` lines, where the label is the property name in words (order_id → "order id");
 *   - enums: the value the email mentions first (word match), then a few fixed synonyms ("urgent"
 *     → high, "invoice" → billing), else "other"/"unknown"/"none" when
 *     the enum has one, else its first value (Commune's strict JSON-schema mode always fills enums);
 *   - booleans: true when the property's key words appear without a nearby negation;
 *   - names, emails, subject and dates from the headers; ids, numbers, URLs, phones by pattern.
 * No LLM is called. The result is checked against the schema by the caller.
 */
import { own } from '../../../../engine/own.js';
import type { ExtractionEmail, ExtractionInput } from './types.js';
import { isIsoRepresentable } from '../../../../engine/clock.js';

type Schema = Record<string, unknown>;

/** Words that point at a common enum value without naming it ("urgent" → high). */
const ENUM_SYNONYMS: Record<string, string[]> = {
  critical: ['emergency', 'outage', 'is down', 'data loss'],
  high: ['urgent', 'urgently', 'asap', 'immediately', 'right away'],
  low: ['no rush', 'whenever', 'not urgent'],
  refund: ['money back', 'reimburse'],
  billing: ['invoice', 'charged', 'payment'],
  shipping: ['delivery', 'shipment', 'arrived', 'tracking'],
};
const FALLBACK_ENUM_VALUES = ['other', 'unknown', 'none', 'n/a', 'unspecified', 'general'];
const NEGATIONS = /\b(?:no|not|don't|dont|do not|doesn't|does not|never|without|isn't|is not)\b/;
const STOP_WORDS = new Set([
  'id',
  'the',
  'a',
  'an',
  'of',
  'is',
  'has',
  'wants',
  'want',
  'needs',
  'need',
  'requires',
  'requested',
  'request',
]);

/** order_id / orderId / order-id → ["order", "id"]. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function typeOf(schema: Schema): string | undefined {
  const t = schema.type;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  if (typeof t === 'string') return t;
  if (Array.isArray(schema.enum)) return typeof schema.enum[0] === 'number' ? 'number' : 'string';
  return undefined;
}

/** The value after "Label:" (or "Label -", "Label #") on a line, for the property's words. */
function labelledValue(text: string, name: string): string | null {
  const words = wordsOf(name);
  if (!words.length) return null;
  const label = words.map(escape).join('[\\s_-]*');
  const m = new RegExp(`(?:^|\\n)[ \\t>*-]*${label}[ \\t]*(?:[:=#]|-\\s)[ \\t]*([^\\n]+)`, 'i').exec(text);
  return m ? m[1]!.trim() : null;
}

function firstMatch(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  return m ? (m[1] ?? m[0]).trim() : null;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const URL = /https?:\/\/[^\s<>"')]+/;
const PHONE = /(\+?\d[\d\s().-]{7,}\d)/;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?))?/;

/** An identifier after the property's leading words: "order #A-1234", "invoice number: 77". */
function identifierFor(text: string, name: string): string | null {
  const words = wordsOf(name).filter(
    (w) => !STOP_WORDS.has(w) && !['number', 'no', 'ref', 'code', 'reference'].includes(w),
  );
  for (const w of words) {
    const re = new RegExp(
      `\\b${escapeRegExp(w)}\\s*(?:id|number|no\\.?|num|ref(?:erence)?|code)?\\s*[:#]?\\s*#?` +
        `([A-Za-z0-9][A-Za-z0-9_-]*\\d[A-Za-z0-9_-]*)`,
      'i',
    );
    const hit = firstMatch(text, re);
    if (hit) return hit;
  }
  return firstMatch(text, /#([A-Za-z0-9-]*\d[A-Za-z0-9-]*)/) ?? firstMatch(text, /\b([A-Z]{2,}-\d{2,})\b/);
}

function mentions(text: string, phrase: string): number {
  const words = phrase
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map(escape);
  if (!words.length) return -1;
  const m = new RegExp(`\\b${words.join('[\\s_-]+')}`, 'i').exec(text);
  return m ? m.index : -1;
}

function enumValue(text: string, name: string, values: unknown[]): unknown {
  const labelled = labelledValue(text, name);
  if (labelled) {
    const exact = values.find((v) => String(v).toLowerCase() === labelled.toLowerCase());
    if (exact !== undefined) return exact;
  }
  let best: { v: unknown; at: number } | null = null;
  for (const v of values) {
    const at = mentions(text, String(v));
    if (at >= 0 && (!best || at < best.at)) best = { v, at };
  }
  if (best) return best.v;
  for (const v of values) {
    const at = Math.min(
      ...(ENUM_SYNONYMS[String(v).toLowerCase()] ?? []).map((syn) => mentions(text, syn)).filter((i) => i >= 0),
    );
    if (Number.isFinite(at) && (!best || at < best.at)) best = { v, at };
  }
  if (best) return best.v;
  return values.find((v) => FALLBACK_ENUM_VALUES.includes(String(v).toLowerCase())) ?? values[0];
}

function booleanValue(text: string, name: string): boolean {
  const labelled = labelledValue(text, name);
  if (labelled) return /^(?:yes|true|y|1)\b/i.test(labelled);
  const keys = wordsOf(name).filter((w) => !STOP_WORDS.has(w) && !/^(is|has|should|can|wants?)$/.test(w));
  if (!keys.length) return false;
  const lower = text.toLowerCase();
  for (const k of keys) {
    const re = new RegExp(`\\b${escapeRegExp(k.replace(/s$/, ''))}`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      const before = lower.slice(Math.max(0, m.index - 30), m.index);
      if (!NEGATIONS.test(before.split(/[.!?\n]/).pop() ?? '')) return true;
    }
  }
  return false;
}

function numberValue(text: string, name: string, integer: boolean): number | null {
  const source =
    labelledValue(text, name) ??
    (() => {
      for (const w of wordsOf(name).filter((x) => !STOP_WORDS.has(x))) {
        const hit = firstMatch(text, new RegExp(`\\b${escapeRegExp(w)}\\b[^\\d\\n]{0,20}(-?[\\d,]*\\.?\\d+)`, 'i'));
        if (hit) return hit;
      }
      return null;
    })();
  if (!source) return null;
  const m = /-?[\d,]*\.?\d+/.exec(source);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return integer ? Math.trunc(n) : n;
}

function firstSentence(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return null;
  const m = /^(.{1,200}?[.!?])(\s|$)/.exec(t);
  return m ? m[1]! : t.slice(0, 200);
}

function stringValue(text: string, name: string, schema: Schema, email: ExtractionEmail): string | null {
  const words = wordsOf(name);
  const has = (...ws: string[]) => ws.some((w) => words.includes(w));
  const format = schema.format;
  if (format === 'email' || has('email'))
    return (
      firstMatch(labelledValue(text, name) ?? '', EMAIL) ??
      (has('customer', 'sender', 'from', 'contact', 'email') ? email.from.address : firstMatch(text, EMAIL))
    );
  if (format === 'uri' || format === 'url' || has('url', 'link', 'website'))
    return firstMatch(labelledValue(text, name) ?? text, URL);
  if (format === 'date' || format === 'date-time' || has('date', 'deadline', 'due')) {
    const m = ISO_DATE.exec(labelledValue(text, name) ?? text);
    if (m) {
      // A date that looks ISO but is not a real day (2026-13-01) gives this one field nothing, not the
      // whole extraction.
      const ms = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${m[2] && /Z|[+-]\d/.test(m[2]) ? '' : 'Z'}`);
      if (!isIsoRepresentable(ms) || (!m[2] && new Date(ms).toISOString().slice(0, 10) !== m[1])) return null;
      return format === 'date-time' ? new Date(ms).toISOString() : m[1]!;
    }
    return format === 'date-time' ? email.date : format === 'date' ? email.date.slice(0, 10) : null;
  }
  const labelled = labelledValue(text, name);
  if (labelled) return labelled;
  if (has('phone', 'mobile', 'tel', 'telephone')) return firstMatch(text, PHONE);
  if (has('name') && !has('file', 'product', 'company', 'item')) return email.from.name ?? null;
  if (has('subject', 'title', 'topic')) return email.subject || null;
  if (has('summary', 'description', 'body', 'message', 'content', 'details', 'issue', 'question', 'request'))
    return firstSentence(email.text);
  if (has('id', 'number', 'no', 'ref', 'reference', 'code', 'sku', 'invoice', 'order', 'ticket', 'tracking'))
    return identifierFor(text, name);
  return null;
}

function arrayValue(text: string, name: string, schema: Schema, email: ExtractionEmail): unknown[] {
  const items = (typeof schema.items === 'object' && schema.items !== null ? schema.items : {}) as Schema;
  if (Array.isArray(items.enum)) return items.enum.filter((v) => mentions(text, String(v)) >= 0);
  const labelled = labelledValue(text, name);
  if (labelled) {
    const parts = labelled.split(/\s*[,;]\s*/).filter(Boolean);
    const t = typeOf(items);
    if (t === 'number' || t === 'integer') return parts.map(Number).filter(Number.isFinite);
    return parts;
  }
  if (wordsOf(name).some((w) => ['emails', 'addresses', 'recipients'].includes(w)))
    return [...text.matchAll(new RegExp(EMAIL, 'g'))].map((m) => m[0]);
  if (wordsOf(name).some((w) => ['urls', 'links'].includes(w)))
    return [...text.matchAll(new RegExp(URL, 'g'))].map((m) => m[0]);
  void email;
  return [];
}

function valueFor(text: string, name: string, schema: Schema, email: ExtractionEmail): unknown {
  if (Array.isArray(schema.enum) && schema.enum.length) return enumValue(text, name, schema.enum);
  if (schema.const !== undefined) return schema.const;
  switch (typeOf(schema)) {
    case 'boolean':
      return booleanValue(text, name);
    case 'integer':
      return numberValue(text, name, true);
    case 'number':
      return numberValue(text, name, false);
    case 'array':
      return arrayValue(text, name, schema, email);
    case 'object':
      return objectValue(text, schema, email);
    case 'string':
      return stringValue(text, name, schema, email);
    default:
      return null;
  }
}

const EMPTY_BY_TYPE: Record<string, unknown> = {
  string: '',
  number: 0,
  integer: 0,
  boolean: false,
  array: [],
  object: {},
};

function objectValue(text: string, schema: Schema, email: ExtractionEmail): Record<string, unknown> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(props)) {
    const v = typeof sub === 'object' && sub !== null ? valueFor(text, name, sub, email) : null;
    if (v !== null && v !== undefined) out[name] = v;
    else if (required.has(name)) {
      const t = typeof sub === 'object' && sub !== null ? typeOf(sub) : undefined;
      const nullable = typeof sub === 'object' && sub !== null && Array.isArray(sub.type) && sub.type.includes('null');
      out[name] = nullable ? null : (own(EMPTY_BY_TYPE, t) ?? null);
    }
  }
  return out;
}

/** The text the rules read: subject, then the newest email, then earlier messages of the thread. */
function corpus(input: ExtractionInput): string {
  const earlier = input.thread
    .filter((m) => m.direction === 'inbound')
    .map((m) => m.text)
    .reverse();
  return [input.email.subject, input.email.text, ...earlier].filter(Boolean).join('\n');
}

export function extractLocally(input: ExtractionInput): Record<string, unknown> {
  return objectValue(corpus(input), input.schema, input.email);
}
