/**
 * The load generator: autocannon, driven programmatically, with a discarded warm-up run first (JIT,
 * validator compilation, SQLite page cache) and then the measured run.
 *
 * autocannon's own latency histogram has 1 ms resolution, too coarse for a p99 ratio between two
 * servers that both answer in a few ms, so every response time (a float in ms, from
 * process.hrtime) is also recorded here and the percentiles are computed exactly.
 */
import autocannon from 'autocannon';
import { cpuMs } from './children.mjs';

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function once(opts, { record }) {
  return new Promise((resolve, reject) => {
    let times = record ? new Float64Array(1 << 16) : null;
    let n = 0;
    const instance = autocannon(opts, (err, result) => {
      if (err) reject(err);
      else resolve({ result, times: times ? times.subarray(0, n) : null });
    });
    if (record) {
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        if (n === times.length) {
          const bigger = new Float64Array(times.length * 2);
          bigger.set(times);
          times = bigger;
        }
        times[n++] = responseTime;
      });
    }
  });
}

/**
 * Runs `warmupS` seconds of load (discarded) and then `durationS` seconds (measured).
 * @returns {{reqPerSec:number, p50:number|null, p99:number|null, p999:number|null, requests:number,
 *   statusCodes:Record<string,number>, non2xx:number, errors:number, timeouts:number,
 *   serverCpuUsPerRequest:number|null, bytesPerResponse:number|null}}
 */
export async function measure({
  url,
  method = 'GET',
  headers = {},
  body,
  connections = 50,
  warmupS,
  durationS,
  serverPid,
}) {
  const base = {
    url,
    method,
    headers,
    body,
    connections,
    pipelining: 1,
    timeout: 10,
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
  };
  if (warmupS > 0) await once({ ...base, duration: warmupS }, { record: false });
  const cpuBefore = serverPid ? cpuMs(serverPid) : null;
  const { result, times } = await once({ ...base, duration: durationS }, { record: true });
  const cpuAfter = serverPid ? cpuMs(serverPid) : null;
  const sorted = Float64Array.from(times).sort();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const completed = result.requests.total;
  return {
    reqPerSec: completed / result.duration,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    requests: completed,
    durationS: result.duration,
    statusCodes,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    serverCpuUsPerRequest:
      cpuBefore != null && cpuAfter != null && completed
        ? Math.round((10_000 * (cpuAfter - cpuBefore)) / completed) / 10
        : null,
    bytesPerResponse: completed ? Math.round(result.throughput.total / completed) : null,
    autocannon: { reqPerSecAvg: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 },
  };
}
