/**
 * Verification codes and links in a message, for agents that must sign in or confirm an address
 * by mail. A code is 4–8 digits (also written in two groups, `482 913` or `482-913`) that a code
 * phrase ("code", "OTP", "one-time", "passcode", "PIN", "verification", "2FA"…) stands close to,
 * before or after it; numbers inside links, prices, phone numbers, dates, order and reference
 * numbers and copyright years are not codes. Links are the message's http(s) URLs, from the text and from the
 * HTML's anchors (images left out); those whose address or anchor text reads like verification
 * come first.
 */

export interface CodeCandidate {
  /** The digits, separators removed. */
  code: string;
  /** The text around it, so a reader can see why it was taken. */
  context: string;
}

export interface FoundLink {
  url: string;
  /** The anchor text (HTML), when there was one. */
  text: string | null;
  /** Whether the address or its text reads like verification, sign-in or confirmation. */
  verification: boolean;
}

const CODE_PHRASE = new RegExp(
  String.raw`\b(codes?|otp|one[- ]?time|passcodes?|pass codes?|pins?|verification|verify|verifying|2fa|two[- ]factor|` +
    String.raw`mfa|security|authenticat\w*|sign[- ]?in|log[- ]?in)\b`,
  'i',
);
// Digits not glued to letters, other digits, a currency, a `#`, a path, a decimal part or a
// phone number's area code: a single run of 4–8 digits, or two groups of 3–4 joined by one space
// or hyphen.
const CODE_SHAPE = /(?<![\w#$€£¥+\-./,@]|\d[ -]|\)\s?)(\d{3,4}[ -]\d{3,4}|\d{4,8})(?![\w\-/%@]|[.,:]\d|[ -]\d)/g;
// Numbers these name are not codes, whatever phrase is near ("order 55821", "card ending 4417").
const NOT_A_CODE = new RegExp(
  String.raw`\b(order|invoice|reference|ref|account|acct|ending|ending in|ticket|case|tracking|phone|tel|fax|suite|` +
    String.raw`apt|zip|member)\s*[:#.]?\s*$`,
  'i',
);
const LOOKBEHIND = 60;
const LOOKAHEAD = 40;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()\]]+/gi;
const VERIFY_LINK = /verif|confirm|activat|magic|sign[-_]?in|log[-_]?in|auth|token|validat|reset|otp|invite|accept/i;
const NOT_VERIFY_LINK = /unsubscribe|preferences|privacy|terms|help|support/i;
// Images are not links anyone follows (mailparser's text of an HTML mail lists their sources too).
const IMAGE = /\.(png|jpe?g|gif|svg|webp|ico)(\?|#|$)/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const n = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Readable text of an HTML body: no head, scripts or styles; blocks on their own lines. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(head|script|style|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6]|table|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** Blanks every URL (same length), so digits inside links are never read as codes. */
const withoutUrls = (text: string): string => text.replace(URL_PATTERN, (u) => ' '.repeat(u.length));

function isCopyrightYear(text: string, index: number, digits: string): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  return /(©|\(c\)|copyright)\s*$/i.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * The codes in `subject` and `text`, best first: a code phrase right before it beats one further
 * away or after it; six digits (the usual length) beat other lengths; the subject breaks ties.
 */
export function extractCodes(subject: string | null, text: string): CodeCandidate[] {
  const scored = new Map<string, { candidate: CodeCandidate; score: number }>();
  const sources: [string, number][] = [
    [subject ?? '', 1],
    [text, 0],
  ];
  for (const [source, bonus] of sources) {
    const clean = withoutUrls(source);
    for (const m of clean.matchAll(CODE_SHAPE)) {
      const index = m.index;
      const digits = m[1]!.replace(/[ -]/g, '');
      if (digits.length < 4 || digits.length > 8 || isCopyrightYear(clean, index, digits)) continue;
      const before = clean.slice(Math.max(0, index - LOOKBEHIND), index);
      if (NOT_A_CODE.test(before)) continue;
      const after = clean.slice(index + m[1]!.length, index + m[1]!.length + LOOKAHEAD);
      const phraseBefore = lastPhraseDistance(before);
      const phraseAfter = after.search(CODE_PHRASE);
      if (phraseBefore === null && phraseAfter === -1) continue;
      const nearness = phraseBefore !== null ? LOOKBEHIND - phraseBefore : (LOOKAHEAD - phraseAfter) / 2;
      const score = nearness + (digits.length === 6 ? 20 : 0) + bonus * 5;
      const context = source
        .slice(Math.max(0, index - 40), index + m[1]!.length + 30)
        .replace(/\s+/g, ' ')
        .trim();
      const previous = scored.get(digits);
      if (!previous || previous.score < score) scored.set(digits, { candidate: { code: digits, context }, score });
    }
  }
  return [...scored.values()].sort((a, b) => b.score - a.score).map((s) => s.candidate);
}

/** How far before the end of `before` the last code phrase ends (0: right before), or null. */
function lastPhraseDistance(before: string): number | null {
  let end: number | null = null;
  for (const m of before.matchAll(new RegExp(CODE_PHRASE.source, 'gi'))) end = m.index + m[0].length;
  return end === null ? null : before.length - end;
}

/** Trailing punctuation a sentence puts after a URL is not part of it. */
const trimUrl = (url: string): string => url.replace(/[.,;:!?]+$/, '');

/** The links of a message, verification-like first, each once. */
export function extractLinks(text: string | null, html: string | null): FoundLink[] {
  const found = new Map<string, FoundLink>();
  const add = (rawUrl: string, anchorText: string | null): void => {
    const url = trimUrl(decodeEntities(rawUrl.trim()));
    if (!/^https?:\/\//i.test(url) || IMAGE.test(url)) return;
    const existing = found.get(url);
    const verification =
      !NOT_VERIFY_LINK.test(url) && (VERIFY_LINK.test(url) || (anchorText !== null && VERIFY_LINK.test(anchorText)));
    if (existing) {
      existing.text ??= anchorText;
      existing.verification ||= verification;
      return;
    }
    found.set(url, { url, text: anchorText, verification });
  };
  if (html) {
    for (const m of html.matchAll(
      /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi,
    )) {
      const anchorText = htmlToText(m[4] ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      add(m[1] ?? m[2] ?? m[3] ?? '', anchorText || null);
    }
  }
  const plain = text ?? (html ? htmlToText(html) : '');
  for (const m of plain.matchAll(URL_PATTERN)) add(m[0], null);
  const links = [...found.values()];
  return [...links.filter((l) => l.verification), ...links.filter((l) => !l.verification)];
}
