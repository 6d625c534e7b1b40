// Managed Agents' own rules (contracts/managed-agents.md): every answer names its request in
// `request-id`; deterministic 4xx declare `x-should-retry`, a 429 `retry-after`; errors are the
// Anthropic envelope; health is the only public route; each operation declares the errors the
// engine can answer for it; responses are closed; each description carries its confidence tag.
import { checkResponsesClosed } from './lib.mjs';

const ERROR = '#/components/schemas/ErrorResponse';
const PUBLIC = new Set(['/health', '/healthz']);
const TAG = /\b(CONFIRMED|INFERRED|INVENTED)\b/;

export default function checkManagedAgents({ contract, fail }) {
  // An object the description calls open ("Open object", "open object of …") is open on purpose.
  checkResponsesClosed(contract, fail, { isOpen: (s) => /\bopen object\b/i.test(s.description ?? '') });
  for (const { id, path, op, parameters, responses } of contract.operations()) {
    const codes = Object.keys(responses);
    const isPublic = Array.isArray(op.security) && op.security.length === 0;
    if (PUBLIC.has(path) !== isPublic) fail(`${id}: only ${[...PUBLIC].join(' and ')} are public`);
    if (!isPublic && !codes.includes('401')) fail(`${id} lacks 401`);
    for (const c of ['413', '429', '5XX']) if (!codes.includes(c)) fail(`${id} lacks ${c}`);
    const takesInput = parameters.some((p) => p.in !== 'header') || op.requestBody;
    if (takesInput && !codes.includes('400')) fail(`${id} takes input but lacks 400`);
    if (!TAG.test(op.description ?? '')) fail(`${id}: the description names no CONFIRMED/INFERRED/INVENTED source`);
    for (const [code, { node: r }] of Object.entries(responses)) {
      const headers = Object.keys(r.headers ?? {});
      if (!headers.includes('request-id')) fail(`${id} ${code} lacks the request-id header`);
      const status = Number(code);
      if (code === '429' && !headers.includes('retry-after')) fail(`${id} 429 lacks retry-after`);
      if (status >= 400 && status < 500 && status !== 429 && !headers.includes('x-should-retry')) {
        fail(`${id} ${code} lacks x-should-retry`);
      }
      const isError = code === '5XX' || status >= 400;
      const schema = r.content?.['application/json']?.schema;
      if (isError && schema?.$ref !== ERROR) fail(`${id} ${code} is not the Anthropic error envelope`);
    }
  }
}
