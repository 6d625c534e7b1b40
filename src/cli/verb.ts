/**
 * What every `mailsim <verb>` shares: reading its flags (a usage error prints the usage and exits
 * 2; `--help` prints it and exits 0), and serving until SIGINT/SIGTERM with an orderly close.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { log } from '../engine/log.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed flags, or the exit code to return when there is nothing to run. */
export function readFlags<O extends Options>(
  args: string[],
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: O }>> | number {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O }>>;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } as O });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}

/** Keeps the process up until SIGINT or SIGTERM, then closes and exits. */
export function serveUntilSignal(close: () => Promise<void>): Promise<number> {
  const stop = (signal: string): void => {
    log.info(`${signal}: shutting down`);
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return new Promise<number>(() => undefined);
}
