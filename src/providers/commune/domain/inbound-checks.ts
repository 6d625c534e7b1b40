/**
 * The verdicts Commune stores with every inbound email. mailsim's are deterministic: no spam
 * model runs (every email is accepted with score 0), and prompt injection is a phrase match.
 */
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
    injection: { checked: true, detected: signals.length > 0, risk: signals.length ? 'high' : 'none', score: signals.length ? 0.9 : 0, signals },
  };
}

/** A rough plain-text rendering of an HTML body, for search and extraction of HTML-only mail. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
