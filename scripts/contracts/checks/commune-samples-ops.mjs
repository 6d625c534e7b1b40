// Sample bodies for Commune's other areas (delivery, webhooks, DMARC, agent, auth, data, limits,
// credits, the event stream): real answers the schemas must accept, and near misses they must reject.
const U = '3f1c2b7e-8d4a-4c1e-9b2a-6f0e5d4c3b2a';
const ORG = 'a'.repeat(32);
const T = '2026-04-16T10:23:00.000Z';

export default function communeOpsSamples(contract, v) {
  const SCH = (n) => `#/components/schemas/${n}`;
  const RESP = (p, m, c, mt) => contract.responseSchemaPointer(p, m, c, mt);
  v(
    RESP('/v1/delivery/metrics', 'get', '200'),
    {
      data: {
        inbox_id: U,
        period: { start: T, end: T, days: 7 },
        sent: 0,
        delivered: 0,
        bounced: 0,
        complained: 0,
        failed: 0,
        suppressed: 0,
        orphan_events: 0,
        delivery_rate: 'N/A',
        bounce_rate: 'N/A',
        complaint_rate: 'N/A',
        failure_rate: 'N/A',
        suppression_rate: 'N/A',
        orphan_event_rate: 'N/A',
      },
    },
    true,
  );
  const wd = {
    delivery_id: `whd_${'e'.repeat(20)}`,
    inbox_id: U,
    message_id: 'm',
    endpoint: 'https://x.test/h',
    status: 'retrying',
    attempt_count: 1,
    max_attempts: 8,
    created_at: T,
    delivered_at: null,
    dead_at: null,
    last_error: 'HTTP 500: boom',
    last_status_code: 500,
    delivery_latency_ms: null,
    next_retry_at: T,
  };
  v(RESP('/v1/webhooks/deliveries', 'get', '200'), { deliveries: [wd], total: 1 }, true);
  v(RESP('/v1/webhooks/deliveries', 'get', '200'), { data: [wd], total: 1 }, false, 'enveloped deliveries');
  v(
    RESP('/v1/webhooks/deliveries', 'get', '200'),
    { deliveries: [{ ...wd, status: 'failed' }], total: 1 },
    false,
    'failed status',
  );
  v(
    RESP('/v1/webhooks/deliveries/{deliveryId}', 'get', '200'),
    {
      delivery: {
        ...wd,
        payload_hash: 'f'.repeat(16),
        attempts: [{ attempt: 1, status_code: 500, error: 'HTTP 500: boom', latency_ms: 12, attempted_at: T }],
      },
    },
    true,
  );
  v(
    RESP('/v1/webhooks/test', 'post', '200'),
    {
      data: {
        delivered: true,
        status_code: 200,
        response_time_ms: 5,
        endpoint: 'http://127.0.0.1:9/h',
        event_type: 'message.received',
        test: true,
      },
    },
    true,
  );
  v(RESP('/v1/dmarc/summary', 'get', '200'), { data: null, message: 'No DMARC reports found for this period' }, true);
  v(
    RESP('/v1/agent/api-keys', 'post', '201'),
    {
      apiKey: `comm_${'a'.repeat(64)}`,
      id: 'b'.repeat(32),
      name: 'outbound-only',
      keyPrefix: 'comm_aaaaaaa',
      permissions: ['messages:write'],
      status: 'active',
      expiresAt: null,
      createdAt: T,
      message: 'Store immediately',
    },
    true,
  );
  v(RESP('/v1/agent/api-keys', 'post', '201'), { data: { apiKey: `comm_${'a'.repeat(64)}` } }, false, 'enveloped key');
  v(
    RESP('/v1/agent/api-keys', 'post', '429'),
    { error: 'api_key_limit_reached', message: 'Maximum 10 API keys per organization.' },
    true,
  );
  v(
    RESP('/v1/auth/agent-register', 'post', '201'),
    {
      agentSignupToken: `agt_signup_${'a'.repeat(48)}`,
      challenge: { text: 't', format: '<primary_verb>:<word_count>:<epoch_marker>' },
      instructions: ['a', 'b', 'c', 'd'],
      expiresIn: 900,
    },
    true,
  );
  v(
    RESP('/v1/auth/agent-register', 'post', '400'),
    { error: 'missing_fields', message: 'Required: agentName, agentPurpose, orgName, orgSlug, publicKey' },
    true,
  );
  v(
    RESP('/v1/auth/agent-register', 'post', '400'),
    { error: 'slug_exists', message: 'x' },
    false,
    'slug_exists at 400',
  );
  v(
    RESP('/v1/auth/agent-verify', 'post', '200'),
    {
      agentId: `agt_${'a'.repeat(32)}`,
      orgId: ORG,
      inboxEmail: 'myorg@commune.email',
      ownershipStatus: 'unclaimed',
      nextStep: {
        action: 'claim_ownership',
        endpoint: 'POST /v1/agent/claim-ownership',
        body: { ownerEmail: '<your_owner_email>' },
        description: 'd',
      },
      message: 'm',
    },
    true,
  );
  const counts = Object.fromEntries(
    [
      'messages',
      'attachments',
      'domains',
      'inboxes',
      'webhook_deliveries',
      'delivery_events',
      'blocked_spam',
      'thread_metadata',
      'dmarc_reports',
      'alerts',
      'suppressions',
      'spam_reports',
      'audit_logs',
      'users',
      'api_keys',
      'sessions',
      'verification_tokens',
    ].map((k) => [k, 0]),
  );
  v(
    RESP('/v1/data/deletion-request', 'post', '201'),
    {
      id: `del_${'a'.repeat(20)}`,
      scope: 'messages',
      inbox_id: U,
      before: '2025-01-01T00:00:00.000Z',
      status: 'pending',
      preview: counts,
      confirmation_token: 'c'.repeat(64),
      confirm_by: T,
      requested_at: T,
      warning: 'w',
    },
    true,
  );
  v(
    RESP('/v1/data/deletion-request/{id}', 'get', '200'),
    { id: `del_${'a'.repeat(20)}`, scope: 'inbox', status: 'expired', preview: counts, confirm_by: T, requested_at: T },
    true,
  );
  v(
    RESP('/v1/me/limits', 'get', '200'),
    {
      data: {
        org_id: ORG,
        plan: 'pro',
        limits: { emails_per_hour: 200, emails_per_day: 1000, inboxes: 25, domains: 3 },
        usage: { emails_sent_today: 0, inboxes_count: 1 },
        rate_limit_windows: { hourly_resets_at: T, daily_resets_at: T },
      },
    },
    true,
  );
  v(
    RESP('/v1/credits/checkout', 'post', '503'),
    { error: 'credit_bundles_not_configured', message: 'Credit purchase is not yet configured. Contact support.' },
    true,
  );
  v(
    SCH('StreamEmailReceived'),
    {
      type: 'email.received',
      inbox_id: U,
      inbox_address: 'a@commune.email',
      thread_id: 'x',
      message_id: 'm',
      subject: 's',
      from: 'b@example.com',
      direction: 'inbound',
      created_at: T,
    },
    true,
  );
}
