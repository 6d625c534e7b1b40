/**
 * README's "Add mailsim to your project" examples, run in the package test's consumer project (mailsim
 * installed from the packed tarball): the `npx mailsim start` block starts the emulator on free
 * ports given through MAILSIM_*_PORT, as a user would configure it, and every other block sees
 * README's default ports replaced by those. The blocks are read from README by the test's own path
 * (test/docs/readme.ts), so an edited example is the one that runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { blockFor, blocksFor, README_PORTS, withPorts } from '../docs/readme.js';
import { ROOT } from '../harness/build.js';
import { BIG, freePorts, run } from './consumer.js';

/** README block id → the file it becomes in the consumer project (TypeScript blocks only). */
const TS_FILES: Record<string, string> = {
  msw: 'readme-msw.test.ts',
  testcontainers: 'readme-testcontainers.ts',
  'mcp-http': 'readme-mcp-http.ts',
};

export interface ReadmeExamples {
  /** The ids of the README blocks marked for the package test. */
  ids: string[];
  typescriptFiles: string[];
  /** Picks the ports and writes the TypeScript blocks and the AgentSend SDK stand-in into the project. */
  setUp(): Promise<void>;
  /** Runs README's start block in the background (once); resolves with its banner once it is up. */
  start(): Promise<string>;
  /** Runs a shell block to completion; its stdout. */
  shell(id: string): Promise<string>;
  /** Runs a compiled TypeScript block with node; its stdout. */
  node(id: string): Promise<string>;
  /** Runs the msw block with the project's vitest; its output. */
  vitest(): Promise<string>;
  /** Connects the MCP SDK's client to the server README's configuration block starts; the tools and a call's text. */
  mcpStdio(tool: string, args: Record<string, unknown>): Promise<{ tools: string[]; text: string }>;
  tearDown(): Promise<void>;
}

export function readmeExamples(testFile: string, project: string): ReadmeExamples {
  let env: NodeJS.ProcessEnv = {};
  let ports: Record<string, number> = {};
  let emulator: ChildProcess | undefined;
  let started: Promise<string> | undefined;
  const code = (id: string): string => withPorts(blockFor(testFile, id).code, ports);
  const failure = (id: string) => (e: { code?: number; stdout?: string; stderr?: string }) => {
    const block = blockFor(testFile, id);
    throw new Error(`README.md:${block.line} (${id}) exited ${e.code}:\n${e.stdout ?? ''}\n${e.stderr ?? e}`);
  };

  return {
    ids: [...blocksFor(testFile).keys()],
    typescriptFiles: Object.values(TS_FILES),

    async setUp() {
      const names = Object.keys(README_PORTS) as (keyof typeof README_PORTS)[];
      const picked = await freePorts(names.length);
      ports = Object.fromEntries(names.map((n, i) => [n, picked[i]!]));
      env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MAILSIM_')));
      for (const [name, port] of Object.entries(ports))
        env[`MAILSIM_${name.toUpperCase().replace(/-/g, '_')}_PORT`] = String(port);
      for (const [id, file] of Object.entries(TS_FILES)) writeFileSync(join(project, file), code(id));
      cpSync(join(ROOT, 'test/docs/agentsend-sdk'), join(project, 'node_modules/@agentsend/sdk'), { recursive: true });
    },

    start() {
      if (started) return started;
      // Its own process group, so stopping it stops npx and the command it runs.
      emulator = spawn('bash', ['-c', code('start')], { cwd: project, env, detached: true });
      let out = '';
      started = new Promise((resolve, reject) => {
        const collect = (d: Buffer): void => {
          out += d.toString();
          if (/\[mailsim\] web UI .*\n/.test(out)) resolve(out);
        };
        emulator!.stdout!.on('data', collect);
        emulator!.stderr!.on('data', collect);
        emulator!.once('exit', (status) => reject(new Error(`README's start block exited ${status}:\n${out}`)));
      });
      return started;
    },

    async shell(id) {
      const script = `set -e\n${code(id)}`;
      return (await run('bash', ['-c', script], { cwd: project, env, ...BIG }).catch(failure(id))).stdout;
    },

    async node(id) {
      const compiled = join('out', TS_FILES[id]!.replace(/\.ts$/, '.js'));
      return (await run(process.execPath, [compiled], { cwd: project, env, ...BIG }).catch(failure(id))).stdout;
    },

    async vitest() {
      const vitest = join(project, 'node_modules/vitest/vitest.mjs');
      // The example's own test keeps vitest's 5 s default, which a machine busy with the rest of
      // the suite can pass (first-use validator compiles, the SDK's import): allow 60 s here.
      const args = [vitest, 'run', TS_FILES.msw!, '--reporter=verbose', '--testTimeout=60000'];
      const out = await run(process.execPath, args, { cwd: project, env, ...BIG }).catch(failure('msw'));
      // Without colours, whatever the parent's terminal asked for.
      return (out.stdout + out.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    },

    async mcpStdio(tool, args) {
      const config = JSON.parse(code('mcp-config')) as {
        mcpServers: Record<string, { command: string; args: string[] }>;
      };
      const server = config.mcpServers.mailsim!;
      const transport = new StdioClientTransport({ ...server, cwd: project, env: env as Record<string, string> });
      const client = new Client({ name: 'mailsim-pack-test', version: '1.0.0' });
      await client.connect(transport);
      try {
        const tools = (await client.listTools()).tools.map((t) => t.name);
        const result = await client.callTool({ name: tool, arguments: args });
        return { tools, text: (result.content as { text: string }[])[0]!.text };
      } finally {
        await client.close();
      }
    },

    async tearDown() {
      if (emulator?.pid && emulator.exitCode === null) {
        const exited = new Promise((resolve) => emulator!.once('exit', resolve));
        process.kill(-emulator.pid, 'SIGTERM');
        await exited;
      }
    },
  };
}
