/**
 * README.md as executable documentation: its fenced code blocks, each with the marker comment on
 * the line before it that says who runs it —
 *   <!-- test: test/docs/shell.test.ts#commune-curl -->   the test file that runs it, and the block's id
 *   <!-- not run: why -->                                 e.g. it needs the real service or network
 * The tests named there read the blocks through `blocksFor(file)`, so a block cannot change without
 * its test running the new text; test/docs/markers.test.ts fails on a block without a marker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const README = join(ROOT, 'README.md');

export interface Block {
  /** The fence's info string: bash, sh, ts, json, yaml, or '' for plain text. */
  lang: string;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
  /** The section heading the block sits under. */
  heading: string;
  marker: { kind: 'test'; file: string; id: string } | { kind: 'not run'; reason: string } | null;
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/;
const MARKER = /^<!--\s*(test|not run):\s*(.+?)\s*-->$/;

export function readmeBlocks(text: string = readFileSync(README, 'utf8')): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const open = FENCE.exec(line);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^\\${fence[0]}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j]!)) body.push(lines[j++]!);
    blocks.push({
      lang: open[2] ?? '',
      code: `${body.join('\n')}\n`,
      line: i + 1,
      heading,
      marker: markerOf(lines[i - 1]),
    });
    i = j;
  }
  return blocks;
}

function markerOf(line: string | undefined): Block['marker'] {
  const m = line ? MARKER.exec(line.trim()) : null;
  if (!m) return null;
  if (m[1] === 'not run') return { kind: 'not run', reason: m[2]! };
  const [file, id = ''] = m[2]!.split('#');
  return { kind: 'test', file: file!, id };
}

/** The blocks a test file runs, by id (ids are unique per file: markers.test.ts checks). */
export function blocksFor(testFile: string): Map<string, Block> {
  const out = new Map<string, Block>();
  for (const b of readmeBlocks()) if (b.marker?.kind === 'test' && b.marker.file === testFile) out.set(b.marker.id, b);
  return out;
}

/** The block `id` of `testFile`, or a clear failure naming what README lacks. */
export function blockFor(testFile: string, id: string): Block {
  const block = blocksFor(testFile).get(id);
  if (!block) throw new Error(`README.md has no block marked <!-- test: ${testFile}#${id} -->`);
  return block;
}

/** The default ports README's examples use, by what listens there. */
export const README_PORTS = { agentsend: 3000, commune: 3001, gent: 3002, 'managed-agents': 3003, smtp: 2525 };

/**
 * README's text with its default ports replaced by the ones a test's emulator listens on
 * (`localhost:3001` → `localhost:41234`); `ports` maps the names of README_PORTS to real ports.
 */
export function withPorts(code: string, ports: Partial<Record<keyof typeof README_PORTS, number>>): string {
  const byDefault = new Map<string, number>();
  for (const [name, port] of Object.entries(ports))
    byDefault.set(String(README_PORTS[name as keyof typeof README_PORTS]), port);
  return code.replace(/\b(localhost|127\.0\.0\.1):(\d{4})\b/g, (whole, host: string, port: string) => {
    const real = byDefault.get(port);
    return real === undefined ? whole : `${host}:${real}`;
  });
}
