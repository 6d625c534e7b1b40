/**
 * `mailsim proxy`: put the validating proxy between your code and the real API to catch
 * contract drift in real traffic. Runs until interrupted.
 */
import { parseArgs } from 'node:util';
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
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        provider: { type: 'string', default: 'agentsend' }, upstream: { type: 'string' }, port: { type: 'string', default: '3100' },
        host: { type: 'string', default: '127.0.0.1' }, 'journal-size': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${PROXY_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(PROXY_USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!values.upstream || !Number.isInteger(port) || port < 0) {
    process.stderr.write(`proxy needs --upstream and an integer --port\n\n${PROXY_USAGE}`);
    return 2;
  }
  const proxy = await startProxy({
    provider: values.provider!, upstream: values.upstream, port, host: values.host!,
    ...(values['journal-size'] ? { journalSize: Number(values['journal-size']) } : {}),
  });
  log.info(`${values.provider} validating proxy ${proxy.url} → ${values.upstream}`);
  log.info(`violations: curl -s ${proxy.url}/_mailsim/requests?violations=true`);
  const stop = (signal: string): void => {
    log.info(`${signal}: shutting down`);
    proxy.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return new Promise<number>(() => undefined);
}
