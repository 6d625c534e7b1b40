/**
 * `mailsim proxy`: put the validating proxy between your code and the real API to catch
 * contract drift in real traffic. Runs until interrupted.
 */
import { readFlags, serveUntilSignal } from './verb.js';
import { log } from '../engine/log.js';
import { startProxy } from '../harness/proxy.js';

export const PROXY_USAGE = `Usage:
  mailsim proxy --provider agentsend --upstream https://api.agentsend.io [--port 3100] [--host 127.0.0.1]
                [--journal-size N]

  Forwards every request unchanged to --upstream and streams the answer back unchanged, checking
  both against contracts/<provider>.yaml. Violations are logged and kept in a journal:
  GET http://localhost:3100/_mailsim/requests?violations=true
`;

export async function run(args: string[]): Promise<number> {
  const flags = readFlags(
    args,
    {
      provider: { type: 'string', default: 'agentsend' },
      upstream: { type: 'string' },
      port: { type: 'string', default: '3100' },
      host: { type: 'string', default: '127.0.0.1' },
      'journal-size': { type: 'string' },
    },
    PROXY_USAGE,
  );
  if (typeof flags === 'number') return flags;
  const { values } = flags;
  const port = Number(values.port);
  if (!values.upstream || !Number.isInteger(port) || port < 0) {
    process.stderr.write(`proxy needs --upstream and an integer --port\n\n${PROXY_USAGE}`);
    return 2;
  }
  const proxy = await startProxy({
    provider: values.provider!,
    upstream: values.upstream,
    port,
    host: values.host!,
    ...(values['journal-size'] ? { journalSize: Number(values['journal-size']) } : {}),
  });
  log.info(`${values.provider} validating proxy ${proxy.url} → ${values.upstream}`);
  log.info(`violations: curl -s ${proxy.url}/_mailsim/requests?violations=true`);
  return serveUntilSignal(() => proxy.close());
}
