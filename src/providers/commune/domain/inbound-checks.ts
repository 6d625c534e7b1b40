/**
 * The verdicts Commune stores with every inbound email. mailsim's are deterministic: no spam
 * model runs (every email is accepted with score 0), and prompt injection is a phrase match.
 * HTML-only mail is read as text with html-to-text (the converter mailparser uses).
 */
import type { HtmlToTextOptions } from 'html-to-text';
import { htmlToTextConvert as convert } from '../../../engine/lazy-require.js';

const INJECTION = [
  /\bignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?|messages?)\b/i,
  /\bdisregard (?:all |any )?(?:the )?(?:previous|prior|above) (?:instructions|prompts?)\b/i,
  /\b(?:reveal|print|show) (?:your|the) system prompt\b/i,
  /\byou are now (?:a|an|in) /i,
];

export interface InboundVerdicts {
  spam: { checked: true; score: number; action: 'accept'; flagged: false };
  injection: { checked: true; detected: boolean; risk: 'none' | 'high'; score: number; signals: string[] };
}

export function inboundVerdicts(text: string): InboundVerdicts {
  const signals = INJECTION.filter((re) => re.test(text)).map((re) => re.source);
  return {
    spam: { checked: true, score: 0, action: 'accept', flagged: false },
    injection: {
      checked: true,
      detected: signals.length > 0,
      risk: signals.length ? 'high' : 'none',
      score: signals.length ? 0.9 : 0,
      signals,
    },
  };
}

/**
 * How an HTML-only email reads as text: no line wrapping, link text without its URL, no images, headings as written.
 */
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

/** The plain text of an HTML body, for search and extraction of HTML-only mail. */
export function htmlToText(html: string): string {
  return convert(html, TEXT_OPTIONS);
}
