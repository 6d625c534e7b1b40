/** Ratios, targets (issue 2, part 10) and the printed table for the HTTP bench. */

const r1 = (x) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

/** A run counts only if every response was 2xx and nothing errored or timed out. */
export function runProblem(run) {
  if (!run) return 'not run';
  if (run.skipped) return `not measured (answered ${run.status})`;
  if (run.non2xx || run.errors || run.timeouts) {
    return `invalid: ${run.non2xx} non-2xx ${JSON.stringify(run.statusCodes)}, ${run.errors} errors, ${run.timeouts} timeouts`;
  }
  return null;
}

export function evaluate(http) {
  const { emulatorGet: emu, prismGet: prism, bareGet: bare } = http.runs;
  const ok = (...runs) => runs.every((r) => runProblem(r) === null);
  const ratios = {
    emulatorOverPrismReqPerSec: ok(emu, prism) ? r1(emu.reqPerSec / prism.reqPerSec) : null,
    emulatorOverBareReqPerSec: ok(emu, bare) ? r1(emu.reqPerSec / bare.reqPerSec) : null,
    emulatorOverBareP99: ok(emu, bare) ? r1(emu.p99 / bare.p99) : null,
    // Not targets: CPU per request is the figure least moved by other load on a shared machine.
    prismOverEmulatorCpuPerRequest:
      ok(emu, prism) && emu.serverCpuUsPerRequest ? r1(prism.serverCpuUsPerRequest / emu.serverCpuUsPerRequest) : null,
    emulatorOverBareCpuPerRequest:
      ok(emu, bare) && bare.serverCpuUsPerRequest ? r1(emu.serverCpuUsPerRequest / bare.serverCpuUsPerRequest) : null,
  };
  const target = (name, value, op, limit, unit = '') => ({
    name,
    value,
    target: `${op} ${limit}${unit}`,
    pass: value == null ? null : op === '>=' ? value >= limit : op === '<=' ? value <= limit : value < limit,
  });
  const targets = [
    target('GET req/s, emulator / prism', ratios.emulatorOverPrismReqPerSec, '>=', 10, 'x'),
    target('GET req/s, emulator / bare node', ratios.emulatorOverBareReqPerSec, '>=', 0.5),
    target('GET p99 at 50 conn, emulator / bare node', ratios.emulatorOverBareP99, '<=', 2),
    target(
      'cold start to first healthy response (median of 5, fresh DB)',
      http.coldStart?.medianFreshMs ?? null,
      '<',
      300,
      ' ms',
    ),
    target('idle RSS after start + 2 s', http.idleRssMb, '<', 100, ' MB'),
    target(
      'cold start to healthy, every provider + SMTP (median of 5, fresh DB)',
      http.coldStartAll?.medianFreshMs ?? null,
      '<',
      150,
      ' ms',
    ),
    target('in-process (msw) GET /inboxes, server-side p50', http.inProcess?.getUs.p50 ?? null, '<', 50, ' us'),
    target('POST /_mailsim/reset with 10k stored rows, p95', http.inProcess?.resetMs.p95 ?? null, '<', 5, ' ms'),
    target(
      `RSS growth over ${http.rss?.requests ?? '-'} mixed requests after warm-up (last 3 of 10 readings / first 3)`,
      http.rss?.problems ? null : (http.rss?.growth ?? null),
      '<=',
      0.1,
    ),
    target('RSS at idle, the RSS run', http.rss?.idleMb ?? null, '<', 100, ' MB'),
    ...(http.scale?.targets ?? []),
  ];
  return { ratios, targets };
}

