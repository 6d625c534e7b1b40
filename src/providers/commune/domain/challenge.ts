/**
 * The sign-up challenge (contracts/commune.md, "Agent sign-up"). The agent answers
 * `verb:count:marker`: a lower-case verb (only its form is checked), the number of words of its
 * stated purpose with at least five ASCII letters once other characters are removed, and the
 * 16-hex marker quoted in the text. The answer is deterministic, so no model is needed to check it.
 */
export const CHALLENGE_FORMAT = '<primary_verb>:<word_count>:<epoch_marker>';

export const REGISTRATION_INSTRUCTIONS = [
  'Read the challenge.text carefully — it contains tasks you must complete.',
  'Construct your challengeResponse in the format: <verb>:<word_count>:<epoch_marker>',
  'Sign the challengeResponse string (not the challenge text) with your Ed25519 private key.',
  'Submit both to POST /v1/auth/agent-verify.',
];

/** Words of the trimmed text that keep at least five letters a-z/A-Z once everything else is stripped. */
export function countLongWords(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word.replace(/[^a-zA-Z]/g, '').length >= 5).length;
}

export function challengeText(agentName: string, agentPurpose: string, epochMarker: string): string {
  return [
    `You are registering "${agentName}" on Commune, email infrastructure for AI agents.`,
    '',
    'Your stated purpose:',
    `"${agentPurpose}"`,
    '',
    'Prove that you can read and reason about your own context by completing all three steps below.',
    '',
    'STEP 1 — PRIMARY VERB',
    'Pick one lowercase verb that best describes what your agent does (for example: monitors, sends,',
    'triages, summarizes, schedules, extracts, routes, answers).',
    '',
    'STEP 2 — WORD COUNT',
    'Count the words of your stated purpose (the quoted text above, not these instructions) that have',
    'five or more letters once punctuation and other non-letters are removed.',
    '',
    'STEP 3 — EPOCH MARKER',
    `Include this exact string: ${epochMarker}`,
    '',
    'RESPONSE FORMAT',
    'Join the three parts with colons:',
    `  ${CHALLENGE_FORMAT}`,
    '',
    `For example, with the verb "processes" and a word count of 4: processes:4:${epochMarker}`,
    '',
    'Sign that challengeResponse string (not this text) with your Ed25519 private key and send both',
    'to POST /v1/auth/agent-verify.',
  ].join('\n');
}

/** Null when the answer is right; otherwise the reason Commune reports. */
export function challengeProblem(
  response: string,
  expected: { epochMarker: string; wordCount: number },
): string | null {
  const parts = response.split(':');
  if (parts.length !== 3) return 'challengeResponse must have exactly 3 colon-separated parts: verb:count:epochMarker';
  const [verb, count, marker] = parts as [string, string, string];
  if (!/^[a-z]{2,30}$/.test(verb))
    return 'first part (verb) must be a single lowercase alphabetical word, 2–30 characters';
  if (!/^\d+$/.test(count)) return 'second part (word count) must be a non-negative integer';
  if (parseInt(count, 10) !== expected.wordCount)
    return 'word count does not match the 5+-character word count of your stated purpose';
  if (marker !== expected.epochMarker) return 'epoch marker does not match — use the exact string from the challenge';
  return null;
}
