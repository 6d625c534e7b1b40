/**
 * JUnit XML for CI: one <testsuite> per run, one <testcase> per request. A contract violation is a
 * <failure> (with every violation in its text), a request that got no response an <error>, a step
 * that could not run <skipped>.
 */
import type { RunReport, StepResult } from './runner.js';
import { coverageLine, describeViolation } from './table.js';

const escapeXml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function testcase(r: StepResult, suite: string): string {
  const classname = escapeXml(`${suite}.${r.operation}`);
  const attrs = `classname="${classname}" name="${escapeXml(`${r.id} — ${r.title}`)}" time="${seconds(r.durationMs)}"`;
  if (r.outcome === 'skip') {
    const skipped = `<skipped message="${escapeXml(r.skipReason ?? 'skipped')}"/>`;
    return `    <testcase ${attrs}>\n      ${skipped}\n    </testcase>`;
  }
  if (r.outcome === 'pass') return `    <testcase ${attrs}/>`;
  const transport = r.violations.some((v) => v.where === 'transport');
  const tag = transport ? 'error' : 'failure';
  const first = r.violations[0];
  const message = first ? describeViolation(first) : 'failed';
  const body = [
    `${r.method} ${r.path} → ${r.status ?? 'no response'} (expected ${r.expected})`,
    ...r.violations.map((v) => `- ${describeViolation(v)}`),
  ].join('\n');
  const type = transport ? 'transport' : 'contract-violation';
  const detail = `<${tag} message="${escapeXml(message)}" type="${type}">${escapeXml(body)}</${tag}>`;
  return `    <testcase ${attrs}>\n      ${detail}\n    </testcase>`;
}

export function toJUnit(report: RunReport): string {
  const suite = `mailsim.contract.${report.provider}`;
  const failures = report.results.filter(
    (r) => r.outcome === 'fail' && !r.violations.some((v) => v.where === 'transport'),
  ).length;
  const errors = report.results.filter(
    (r) => r.outcome === 'fail' && r.violations.some((v) => v.where === 'transport'),
  ).length;
  const skipped = report.results.filter((r) => r.outcome === 'skip').length;
  const counts =
    `tests="${report.results.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" ` +
    `time="${seconds(report.durationMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mailsim contract-test" ${counts}>`,
    `  <testsuite name="${escapeXml(suite)}" ${counts} timestamp="${escapeXml(report.startedAt)}">`,
    '    <properties>',
    `      <property name="target" value="${escapeXml(report.target)}"/>`,
    `      <property name="coverage" value="${escapeXml(coverageLine(report))}"/>`,
    '    </properties>',
    ...report.results.map((r) => testcase(r, suite)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
