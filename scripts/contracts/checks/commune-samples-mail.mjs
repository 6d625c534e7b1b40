// Sample bodies for Commune's mail areas (inboxes, domains, threads, messages, search, attachments)
// and its request bodies: real answers from the provider's docs and server the schemas must accept,
// and near misses they must reject.
const U = '3f1c2b7e-8d4a-4c1e-9b2a-6f0e5d4c3b2a';
const ORG = 'a'.repeat(32);
const T = '2026-04-16T10:23:00.000Z';

export default function communeMailSamples(contract, v) {
  const SCH = (n) => `#/components/schemas/${n}`;
  const RESP = (p, m, c, mt) => contract.responseSchemaPointer(p, m, c, mt);
  const REQ = (p, m, mt) => contract.requestSchemaPointer(p, m, mt);
  const inbox = {
    id: U,
    localPart: 'myagent',
    address: 'myagent@commune.email',
    displayName: 'My Agent',
    agent: { name: 'My Agent' },
    createdAt: T,
    orgId: ORG,
  };
  v(SCH('Inbox'), inbox, true);
  v(SCH('Inbox'), { ...inbox, webhook: { endpoint: 'https://x.test/h', events: ['inbound'], secret: 's' } }, true);
  v(SCH('Inbox'), { ...inbox, displayName: null }, false, 'inbox null displayName');
  v(SCH('Inbox'), { ...inbox, domain_id: U }, false, 'inbox with domain_id');
  v(SCH('InboxWithDomain'), { ...inbox, domain_id: U, domain_name: 'commune.email' }, true);
  v(SCH('Inbox'), { ...inbox, id: 'i_abc' }, false, 'inbox id not uuid');
  v(RESP('/v1/inboxes', 'post', '201'), { data: { ...inbox, domain_id: U, domain_name: 'commune.email' } }, true);
  v(RESP('/v1/inboxes', 'post', '409'), { error: 'An inbox with this local part already exists on this domain' }, true);
  v(RESP('/v1/inboxes', 'post', '400'), { error: 'Missing required field: local_part' }, true);
  v(RESP('/v1/inboxes', 'post', '400'), { error: 'Something else' }, false, 'unpinned plain 400');
  v(
    RESP('/v1/inboxes', 'post', '403'),
    {
      error: 'Inbox limit reached (2/2). Upgrade your plan to create more inboxes.',
      current_count: 2,
      limit: 2,
      current_tier: 'free',
      upgrade_url: '/dashboard/billing',
    },
    true,
  );
  v(
    RESP('/v1/inboxes', 'post', '403'),
    {
      error: 'ownership_required',
      message: 'm',
      ownershipStatus: 'unclaimed',
      claimEndpoint: 'POST /v1/agent/claim-ownership',
      docs: 'https://commune.email/agent-auth',
    },
    true,
  );
  v(
    RESP('/v1/inboxes', 'post', '403'),
    {
      error: 'Insufficient permissions',
      required: ['inboxes:write'],
      hint: 'Your API key needs the following permission(s): inboxes:write',
    },
    true,
  );
  v(RESP('/v1/inboxes', 'post', '429'), { error: 'Inbox creation rate limit exceeded', retryAfter: 30 }, true);
  v(RESP('/v1/inboxes', 'get', '401'), { error: 'Missing Authorization header' }, true);
  v(RESP('/v1/inboxes', 'get', '401'), { error: 'timestamp_out_of_range', message: 'm', serverTime: 1 }, true);
  v(RESP('/v1/inboxes', 'get', '401'), { error: 'invalid_signature', message: 'Signature verification failed' }, true);
  v(RESP('/v1/inboxes', 'get', '401'), { error: { code: 'UNAUTHORIZED' } }, false, 'agentsend-style 401');
  v(
    RESP('/v1/inboxes', 'get', '400'),
    { error: 'missing_timestamp_header', message: 'X-Commune-Timestamp header required (Unix milliseconds)' },
    true,
  );
  v(RESP('/v1/inboxes', 'get', '500'), { error: 'Failed to list inboxes' }, true);
  v(RESP('/v1/inboxes', 'get', '500'), { error: 'Internal server error', code: 'INTERNAL_ERROR' }, true);
  const dom = {
    id: U,
    name: 'mycompany.com',
    status: 'not_started',
    region: 'us-east-1',
    createdAt: T,
    records: [
      {
        record: 'SPF',
        name: 'send',
        type: 'MX',
        value: 'feedback-smtp.us-east-1.amazonses.com',
        ttl: 'Auto',
        status: 'not_started',
        priority: 10,
      },
    ],
  };
  v(RESP('/v1/domains', 'post', '201'), { data: dom }, true);
  v(RESP('/v1/domains', 'get', '200'), { data: [{ ...dom, inboxes: [inbox] }] }, true);
  v(
    RESP('/v1/domains', 'post', '400'),
    { error: { name: 'validation_error', message: 'Invalid domain', statusCode: 422 } },
    true,
  );
  v(
    RESP('/v1/domains', 'post', '403'),
    { error: 'Custom domains require a paid plan', current_tier: 'free', upgrade_url: '/dashboard/billing' },
    true,
  );
  v(RESP('/v1/domains/{domainId}/verify', 'post', '200'), { data: { object: 'domain', id: U } }, true);
  const thread = {
    thread_id: `thread_${U}`,
    subject: 'Hi',
    last_message_at: T,
    first_message_at: T,
    message_count: 2,
    snippet: 'x',
    last_direction: 'outbound',
    inbox_id: U,
    domain_id: U,
    has_attachments: false,
  };
  v(
    RESP('/v1/threads', 'get', '200'),
    { data: [thread], next_cursor: 'eyJsYXN0X21lc3NhZ2VfYXQiOiIyMDI2In0', has_more: true },
    true,
  );
  v(RESP('/v1/threads', 'get', '200'), { data: [], next_cursor: null, has_more: false }, true);
  v(RESP('/v1/threads', 'get', '200'), { data: [], next_cursor: 'a=b', has_more: true }, false, 'padded cursor');
  v(RESP('/v1/threads', 'get', '200'), { data: [] }, false, 'thread page without cursor');
  const outMeta = {
    created_at: T,
    subject: 'Hello',
    message_id: `<${U}@commune.email>`,
    custom_message_id: `<${U}@commune.email>`,
    commune_message_id: `msg_${'b'.repeat(32)}`,
    in_reply_to: null,
    references: [],
    domain_id: U,
    inbox_id: U,
    attachment_ids: [],
    has_attachments: false,
    attachment_count: 0,
    routing_token: 't0123456789ab',
    delivery_status: 'sent',
    delivery_data: { sent_at: T },
  };
  const msg = {
    channel: 'email',
    message_id: U,
    thread_id: `thread_${U}`,
    direction: 'outbound',
    participants: [
      { role: 'sender', identity: '"My Agent" <myagent@commune.email>' },
      { role: 'to', identity: 'someone@example.com' },
    ],
    content: 'Hi',
    content_html: null,
    attachments: [],
    created_at: T,
    metadata: outMeta,
    orgId: ORG,
  };
  v(RESP('/v1/threads/{threadId}/messages', 'get', '200'), { data: [msg] }, true);
  v(RESP('/v1/messages', 'get', '200'), { data: [{ ...msg, _id: 'x' }] }, true);
  v(RESP('/v1/messages', 'get', '200'), { data: [{ ...msg, secret: 1 }] }, false, 'message extra key');
  v(
    RESP('/v1/messages', 'get', '200'),
    { data: [{ ...msg, metadata: { ...outMeta, extracted_data: { order_id: 'A1', anything: [1] } } }] },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '202'),
    { data: { id: `msg_${'c'.repeat(32)}`, thread_id: `thread_${U}`, status: 'queued' } },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '202'),
    { data: { id: `msg_${'c'.repeat(32)}`, thread_id: 'conv_abc123', status: 'queued' } },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '202'),
    { data: { id: 're_123', thread_id: 't', status: 'queued' } },
    false,
    'send id format',
  );
  v(
    RESP('/v1/messages/send', 'post', '400'),
    { error: 'Invalid request', details: [{ path: 'subject', message: 'Subject is required' }] },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '400'),
    { error: 'Unexpected token } in JSON at position 1', code: 'INTERNAL_ERROR' },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '429'),
    { error: 'Send rate too high — slow down', reasons: ['>15 in 10s'], retryAfter: 10 },
    true,
  );
  v(
    RESP('/v1/messages/send', 'post', '429'),
    { error: 'Inbox daily send limit exceeded', inbox_id: U, current_count: 20, daily_limit: 20, tier: 'free' },
    true,
  );
  const meta = {
    thread_id: 'conv_abc123',
    orgId: ORG,
    tags: ['vip'],
    status: 'needs_reply',
    assigned_to: 'agent-007',
    updated_at: T,
  };
  v(RESP('/v1/threads/{threadId}/metadata', 'get', '200'), { data: meta }, true);
  v(
    RESP('/v1/threads/{threadId}/metadata', 'get', '200'),
    { data: { thread_id: 'x', tags: [], status: 'open', assigned_to: null } },
    true,
  );
  v(RESP('/v1/threads/{threadId}/tags', 'delete', '200'), { data: { thread_id: 'x', tags: [], status: 'open' } }, true);
  v(
    RESP('/v1/threads/{threadId}/status', 'put', '200'),
    { data: { ...meta, status: 'archived' } },
    false,
    'bad thread status',
  );
  v(
    RESP('/v1/threads/{threadId}/status', 'put', '400'),
    { error: 'Invalid status. Must be one of: open, needs_reply, waiting, closed' },
    true,
  );
  const kwHit = {
    thread_id: `thread_${U}`,
    subject: 'Refund',
    last_message_at: T,
    message_count: 1,
    snippet: 'refund please',
    last_direction: 'inbound',
    inbox_id: U,
    domain_id: U,
    score: 0.8,
  };
  v(RESP('/v1/search/threads', 'get', '200'), { data: [kwHit], search_type: 'keyword' }, true);
  v(
    RESP('/v1/search/threads', 'get', '200'),
    { data: [kwHit], search_type: 'vector' },
    false,
    'keyword hit labelled vector',
  );
  v(
    RESP('/v1/search/threads', 'get', '200'),
    { data: [{ ...kwHit, score: 1.5 }], search_type: 'keyword' },
    false,
    'score > 1',
  );
  v(
    RESP('/v1/search/threads', 'get', '403'),
    {
      error: 'This feature requires a paid plan',
      feature: 'semanticSearch',
      current_tier: 'free',
      required_tier: 'agent_pro',
      upgrade_url: '/dashboard/billing',
    },
    true,
  );
  v(
    RESP('/v1/attachments/upload', 'post', '201'),
    { data: { attachment_id: 'd'.repeat(32), filename: 'invoice.pdf', mime_type: 'application/pdf', size: 45230 } },
    true,
  );
  v(
    RESP('/v1/attachments/upload', 'post', '201'),
    { data: { attachment_id: 'att_abc123', filename: 'f', mime_type: 'x', size: 1 } },
    false,
    'att_ id',
  );
  v(
    RESP('/v1/attachments/upload', 'post', '413'),
    {
      error: 'Attachment storage limit exceeded',
      used_mb: 100,
      limit_mb: 100,
      current_tier: 'free',
      upgrade_url: '/dashboard/billing',
    },
    true,
  );
  v(
    RESP('/v1/attachments/{attachmentId}/url', 'get', '200'),
    {
      data: {
        url: 'http://localhost:3001/_mailsim/commune/attachments/x?exp=1&sig=y',
        expires_in: 3600,
        filename: 'f',
        mime_type: 'x',
        size: 1,
      },
    },
    true,
  );
  // Requests: open objects, with the limits Commune enforces.
  v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', unknown: 1 }, true);
  v(REQ('/v1/messages/send', 'post'), { to: [], subject: 'x' }, false, 'send empty to');
  v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co' }, false, 'send without subject');
  v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: '' }, false, 'send empty subject');
  v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', cc: 'not an address' }, false, 'send bad cc');
  v(
    REQ('/v1/messages/send', 'post'),
    {
      to: 'a@b.co',
      subject: 'x',
      from: 'Bot <bot@commune.email>',
      attachments: ['d'.repeat(32), { filename: 'a.txt', content: 'aGk=' }],
    },
    true,
  );
  v(
    REQ('/v1/messages/send', 'post'),
    { to: 'a@b.co', subject: 'x', attachments: [{ filename: 'a.txt' }] },
    false,
    'inline attachment without content',
  );
  v(REQ('/v1/inboxes', 'post'), {}, true);
  v(REQ('/v1/inboxes', 'post'), { local_part: 5 }, false, 'numeric local_part');
  v(REQ('/v1/threads/{threadId}/tags', 'post'), { tags: 'not-an-array' }, true);
  v(REQ('/v1/auth/agent-register', 'post'), { agentName: 'A', publicKey: 'short' }, true);
}
