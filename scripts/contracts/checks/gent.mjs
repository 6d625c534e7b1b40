// Gent's own rules (contracts/gent.md): the emulator reads each operation's x-gent marks at run
// time (auth kind and scopes in `authorize`, idempotency for the policy), so every operation must
// carry all three, well formed; paths end with a slash; and every status the engine can answer for
// an operation is declared (401 on secured ones, 409 where a key applies, 413 and 415 with a body).
const AUTH_KINDS = ['public', 'session', 'either'];

export default function checkGent({ contract, fail }) {
  const scopes = new Set(contract.doc.components?.schemas?.Scope?.enum ?? []);
  if (scopes.size === 0) fail('components/schemas/Scope has no enum of scope names');
  for (const { id, method, path, op, responses } of contract.operations()) {
    const codes = Object.keys(responses);
    if (!path.endsWith('/')) fail(`${id}: ${path} does not end with a slash`);
    const auth = op['x-gent-auth'];
    if (!AUTH_KINDS.includes(auth)) fail(`${id}: x-gent-auth must be one of ${AUTH_KINDS.join(', ')}`);
    const isPublic = Array.isArray(op.security) && op.security.length === 0;
    if (isPublic !== (auth === 'public')) fail(`${id}: x-gent-auth ${auth} disagrees with its security`);
    const needed = op['x-gent-scopes'];
    if (!Array.isArray(needed)) fail(`${id}: x-gent-scopes must be a list`);
    else for (const s of needed) if (!scopes.has(s)) fail(`${id}: x-gent-scopes names unknown scope ${s}`);
    if (typeof op['x-gent-idempotent'] !== 'boolean') fail(`${id}: x-gent-idempotent must be true or false`);
    if (op['x-gent-idempotent'] === true && !['post', 'patch'].includes(method)) {
      fail(`${id}: only POST and PATCH take an Idempotency-Key`);
    }
    if (op['x-gent-idempotent'] === true && !codes.includes('409')) fail(`${id}: idempotent but lacks 409`);
    if (!isPublic && !codes.includes('401')) fail(`${id}: secured but lacks 401`);
    if (auth !== 'public' && (auth === 'session' || needed?.length) && !codes.includes('403')) {
      fail(`${id}: checks the caller but lacks 403`);
    }
    if (op.requestBody) {
      for (const c of ['400', '413', '415']) if (!codes.includes(c)) fail(`${id}: takes a body but lacks ${c}`);
    }
    for (const c of ['429', '5XX']) if (!codes.includes(c)) fail(`${id}: lacks ${c}`);
  }
}
