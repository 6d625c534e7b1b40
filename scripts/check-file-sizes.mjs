#!/usr/bin/env node
// Size guardrail for the sources: no `src/**/*.ts` file over 400 lines (small modules with one job),
// and, when asked, no line over N columns.
//
//   node scripts/check-file-sizes.mjs                    the file-length rule; reports long lines without failing
//   node scripts/check-file-sizes.mjs --max-columns 120  also fails on any line over 120 columns
//   options: --max-lines N (default 400), --root DIR (default: this repository), --json (machine-readable)
//
// `npm run check:sizes` passes --max-columns 120, the width biome formats to (biome.json "lineWidth"):
// biome leaves long strings, comments and single-name imports as they are, so this rule is what keeps them
// within it. The test suite runs this script with both rules (test/core/contract-coverage.test.ts), so CI
// enforces them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_MAX_LINES = 400;

function usage(message) {
  const synopsis = 'check-file-sizes.mjs [--max-lines N] [--max-columns N] [--root DIR] [--json]';
  process.stderr.write(`${message}\nusage: ${synopsis}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const options = { maxLines: DEFAULT_MAX_LINES, maxColumns: null, root, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') {
      options.json = true;
      continue;
    }
    if (!['--root', '--max-lines', '--max-columns'].includes(flag)) usage(`unknown option ${flag}`);
    const value = argv[++i];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--root') options.root = value;
    else if (flag === '--max-lines' || flag === '--max-columns') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) usage(`${flag} must be a positive integer, got ${value}`);
      options[flag === '--max-lines' ? 'maxLines' : 'maxColumns'] = n;
    }
  }
  return options;
}

// Written by scripts/contracts/types.mjs from the contracts, not by hand: exempt from the limits.
const GENERATED = 'generated';

function* typescriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name === GENERATED) continue;
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

/** Lines as an editor numbers them: a final newline does not start another line. */
function linesOf(text) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Columns as a reader sees them: code points, not UTF-16 units. */
const columns = (line) => [...line.replace(/\r$/, '')].length;

/**
 * Measures every src/**\/*.ts under `root`. `longFiles` break the line-count rule; `longLines` are
 * the lines over `maxColumns` (or over 120, for the report, when the column rule is off).
 */
export function measure({ root, maxLines, maxColumns }) {
  const columnLimit = maxColumns ?? 120;
  const longFiles = [];
  const longLines = [];
  let files = 0;
  for (const file of typescriptFiles(join(root, 'src'))) {
    files++;
    const name = relative(root, file);
    const lines = linesOf(readFileSync(file, 'utf8'));
    if (lines.length > maxLines) longFiles.push({ file: name, lines: lines.length });
    lines.forEach((line, i) => {
      const width = columns(line);
      if (width > columnLimit) longLines.push({ file: name, line: i + 1, columns: width });
    });
  }
  return { files, maxLines, maxColumns, columnLimit, longFiles, longLines };
}

function report(result) {
  const out = [];
  for (const f of result.longFiles) out.push(`${f.file}: ${f.lines} lines (max ${result.maxLines})`);
  const fileCount = new Set(result.longLines.map((l) => l.file)).size;
  if (result.maxColumns !== null) {
    for (const l of result.longLines) out.push(`${l.file}:${l.line}: ${l.columns} columns (max ${result.maxColumns})`);
  }
  out.push(
    `${result.files} files checked: ${result.longFiles.length} over ${result.maxLines} lines; ` +
      `${result.longLines.length} lines in ${fileCount} files over ${result.columnLimit} columns` +
      (result.maxColumns === null ? ' (not enforced; pass --max-columns N to enforce)' : ''),
  );
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArgs(process.argv.slice(2));
  const result = measure(options);
  const failed = result.longFiles.length > 0 || (options.maxColumns !== null && result.longLines.length > 0);
  process.stdout.write(options.json ? `${JSON.stringify({ ok: !failed, ...result })}\n` : report(result));
  process.exitCode = failed ? 1 : 0;
}
