/**
 * Managed Agents contract-test steps for sessions: an agent and an environment of their own (the
 * flow's others are archived by then), create (with a repository resource), read, list, update, a
 * user message, the log, the live stream and its openma alias (replayed, then read until it falls
 * quiet; see http.ts), resources, archive and delete. They run after the file steps, whose file
 * they add to the session, and before the files are torn down.
 */
import type { FlowStep, Vars } from '../flow.js';
import { listed, main, makes, s, same, teardown } from './managed-agents-shared.js';

const session = (v: Vars) => ({ session_id: s(v, 'sessionId') });
const resource = (key: string) => (v: Vars) => ({ session_id: s(v, 'sessionId'), resource_id: s(v, key) });
const REPO = 'https://github.com/octocat/Hello-World';

export const sessionSteps: FlowStep[] = [
  main({
    id: 'createSessionAgent',
    title: 'create an agent for sessions',
    operation: 'createAgent',
    expect: 200,
    body: (v) => ({ name: `mailsim contract ${v.run} (sessions)`, model: 'claude-sonnet-5-5' }),
    ...makes('agent', 'sessionAgentId', 'deleteAgent', 'agent_id'),
  }),
  main({
    id: 'createSessionEnvironment',
    title: 'create an environment for sessions',
    operation: 'createEnvironment',
    expect: 200,
    body: (v) => ({ name: `mailsim-ct-${v.run}-sessions` }),
    ...makes('environment', 'sessionEnvId', 'deleteEnvironment', 'environment_id'),
  }),
  main({
    id: 'createSession',
    title: 'create session',
    operation: 'createSession',
    expect: 200,
    needs: ['sessionAgentId', 'sessionEnvId'],
    body: (v) => ({
      agent: s(v, 'sessionAgentId'),
      environment_id: s(v, 'sessionEnvId'),
      title: `mailsim contract ${v.run}`,
      metadata: { run: String(v.run) },
      resources: [{ type: 'github_repository', url: REPO }],
    }),
    ...makes('session', 'sessionId', 'deleteSession', 'session_id'),
    provides: ['sessionId', 'repoResourceId'],
    capture: (b, v) => {
      v.sessionId = b?.id;
      v.repoResourceId = b?.resources?.find?.((r: any) => r?.type === 'github_repository')?.id;
    },
    check: (b) => (b?.status === 'idle' ? null : `a new session is idle, got ${JSON.stringify(b?.status)}`),
  }),
  main({
    id: 'retrieveSession',
    title: 'get session',
    operation: 'retrieveSession',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    check: same('session', 'sessionId'),
  }),
  main({
    id: 'listSessions',
    title: 'list sessions',
    operation: 'listSessions',
    expect: 200,
    needs: ['sessionId'],
    query: () => ({ limit: '100' }),
    check: listed('session', 'sessionId'),
  }),
  main({
    id: 'updateSession',
    title: 'update session title',
    operation: 'updateSession',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    body: (v) => ({ title: `mailsim contract ${v.run} (renamed)` }),
    check: (b) => (String(b?.title).endsWith('(renamed)') ? null : 'the title did not change'),
  }),
  main({
    id: 'sendSessionEvents',
    title: 'send a user message',
    operation: 'sendSessionEvents',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    body: () => ({ events: [{ type: 'user.message', content: [{ type: 'text', text: 'Say hello.' }] }] }),
    provides: ['turnEventId'],
    capture: (b, v) => {
      v.turnEventId = b?.data?.[0]?.id;
    },
    check: (b) => (b?.data?.[0]?.type === 'user.message' ? null : 'the sent user.message is not in data'),
  }),
  main({
    id: 'listSessionEvents',
    title: 'list session events',
    operation: 'listSessionEvents',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    query: () => ({ limit: '1000' }),
    check: (b) => (b?.data?.some?.((e: any) => e?.type === 'user.message') ? null : 'the user.message is not listed'),
  }),
  main({
    id: 'streamSessionEvents',
    title: 'stream session events (replayed)',
    operation: 'streamSessionEvents',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    query: () => ({ replay: '1' }),
  }),
  main({
    id: 'streamSessionEventsAlias',
    title: "stream session events (openma's path, from Last-Event-ID 0)",
    operation: 'streamSessionEventsAlias',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    headers: () => ({ 'last-event-id': '0' }),
  }),
  main({
    id: 'addSessionResource',
    title: 'add a file to the session',
    operation: 'addSessionResource',
    expect: 200,
    needs: ['sessionId', 'fileId'],
    params: session,
    body: (v) => ({ type: 'file', file_id: s(v, 'fileId') }),
    ...makes('session resource', 'sessionResourceId', 'deleteSessionResource', 'resource_id', session),
  }),
  main({
    id: 'listSessionResources',
    title: 'list session resources',
    operation: 'listSessionResources',
    expect: 200,
    needs: ['sessionId', 'sessionResourceId'],
    params: session,
    check: listed('session resource', 'sessionResourceId'),
  }),
  main({
    id: 'retrieveSessionResource',
    title: 'get session resource',
    operation: 'retrieveSessionResource',
    expect: 200,
    needs: ['sessionId', 'sessionResourceId'],
    params: resource('sessionResourceId'),
    check: same('session resource', 'sessionResourceId'),
  }),
  main({
    id: 'updateSessionResource',
    title: "rotate the repository resource's token",
    operation: 'updateSessionResource',
    expect: 200,
    needs: ['sessionId', 'repoResourceId'],
    params: resource('repoResourceId'),
    body: () => ({ authorization_token: 'ghp_mailsimcontracttest' }),
    check: (b) => (b?.authorization_token === undefined ? null : 'the token was read back'),
  }),
  main({
    id: 'deleteSessionResource',
    title: 'remove the file resource',
    operation: 'deleteSessionResource',
    expect: 200,
    needs: ['sessionId', 'sessionResourceId'],
    params: resource('sessionResourceId'),
    deletes: 'sessionResourceId',
  }),
  teardown({
    id: 'archiveSession',
    title: 'archive session',
    operation: 'archiveSession',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    check: (b) => (b?.archived_at ? null : 'archived_at is not set'),
  }),
  teardown({
    id: 'deleteSession',
    title: 'delete session',
    operation: 'deleteSession',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    deletes: 'sessionId',
  }),
  teardown({
    id: 'deleteSessionEnvironment',
    title: "delete the sessions' environment",
    operation: 'deleteEnvironment',
    expect: 200,
    needs: ['sessionEnvId'],
    params: (v) => ({ environment_id: s(v, 'sessionEnvId') }),
    deletes: 'sessionEnvId',
  }),
  teardown({
    id: 'deleteSessionAgent',
    title: "delete the sessions' agent",
    operation: 'deleteAgent',
    expect: 200,
    needs: ['sessionAgentId'],
    params: (v) => ({ agent_id: s(v, 'sessionAgentId') }),
    deletes: 'sessionAgentId',
  }),
];
