/**
 * Managed Agents sessions: the place for each session's event timeline once that provider runs.
 * Until then this view says so, and points at what already shows its traffic.
 */
import { Empty } from '../components';
import { href } from '../route';

const AGENT_PROVIDERS = /managed|openma/i;

export function AgentsView({ providers }: { providers: string[] }) {
  const running = providers.filter((p) => AGENT_PROVIDERS.test(p));
  return (
    <section class="panel agents">
      <h2>Managed Agents sessions</h2>
      {running.length === 0 ? (
        <Empty>
          The Managed Agents provider is not running in this mailsim. When it is, each session's event timeline shows
          here, live.
        </Empty>
      ) : (
        <Empty>
          {running.join(', ')} is running: its sessions' timelines are not shown here yet. Its requests are in{' '}
          <a href={href('requests', null, { provider: running[0]! })}>Requests</a> and what it stores in{' '}
          <a href={href('providers', running[0]!)}>Providers</a>.
        </Empty>
      )}
    </section>
  );
}
