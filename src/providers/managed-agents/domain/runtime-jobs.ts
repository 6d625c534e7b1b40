/**
 * The runtime's lane on the engine's due-work queue: each job plays one session on from where it
 * stands (runtime.ts). Jobs carry the session's generation, so one scheduled before an interrupt
 * does nothing. Timing is the engine clock's: a `wait` step is a job due later, and a test that
 * froze the clock holds the session running until it advances it.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { getSessionById } from '../store/sessions.js';
import { advance, finishMail } from './runtime.js';
import type { Step } from './script.js';
import { scriptFor } from './session-script.js';
import { RUNTIME_QUEUE, changeSession } from './session-writer.js';
import { PROVIDER_NAME } from './settings.js';

interface RuntimeJob {
  session_id: string;
  gen: number;
}

export function registerRuntime(services: EngineServices): void {
  services.jobs.register(RUNTIME_QUEUE, { concurrency: 1, handler: (job: RuntimeJob) => runJob(services, job) });
}

async function runJob(services: EngineServices, job: RuntimeJob): Promise<{ done: true }> {
  const db = services.store.db;
  const row = getSessionById(db, job.session_id);
  if (!row) return { done: true };
  const load = () => getSessionById(db, job.session_id)!;
  const script = scriptFor(db, row);
  const mail = changeSession(services, load, (w) => {
    if (w.state.gen !== job.gen) return null;
    const turn = w.state.turn;
    if (turn?.resume === 'mail' && turn.mail) return turn.mail.step;
    advance(w, script);
    return null;
  });
  if (!mail) return { done: true };
  const outcome = await sendMail(services, row.tenant_id, mail);
  changeSession(services, load, (w) => {
    if (w.state.gen !== job.gen) return;
    finishMail(w, outcome.text, outcome.isError);
    advance(w, script);
  });
  return { done: true };
}

/** Sends through the shared mail plane: a recipient that is an emulated inbox gets it as inbound mail. */
async function sendMail(
  services: EngineServices,
  tenant: string,
  step: Extract<Step, { type: 'send_mail' }>,
): Promise<{ text: string; isError: boolean }> {
  const messageId = `<${services.ids.token(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}@managed-agents.mailsim.test>`;
  const result = await services.mail.send({
    provider: PROVIDER_NAME,
    tenant,
    from: { address: step.from },
    to: Array.isArray(step.to) ? step.to : [step.to],
    cc: [],
    bcc: [],
    subject: step.subject,
    text: step.text ?? '',
    messageId,
    date: services.clock.now(),
  });
  return result.ok
    ? { text: `sent ${messageId}`, isError: false }
    : { text: `not sent: ${result.error}`, isError: true };
}