function pad(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

export function printReport(http, { ratios, targets }, write = (l) => process.stdout.write(`${l}\n`)) {
  const f = (x, d = 2) => (x == null ? '-' : x.toFixed(d));
  const widths = [34, 10, 9, 9, 9, 8, 12];
  write('');
  write(
    `HTTP API, ${http.load.connections} connections, ${http.load.warmupS} s warm-up + ${http.load.durationS} s measured, loopback`,
  );
  write(pad(['target', 'req/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'body B', 'server CPU/req'], widths));
  const rows = [
    ['emulator GET /inboxes (strict)', http.runs.emulatorGet],
    ['emulator POST send (strict)', http.runs.emulatorSend],
    ['prism mock GET /inboxes (static)', http.runs.prismGet],
    ['bare node:http GET (same body)', http.runs.bareGet],
  ];
  for (const [label, run] of rows) {
    const problem = runProblem(run);
    if (run?.skipped || !run) write(`${pad([label, '-', '-', '-', '-', '-', '-'], widths)}  ${problem}`);
    else
      write(
        pad(
          [
            label,
            f(run.reqPerSec, 0),
            f(run.p50),
            f(run.p99),
            f(run.p999),
            run.bodyBytes ?? '-',
            run.serverCpuUsPerRequest == null ? '-' : `${run.serverCpuUsPerRequest} us`,
          ],
          widths,
        ) + (problem ? `  ${problem}` : ''),
      );
  }
  const cs = http.coldStart;
  if (cs) {
    write(
      `cold start (spawn -> first 200 on /_mailsim/health): median ${cs.medianFreshMs} ms on a fresh DB [${cs.freshDbMs.join(', ')}], ` +
        `${cs.medianExistingMs} ms on an existing DB [${cs.existingDbMs.join(', ')}]`,
    );
  }
  write(
    `idle RSS after start + 2 s: ${http.idleRssMb} MB; after the GET run: ${http.runs.emulatorGet?.rssAfterMb ?? '-'} MB`,
  );
  write(
    `server CPU per GET: prism uses ${ratios.prismOverEmulatorCpuPerRequest ?? '-'}x the emulator's, the emulator ${ratios.emulatorOverBareCpuPerRequest ?? '-'}x bare node's`,
  );
  const all = http.coldStartAll;
  if (all)
    write(
      `cold start, every provider + SMTP: median ${all.medianFreshMs} ms [${all.freshDbMs.join(', ')}], ` +
        `${all.medianCpuMs} ms of CPU; unbundled dist/src/cli.js ${all.medianUnbundledMs} ms; ` +
        `bare \`node -e 0\` ${all.medianNodeBootMs} ms` +
        (all.withoutExtraCaCerts
          ? `; this machine sets NODE_EXTRA_CA_CERTS, without it ${all.withoutExtraCaCerts.medianFreshMs} ms ` +
            `(\`node -e 0\` ${all.withoutExtraCaCerts.medianNodeBootMs} ms)`
          : ''),
    );
  const ip = http.inProcess;
  if (ip) {
    write(
      `in process: GET /inboxes p50 ${ip.getUs.p50} us, p99 ${ip.getUs.p99} us (${ip.getUs.n}); ` +
        `reset with ${ip.resetMs.rows} message rows p50 ${ip.resetMs.p50} ms, p95 ${ip.resetMs.p95} ms (${ip.resetMs.n})`,
    );
  }
  const rss = http.rss;
  if (rss) {
    write(
      `RSS: idle ${rss.idleMb} MB, after warm-up ${rss.afterWarmupMb} MB; over ${rss.requests} mixed requests ` +
        `(${rss.seconds} s), read after each tenth: ${rss.readingsMb.join(' ')} MB, median of the first three ` +
        `${rss.earlyMb}, of the last three ${rss.lateMb}${rss.problems ? `; ${rss.problems}` : ''}`,
    );
  }
  for (const line of http.scale?.lines ?? []) write(line);
  write('');
  write('targets');
  for (const t of targets) {
    const verdict = t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'MISS';
    write(`  ${verdict}  ${t.name}: ${t.value ?? '-'} (target ${t.target})`);
  }
  for (const n of http.notes) write(`note: ${n}`);
}
