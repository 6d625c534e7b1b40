/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by area (mailsim file, npm
 * package, node internals, GC/idle), the top functions by self time, and the mailsim functions by
 * inclusive time — enough to see what dominates a request without opening DevTools.
 *
 *   node bench/profile-summary.mjs <file.cpuprofile> [--top N]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function areaOf(frame) {
  const { url, functionName } = frame;
  if (!url) return `(${functionName || 'anonymous'})`; // (idle), (garbage collector), (program)
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm:${pkg[1]}`;
  if (url.startsWith('node:'))
    return `node:${
      url
        .slice(5)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  const own = /\/(dist\/)?(src\/.+)$/.exec(url);
  if (own) return own[2];
  return url;
}

const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/|dist\/src\/)/, '$1');
const frameKey = (f) => `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}`;

export function summarise(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const area = new Map();
  const selfFn = new Map();
  const inclusiveOwn = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const a = areaOf(node.callFrame);
    area.set(a, (area.get(a) ?? 0) + us);
    const k = frameKey(node.callFrame);
    selfFn.set(k, (selfFn.get(k) ?? 0) + us);
    // Inclusive time of mailsim's own functions: walk the stack once, counting each function once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (!/\/src\//.test(f.url) || /node_modules/.test(f.url)) continue;
      const key = frameKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusiveOwn.set(key, (inclusiveOwn.get(key) ?? 0) + us);
    }
  }
  const rank = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pct: Math.round((1000 * us) / totalUs) / 10 }));
  return {
    totalMs: Math.round(totalUs / 1000),
    byArea: rank(area),
    selfTop: rank(selfFn),
    mailsimInclusive: rank(inclusiveOwn),
  };
}

export function printSummary(s, write = (l) => process.stdout.write(`${l}\n`)) {
  const table = (title, rows) => {
    write(`  ${title}`);
    for (const r of rows) write(`    ${String(r.pct).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
  };
  write(`  profile: ${s.totalMs} ms sampled`);
  table('self time by area:', s.byArea);
  table('top functions by self time:', s.selfTop);
  table('mailsim functions by inclusive time:', s.mailsimInclusive);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, flag, n] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N]\n');
    process.exit(2);
  }
  printSummary(summarise(JSON.parse(readFileSync(file, 'utf8')), flag === '--top' ? Number(n) : 20));
}
