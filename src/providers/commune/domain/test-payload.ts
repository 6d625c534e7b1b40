/**
 * The synthetic inbound-mail payload `POST /v1/webhooks/test` sends (Commune's own test fixture;
 * contracts/commune.md, "Test webhook"): fixed texts, `test_` ids, `domainId: "test-domain"`, `test: true`. mailsim
 * adds the
 * metadata keys the contract's WebhookPayload requires (in_reply_to, references, domain_id,
 * delivery_status), so a receiver can validate test and real payloads with one schema.
 */
import type { HandlerContext } from '../../../engine/provider.js';

const SUBJECT = '[Test] Webhook verification from Commune';
const TEXT = 'This is a synthetic test event sent by Commune to verify your webhook endpoint is working correctly.';
const HTML = `<p>${TEXT}</p>`;
const SENDER = 'test-sender@example.com';

export function syntheticPayload(
  ctx: Pick<HandlerContext, 'ids' | 'clock'>,
  inboxId: string,
  inboxAddress: string,
): Record<string, unknown> {
  const now = ctx.clock.now().toISOString();
  const messageId = `test_msg_${ctx.ids.hex(10)}`;
  const threadId = `test_thread_${ctx.ids.hex(8)}`;
  return {
    domainId: 'test-domain',
    inboxId,
    inboxAddress,
    event: { type: 'email.received', data: { email_id: `test_email_${ctx.ids.hex(8)}` } },
    email: {
      from: SENDER,
      to: [inboxAddress],
      subject: SUBJECT,
      text: TEXT,
      html: HTML,
      message_id: messageId,
      created_at: now,
      headers: { 'message-id': `<${messageId}@test.commune.email>`, 'x-commune-test': 'true' },
    },
    message: {
      message_id: messageId,
      thread_id: threadId,
      channel: 'email',
      direction: 'inbound',
      participants: [
        { role: 'sender', identity: SENDER },
        { role: 'to', identity: inboxAddress },
      ],
      content: TEXT,
      content_html: HTML,
      attachments: [],
      created_at: now,
      metadata: {
        created_at: now,
        subject: SUBJECT,
        in_reply_to: null,
        references: [],
        domain_id: 'test-domain',
        inbox_id: inboxId,
        inbox_address: inboxAddress,
        delivery_status: 'sent',
        spam_checked: true,
        spam_score: 0,
        spam_action: 'accept',
        spam_flagged: false,
        prompt_injection_checked: true,
        prompt_injection_detected: false,
        prompt_injection_risk: 'none',
      },
    },
    attachments: [],
    security: {
      spam: { checked: true, score: 0, action: 'accept', flagged: false },
      prompt_injection: { checked: true, detected: false, risk_level: 'none', confidence: 0 },
    },
    test: true,
  };
}
