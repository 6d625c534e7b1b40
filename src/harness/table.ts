/**
 * The readable report: one row per request (operation, what was tried, status, checks, result),
 * each violation under its row with its JSON pointer and expected vs got, then totals and the
 * coverage line.
 */
import type { RunReport, StepResult } from './runner.js';
import type { ContractViolation } from './validate.js';

export interface TableOptions {
  /** ANSI colours; off when not a terminal. */
  color?: boolean;
}

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function describeViolation(v: ContractViolation): string {
  const where =
    v.where === 'expectation' || v.where === 'transport' ? v.where : `${v.where}${v.pointer ? ` ${v.pointer}` : ''}`;
  const eg =
    v.expected !== undefined || v.got !== undefined ? ` — expected ${v.expected ?? '?'}, got ${v.got ?? '?'}` : '';
  return `${where}: ${v.message}${eg}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function row(r: StepResult, widths: number[], color: boolean): string {
  const result =
    r.outcome === 'pass'
      ? paint(color, 32, 'PASS')
      : r.outcome === 'fail'
        ? paint(color, 31, 'FAIL')
        : paint(color, 33, 'SKIP');
  const status = r.status === null ? '-' : r.status === r.expected ? String(r.status) : `${r.status}≠${r.expected}`;
  const checks = r.outcome === 'skip' ? '-' : `${r.checks.passed}/${r.checks.total}`;
  const cells = [r.operation, r.title, `${r.method} ${r.path}`, status, checks];
  return `${cells.map((c, i) => pad(c, widths[i]!)).join('  ')}  ${result}`;
}

export function formatTable(report: RunReport, options: TableOptions = {}): string {
  const color = options.color ?? false;
  const headers = ['OPERATION', 'CASE', 'REQUEST', 'STATUS', 'CHECKS'];
  const widths = headers.map((h) => h.length);
  for (const r of report.results) {
    const cells = [
      r.operation,
      r.title,
      `${r.method} ${r.path}`,
      r.status === null ? '-' : `${r.status}≠${r.expected}`,
      `${r.checks.passed}/${r.checks.total}`,
    ];
    cells.forEach((c, i) => {
      widths[i] = Math.min(Math.max(widths[i]!, c.length), i === 2 ? 60 : 40);
    });
  }
  const lines = [
    `mailsim contract-test: ${report.provider} against ${report.target}`,
    '',
    `${headers.map((h, i) => pad(h, widths[i]!)).join('  ')}  RESULT`,
  ];
  for (const r of report.results) {
    lines.push(row(r, widths, color));
    for (const v of r.violations) lines.push(paint(color, 31, `    ✗ ${describeViolation(v)}`));
    if (r.skipReason) lines.push(paint(color, 33, `    - skipped: ${r.skipReason}`));
    for (const n of r.notes) lines.push(`    · ${n}`);
  }
  lines.push('', summaryLine(report), coverageLine(report));
  if (report.coverage.missing.length) lines.push(`  not exercised: ${report.coverage.missing.join(', ')}`);
  if (report.leftBehind.length) {
    const left = report.leftBehind.map((l) => `${l.kind} ${l.id}`).join(', ');
    lines.push(`left behind on the target (run with --cleanup to delete): ${left}`);
  }
  return `${lines.join('\n')}\n`;
}

export function summaryLine(report: RunReport): string {
  const count = (o: StepResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  const violations = report.results.reduce((n, r) => n + r.violations.length, 0);
  const seconds = (report.durationMs / 1000).toFixed(1);
  return (
    `${report.results.length} cases: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped; ` +
    `${violations} violation${violations === 1 ? '' : 's'}; ${report.requests} requests in ${seconds} s`
  );
}

export function coverageLine(report: RunReport): string {
  const { exercised, total } = report.coverage;
  const pct = total.length ? Math.round((exercised.length / total.length) * 100) : 0;
  return `coverage: ${exercised.length}/${total.length} operations exercised (${pct}%)`;
}
