#!/usr/bin/env python3
"""Generates contracts/commune.yaml, the Commune OpenAPI 3.1 contract for mailsim.

Commune's error bodies come in several families and every operation mixes a different set of them,
so the contract is written from tables here rather than by hand. Edit this file, run
`python3 scripts/contracts/commune.py` (needs PyYAML), then `node scripts/contracts/check-commune.cjs`
to check every $ref, compile every schema and validate the docs' curl walkthrough. The YAML is
committed; nothing reads this script at run time. contracts/commune.md explains each choice.
"""
import copy
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oas import d, href, pref, qobj, ref, robj, write_contract  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'contracts', 'commune.yaml')


# ---------------------------------------------------------------- helpers


def open_obj(description):
    """An object whose keys are user- or provider-defined. The checker allows these by their prefix."""
    return {'description': 'Open object. ' + description, 'type': 'object'}


def hexid(n, prefix=''):
    return {'type': 'string', 'pattern': f'^{prefix}[0-9a-f]{{{n}}}$'}


STR = {'type': 'string'}
NSTR = {'type': ['string', 'null']}
BOOL = {'type': 'boolean'}
COUNT = {'type': 'integer', 'minimum': 0}
NCOUNT = {'type': ['integer', 'null'], 'minimum': 0}
TS = {'type': 'string', 'format': 'date-time'}
NTS = {'type': ['string', 'null'], 'format': 'date-time'}
STRLIST = {'type': 'array', 'items': STR}
UUID_RE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
TIERS = ['free', 'agent_pro', 'business', 'enterprise']
THREAD_STATUSES = ['open', 'needs_reply', 'waiting', 'closed']
DELIVERY_STATUSES = ['sent', 'delivered', 'bounced', 'failed', 'complained', 'suppressed']
DELIVERY_EVENT_TYPES = ['sent', 'delivered', 'bounced', 'complained', 'failed', 'delivery_delayed', 'suppressed',
                        'opened', 'clicked']
WEBHOOK_DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'dead']
DELETION_STATUSES = ['pending', 'confirmed', 'executing', 'completed', 'expired', 'failed']
DOMAIN_STATUSES = ['not_started', 'pending', 'verified', 'failed', 'temporary_failure']
REGIONS = ['us-east-1', 'eu-west-1', 'sa-east-1', 'ap-northeast-1']
BILLING = '/dashboard/billing'

# ---------------------------------------------------------------- schemas
S = {}

# ----- ids
S['OrgId'] = d(hexid(32), 'Organisation id: 32 lower-case hex characters, no prefix.')
S['DomainId'] = d({'type': 'string', 'pattern': f'^{UUID_RE}$'},
                  'Domain id: a lower-case UUID (on the real server, the id the sending provider gave the domain). '
                  'The shared default domain has a fixed UUID of its own.')
S['InboxId'] = d({'type': 'string', 'pattern': f'^{UUID_RE}$'}, 'Inbox id: a lower-case UUID v4.')
S['SendId'] = d(hexid(32, 'msg_'), 'Id returned by send: `msg_` + 32 hex characters (a UUID without dashes).')
S['ThreadId'] = d({'type': 'string', 'minLength': 1}, (
    'Thread id. Not one format, because Commune groups by id only: a thread started by an outbound send '
    'without `thread_id` gets `thread_` + a UUID v4 with dashes (pattern '
    f'`^thread_{UUID_RE}$`); a `thread_id` the caller passes to send is used as given, unchecked; a thread '
    'started by inbound mail takes the id of the message it matched (plus-address routing token or '
    'References/In-Reply-To lookup), else the inbound message\'s own `message_id`.'))
S['NewThreadId'] = d({'type': 'string', 'pattern': f'^thread_{UUID_RE}$'},
                     'Thread id minted by mailsim for a send without `thread_id`.')
S['AttachmentId'] = d({'type': 'string', 'pattern': '^([0-9a-f]{32}|ses_.+)$'}, (
    'Attachment id: 32 hex characters for an upload, `ses_<inbound message_id>_<filename>` for a part of '
    'inbound mail.'))
S['UploadId'] = d(hexid(32), 'Id of an uploaded attachment: 32 hex characters, no prefix.')
S['WebhookDeliveryId'] = d(hexid(20, 'whd_'), 'Webhook delivery id: `whd_` + 20 hex characters.')
S['DeletionRequestId'] = d(hexid(20, 'del_'), 'Data deletion request id: `del_` + 20 hex characters.')
S['AgentId'] = d(hexid(32, 'agt_'), 'Agent id: `agt_` + 32 hex characters.')
S['ApiKeyId'] = d(hexid(32), 'API key id: 32 hex characters, no prefix (the docs\' `key_...` is never used).')
S['ApiKeySecret'] = d(hexid(64, 'comm_'), 'A full API key: `comm_` + 64 hex characters (32 random bytes).')
S['ApiKeyPrefix'] = d(hexid(7, 'comm_'), 'The first 12 characters of a key, kept visible after creation.')
S['Tier'] = {'description': 'Organisation plan tier.', 'type': 'string', 'enum': TIERS}

# ----- error families
S['PlainError'] = {
    'description': (
        'Family 1, plain string: `{"error": "<text>"}`. The most common Commune error body; the text is '
        'fixed per cause and each operation lists the texts it can send.'),
    'type': 'object', 'additionalProperties': False, 'required': ['error'],
    'properties': {'error': {'type': 'string', 'minLength': 1}},
}
S['ValidationError'] = {
    'description': (
        'Family 2, validation details: what zod-validated send answers, `{"error":"Invalid request","details":'
        '[{"path","message"}]}`. `path` is the dotted field path (`to`, `attachments.0.filename`, or `` for the '
        'whole body). mailsim also answers in this shape when a request breaks one of the few type constraints '
        'this contract puts on hand-validated operations (see contracts/commune.md); its `message` texts are '
        'mailsim\'s own, not zod\'s.'),
    'type': 'object', 'additionalProperties': False, 'required': ['error', 'details'],
    'properties': {
        'error': {'type': 'string', 'const': 'Invalid request'},
        'details': {'type': 'array', 'items': robj({'path': STR, 'message': STR})},
    },
}
S['FlattenedValidationError'] = {
    'description': 'Family 2 as the credits checkout sends it: zod\'s `flatten()` output as `details`.',
    'type': 'object', 'additionalProperties': False, 'required': ['error', 'details'],
    'properties': {
        'error': {'type': 'string', 'const': 'Invalid request'},
        'details': robj({
            'formErrors': STRLIST,
            'fieldErrors': {'type': 'object', 'additionalProperties': STRLIST},
        }),
    },
}
S['CodeError'] = {
    'description': (
        'Family 3, code + message: `{"error":"<snake_case code>","message":"<text>"}`, used by auth, agent '
        'and data routes. Each operation pins the codes it can send.'),
    'type': 'object', 'additionalProperties': False, 'required': ['error', 'message'],
    'properties': {'error': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'message': STR},
}
S['TimestampOutOfRangeError'] = robj({
    'error': {'type': 'string', 'const': 'timestamp_out_of_range'},
    'message': STR,
    'serverTime': d(COUNT, 'Server clock (the engine clock in mailsim), Unix milliseconds.'),
}, description='Family 3 with context: the X-Commune-Timestamp of an agent-signed request is more than 60 s off.')
S['OwnershipRequiredError'] = robj({
    'error': {'type': 'string', 'const': 'ownership_required'},
    'message': STR,
    'ownershipStatus': {'type': 'string', 'enum': ['unclaimed', 'pending']},
    'claimEndpoint': {'type': 'string', 'const': 'POST /v1/agent/claim-ownership'},
    'docs': STR,
}, description='Family 3 with context: an agent-signed request by an agent no owner has claimed yet.')
S['PermissionError'] = robj({
    'error': {'type': 'string', 'const': 'Insufficient permissions'},
    'required': d({'type': 'array', 'minItems': 1, 'items': STR}, 'Scopes the operation needs.'),
    'hint': d(STR, '"Your API key needs the following permission(s): <scopes>".'),
}, description='Family 4, string + context: the API key lacks a scope.')
S['PlanFeatureError'] = robj({
    'error': {'type': 'string', 'const': 'This feature requires a paid plan'},
    'feature': {'type': 'string', 'enum': ['semanticSearch', 'structuredExtraction']},
    'current_tier': ref('Tier'),
    'required_tier': ref('Tier'),
    'upgrade_url': {'type': 'string', 'const': BILLING},
}, description='Family 4: the organisation\'s tier lacks the feature (search, extraction schema).')
S['PlanDomainsError'] = robj({
    'error': {'type': 'string', 'const': 'Custom domains require a paid plan'},
    'current_tier': ref('Tier'),
    'upgrade_url': {'type': 'string', 'const': BILLING},
}, description='Family 4: a free organisation tried to add a custom domain.')
S['QuotaError'] = robj({
    'error': {'type': 'string', 'pattern': r'^(Inbox|Custom domain) limit reached \(\d+/\d+\)\. Upgrade your plan'},
    'current_count': COUNT,
    'limit': COUNT,
    'current_tier': ref('Tier'),
    'upgrade_url': {'type': 'string', 'const': BILLING},
}, description=(
    'Family 4: the tier\'s absolute cap is reached. Texts: "Inbox limit reached (n/m). Upgrade your plan to '
    'create more inboxes." and "Custom domain limit reached (n/m). Upgrade your plan for more."'))
S['RateLimitError'] = robj({
    'error': {'type': 'string', 'enum': ['Hourly email rate limit exceeded', 'Daily email rate limit exceeded',
                                         'Inbox creation rate limit exceeded', 'Domain creation rate limit exceeded']},
    'retryAfter': d(COUNT, 'Seconds until the oldest counted request leaves the window (mailsim always sends it; '
                           'the real server omits it when its Redis is down).'),
}, optional=('retryAfter',), description='Family 4: a sliding-window tier limit is exhausted.')
S['BurstLimitError'] = robj({
    'error': {'type': 'string', 'const': 'Send rate too high — slow down'},
    'reasons': STRLIST,
    'retryAfter': {'type': 'integer', 'const': 10},
}, description='Family 4: more than 15 sends in 10 s or 50 in 60 s for the organisation. No Retry-After header.')
S['InboxDailyLimitError'] = robj({
    'error': {'type': 'string', 'const': 'Inbox daily send limit exceeded'},
    'inbox_id': STR,
    'current_count': COUNT,
    'daily_limit': COUNT,
    'tier': ref('Tier'),
}, description='Family 4: the sending inbox reached its per-inbox daily cap (fixed 24 h window from its first send).')
S['WarmupLimitError'] = robj({
    'error': {'type': 'string', 'const': 'Domain warmup daily limit reached'},
    'warmup': open_obj('Warm-up state of the sending domain (day, daily limit, sent today, ...).'),
    'message': STR,
}, description='Family 4: the sending domain is younger than 15 days and hit its warm-up cap.')
S['SendingPausedError'] = robj({
    'error': {'type': 'string', 'const': 'Sending paused due to high bounce/complaint rate'},
    'reason': STR,
    'health': robj({
        'status': {'type': 'string', 'enum': ['healthy', 'warning', 'throttled', 'paused']},
        'bounce_rate': {'type': 'number'}, 'complaint_rate': {'type': 'number'},
        'sent_24h': COUNT, 'bounced_24h': COUNT, 'complained_24h': COUNT,
    }),
    'resume_at': NTS,
    'action': STR,
}, description='Family 4: the organisation\'s sending is paused by its bounce/complaint health.')
S['TooManyRecipientsError'] = robj({
    'error': {'type': 'string', 'const': 'Too many recipients'},
    'max_recipients': {'type': 'integer', 'const': 50},
    'provided': COUNT,
}, description='Family 4: more than 50 recipients (checked only for bodies of at least 20 characters).')
S['SpamFlaggedError'] = robj({
    'error': {'type': 'string', 'const': 'Email content flagged as potential spam'},
    'score': {'type': 'number'},
    'reasons': STRLIST,
    'suggestion': STR,
}, description='Family 4: the outbound content scored above 0.8 in the spam check.')
S['StorageQuotaError'] = robj({
    'error': {'type': 'string', 'const': 'Attachment storage limit exceeded'},
    'used_mb': COUNT,
    'limit_mb': COUNT,
    'current_tier': ref('Tier'),
    'upgrade_url': {'type': 'string', 'const': BILLING},
}, description='Family 4: the upload would exceed the tier\'s attachment storage (free 100 MB, pro 1 GB, business 5 GB).')
S['ProviderError'] = robj({
    'error': robj({
        'name': d(STR, 'Provider error name, e.g. validation_error.'),
        'message': STR,
        'statusCode': COUNT,
    }, optional=('statusCode',)),
}, description=(
    'Family 5, provider passthrough: domain create and verify hand the sending provider\'s error object back '
    'inside `error`. mailsim plays that provider: an invalid domain name or one already registered (by any '
    'organisation) gives `{"error":{"name":"validation_error","message":...,"statusCode":422}}` with HTTP 400.'))
S['GlobalError'] = {
    'description': (
        'Family 6, the global error handler: `{"error":"<message>","code":"<CODE>"}`. mailsim sends it for a '
        'body that is not valid JSON (400, the parser\'s message, code INTERNAL_ERROR), a body over 10 MB '
        '(413, "request entity too large") and unexpected failures (500, "Internal server error", code '
        'INTERNAL_ERROR).'),
    'type': 'object', 'additionalProperties': False, 'required': ['error', 'code'],
    'properties': {'error': {'type': 'string', 'minLength': 1}, 'code': {'type': 'string', 'minLength': 1}},
}

# ----- domains and inboxes
S['DnsRecord'] = robj({
    'record': {'type': 'string', 'enum': ['SPF', 'DKIM', 'Receiving']},
    'name': STR,
    'type': {'type': 'string', 'enum': ['MX', 'TXT', 'CNAME']},
    'value': STR,
    'ttl': d(STR, 'Always "Auto".'),
    'status': {'type': 'string', 'enum': DOMAIN_STATUSES},
    'priority': d(COUNT, 'MX records only.'),
}, optional=('priority',), description='A DNS record the domain owner publishes (the sending provider\'s record shape).')

S['InboxWebhook'] = robj({
    'endpoint': d({'type': 'string', 'format': 'uri'}, 'Where inbound mail is POSTed.'),
    'events': d(STRLIST, 'Stored and returned, but ignored: every inbound email is delivered.'),
    'secret': d(STR, 'Signing secret, returned in clear text as the real server does. Only the client sets it: the '
                     'v1 API never generates one, and a PUT that replaces `webhook` without it drops it.'),
}, required=(), description=(
    'Inbox webhook. mailsim keeps only these three keys of what the client sent (the real server stores the '
    'object unvalidated and echoes any key).'))

S['ExtractionSchema'] = robj({
    'name': STR,
    'description': STR,
    'schema': open_obj('The JSON Schema given by the client: `type: "object"` with `properties`.'),
    'enabled': BOOL,
}, optional=('description',), description='Structured extraction configuration of an inbox.')


def inbox_props(with_domain):
    p = {
        'id': ref('InboxId'),
        'localPart': d(STR, 'As given: neither validated nor lower-cased.'),
        'address': d(STR, '`{localPart}@{domain name}`.'),
        'displayName': STR,
        'agent': robj({'id': STR, 'name': STR, 'metadata': open_obj('Agent metadata.')}, required=()),
        'webhook': ref('InboxWebhook'),
        'status': d(STR, 'Free text, stored unvalidated.'),
        'extractionSchema': ref('ExtractionSchema'),
        'createdAt': TS,
        'orgId': ref('OrgId'),
        'limits': open_obj('Per-inbox limits; the real server may carry them, mailsim never sends them.'),
    }
    if with_domain:
        p['domain_id'] = ref('DomainId')
        p['domain_name'] = STR
    return p


INBOX_OPTIONAL = ('displayName', 'agent', 'webhook', 'status', 'extractionSchema', 'limits')
S['Inbox'] = robj(inbox_props(False), optional=INBOX_OPTIONAL, description=(
    'A stored inbox: camelCase fields, as Commune returns its stored objects. Optional fields are absent (not '
    'null) when unset. `name` on create sets `displayName` (unless a display name is given) and `agent.name`.'))
S['InboxWithDomain'] = robj(inbox_props(True), optional=INBOX_OPTIONAL, description=(
    'An inbox plus the snake_case `domain_id` and `domain_name` of its domain (create without a domain, and the '
    'all-domains list).'))

S['Domain'] = robj({
    'id': ref('DomainId'),
    'name': STR,
    'status': {'type': 'string', 'enum': DOMAIN_STATUSES},
    'region': {'type': 'string', 'enum': REGIONS},
    'records': {'type': 'array', 'items': ref('DnsRecord')},
    'createdAt': TS,
    'inboxes': d({'type': 'array', 'items': ref('Inbox')},
                 'The domain\'s inboxes of the calling organisation. mailsim includes it on list and get (possibly '
                 'empty) and leaves it out of the create response, as the real server does.'),
}, optional=('region', 'records', 'inboxes'), description=(
    'A domain: the stored entry without its owner and provider webhook. Custom domains always carry `region` '
    'and `records`; the shared default domain (id fixed by mailsim\'s seed) may not.'))

# ----- threads and messages
S['ThreadSummary'] = robj({
    'thread_id': ref('ThreadId'),
    'subject': d(NSTR, 'Subject of the newest message.'),
    'last_message_at': TS,
    'first_message_at': TS,
    'message_count': d({'type': 'integer', 'minimum': 1}, 'Messages of the thread that match the inbox/domain filter.'),
    'snippet': d({'type': 'string', 'maxLength': 200}, 'Text of the OLDEST message, at most 200 characters.'),
    'last_direction': {'type': 'string', 'enum': ['inbound', 'outbound']},
    'inbox_id': NSTR,
    'domain_id': NSTR,
    'has_attachments': BOOL,
}, description='A thread in a thread list, aggregated from its messages (grouped by thread id, never by subject).')

S['Participant'] = robj({
    'role': {'type': 'string', 'enum': ['sender', 'to', 'cc', 'bcc']},
    'identity': d(STR, 'An address, or `Name <address>` as given.'),
})

S['DeliveryData'] = robj({
    'sent_at': TS, 'delivered_at': TS, 'bounced_at': TS, 'failed_at': TS, 'complained_at': TS,
    'bounce_reason': STR, 'bounce_type': {'type': 'string', 'enum': ['hard', 'soft']},
    'failure_reason': STR, 'last_attempt': TS,
}, required=(), description='Delivery timestamps and reasons of an outbound message, filled as events arrive.')

S['MessageMetadata'] = robj({
    'created_at': TS,
    'subject': STR,
    'message_id': d(NSTR, 'RFC 5322 Message-ID of the email, angle brackets included.'),
    'in_reply_to': NSTR,
    'references': STRLIST,
    'domain_id': NSTR,
    'inbox_id': NSTR,
    'inbox_address': NSTR,
    'delivery_status': d({'type': 'string', 'enum': DELIVERY_STATUSES},
                         'Starts as "sent" for every stored message, inbound included; then moves up by priority '
                         'sent < delivered < bounced|failed|complained|suppressed.'),
    'delivery_data': ref('DeliveryData'),
    'attachment_ids': {'type': 'array', 'items': ref('AttachmentId')},
    'has_attachments': BOOL,
    'attachment_count': COUNT,
    # outbound only
    'custom_message_id': d(STR, 'Outbound: the Message-ID mailsim stamped on the email.'),
    'commune_message_id': d(ref('SendId'), 'Outbound: the `msg_` id send returned.'),
    'routing_token': d(NSTR, 'Outbound: the plus-address tag `t` + 12 hex set in Reply-To (null when the caller '
                             'gave reply_to).'),
    'resend_id': d(NSTR, 'Real server only (its sending provider\'s id); mailsim never sends it.'),
    'ses_references': d(STRLIST, 'Real server only; mailsim never sends it.'),
    # inbound only
    'spam_checked': BOOL,
    'spam_score': {'type': 'number'},
    'spam_action': {'type': 'string', 'enum': ['accept', 'flag', 'reject']},
    'spam_flagged': BOOL,
    'spam_reasons': STRLIST,
    'prompt_injection_checked': BOOL,
    'prompt_injection_detected': BOOL,
    'prompt_injection_risk': {'type': 'string', 'enum': ['none', 'low', 'medium', 'high', 'critical']},
    'prompt_injection_score': {'type': 'number'},
    'prompt_injection_signals': STR,
    'extracted_data': open_obj(
        'Inbound only, when the inbox has an enabled extraction schema: the extracted object, valid against that '
        'schema. mailsim fills it with a deterministic local extractor (no LLM is called).'),
    'is_private': BOOL,
}, required=('created_at', 'subject', 'in_reply_to', 'references', 'domain_id', 'inbox_id', 'delivery_status'),
    description=(
        'Message metadata. Outbound messages also always carry message_id, custom_message_id, commune_message_id, '
        'routing_token, attachment_ids, has_attachments, attachment_count and delivery_data; inbound messages also '
        'always carry message_id, inbox_address and the spam_* and prompt_injection_* verdicts.'))


def message_schema(with_org, description):
    p = {
        'channel': {'type': 'string', 'const': 'email'},
        'message_id': d({'type': 'string', 'minLength': 1}, (
            'Stored message id. Outbound: a UUID standing for the sending provider\'s id (the `msg_` id is in '
            '`metadata.commune_message_id`). Inbound: the receiving side\'s opaque id.')),
        'thread_id': ref('ThreadId'),
        'direction': {'type': 'string', 'enum': ['inbound', 'outbound']},
        'participants': d({'type': 'array', 'items': ref('Participant')},
                          'Outbound: the sender and the `to` recipients only. Inbound: sender, to and cc.'),
        'content': d(STR, 'Plain text body ("" when none).'),
        'content_html': NSTR,
        'attachments': {'type': 'array', 'items': ref('AttachmentId')},
        'created_at': TS,
        'metadata': ref('MessageMetadata'),
    }
    optional = ['_id', 'effective_thread_id', 'search_summary']
    if with_org:
        p['orgId'] = ref('OrgId')
    else:
        optional.append('orgId')
        p['orgId'] = ref('OrgId')
    p['_id'] = d(STR, 'Real server only (storage id); mailsim never sends it.')
    p['effective_thread_id'] = d(STR, 'Real server only; mailsim never sends it.')
    p['search_summary'] = d(STR, 'Real server only; mailsim never sends it.')
    return robj(p, optional=optional, description=description)


S['Message'] = message_schema(True, 'One email, inbound or outbound, in Commune\'s unified snake_case shape.')

S['ThreadMetadata'] = robj({
    'thread_id': ref('ThreadId'),
    'orgId': ref('OrgId'),
    'tags': d(STRLIST, 'A set: adding keeps existing tags and skips duplicates; removing ignores absent ones.'),
    'status': {'type': 'string', 'enum': THREAD_STATUSES},
    'assigned_to': NSTR,
    'updated_at': TS,
    '_id': d(STR, 'Real server only; mailsim never sends it.'),
}, required=('thread_id', 'tags', 'status'), description=(
    'Triage state of a thread, kept per organisation and created lazily; the thread itself is never looked up. '
    'Stored state carries orgId, assigned_to (null until assigned) and updated_at. A thread without stored state '
    'reads as `{thread_id, tags: [], status: "open", assigned_to: null}`; removing tags from it answers '
    '`{thread_id, tags: [], status: "open"}` (no assigned_to).'))

S['SendResult'] = robj({
    'id': ref('SendId'),
    'thread_id': d(ref('ThreadId'), 'The `thread_id` given, else a new `thread_<uuid>`.'),
    'status': {'type': 'string', 'const': 'queued'},
})

# ----- search
SEARCH_COMMON = {
    'thread_id': ref('ThreadId'),
    'subject': NSTR,
    'last_message_at': TS,
    'message_count': d({'type': 'integer', 'minimum': 1}, 'Matching messages of the thread.'),
    'snippet': d({'type': 'string', 'maxLength': 200}, 'Text of the newest matching message.'),
    'last_direction': {'type': 'string', 'enum': ['inbound', 'outbound']},
    'inbox_id': NSTR,
    'domain_id': NSTR,
}
kw = dict(SEARCH_COMMON)
kw['score'] = d({'type': 'number', 'exclusiveMinimum': 0, 'exclusiveMaximum': 1}, (
    'Relevance in (0, 1), higher is better: x / (1 + x) where x = -bm25() of the best matching message '
    '(FTS5\'s bm25 is negative, more negative for better matches).'))
S['KeywordSearchHit'] = robj(kw, description=(
    'A thread found by mailsim\'s keyword search: one item per thread, ordered by score, then last_message_at.'))
S['RegexSearchHit'] = robj(SEARCH_COMMON, description='Real server only: a thread found by its regex fallback (no score).')
S['VectorSearchHit'] = robj({
    'thread_id': ref('ThreadId'),
    'subject': NSTR,
    'score': {'type': 'number'},
    'inbox_id': NSTR,
    'domain_id': NSTR,
    'phone_number_id': NSTR,
    'from_number': NSTR,
    'to_number': NSTR,
    'participants': STRLIST,
    'direction': {'type': 'string', 'enum': ['inbound', 'outbound']},
    'channel': {'type': 'string', 'enum': ['email', 'sms']},
}, description='Real server only: one vector-search hit per message (a thread can repeat).')


def search_page(kind, hit):
    return robj({'data': {'type': 'array', 'items': ref(hit)}, 'search_type': {'type': 'string', 'const': kind}})


S['SearchResults'] = {
    'description': (
        '`search_type` says which search ran. mailsim always runs SQLite FTS5 keyword search and says "keyword". '
        'The real server says "vector" (embeddings) or "regex" (its fallback); those shapes are kept so the '
        'contract also describes it.'),
    'oneOf': [search_page('keyword', 'KeywordSearchHit'), search_page('vector', 'VectorSearchHit'),
              search_page('regex', 'RegexSearchHit')],
}

# ----- attachments
S['UploadedAttachment'] = robj({
    'attachment_id': ref('UploadId'),
    'filename': STR,
    'mime_type': STR,
    'size': d(COUNT, 'Decoded size in bytes.'),
})
S['AttachmentRecord'] = robj({
    'attachment_id': ref('AttachmentId'),
    'message_id': d(STR, '"" for uploads; the message\'s id for inbound parts.'),
    'filename': STR,
    'mime_type': STR,
    'size': COUNT,
    'storage_type': d({'type': 'string', 'enum': ['cloudinary', 'database']}, 'mailsim: always "database".'),
    'cloudinary_url': d(NSTR, 'mailsim: always null.'),
    'cloudinary_public_id': d(NSTR, 'mailsim: always null.'),
    'source': {'type': 'string', 'const': 'email'},
    'source_url': NSTR,
    'quarantined': BOOL,
    'scan_threats': STRLIST,
    'download_error': BOOL,
    '_id': d(STR, 'Real server only; mailsim never sends it.'),
}, optional=('source_url', 'quarantined', 'scan_threats', 'download_error', '_id'),
    description='Attachment metadata (never the content).')
S['AttachmentUrl'] = robj({
    'url': d({'type': 'string', 'format': 'uri'}, (
        'Download URL. mailsim serves it itself (an absolute URL on its own port) and honours the expiry; the '
        'real server answers a signed storage URL, or a `data:` URI with expires_in 0 for database storage.')),
    'expires_in': COUNT,
    'filename': STR,
    'mime_type': STR,
    'size': COUNT,
})

# ----- delivery analytics
RATE = {'type': 'string', 'pattern': r'^(\d+\.\d%|N/A)$'}
S['DeliveryMetrics'] = robj({
    'inbox_id': STR,
    'domain_id': STR,
    'period': robj({'start': TS, 'end': TS, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 90}}),
    'sent': d(COUNT, 'Outbound messages created in the window.'),
    'delivered': COUNT, 'bounced': COUNT, 'complained': COUNT, 'failed': COUNT, 'suppressed': COUNT,
    'orphan_events': d(COUNT, 'Delivery events whose message is unknown.'),
    'delivery_rate': d(RATE, 'A string like "97.5%", or "N/A" when sent is 0; the same holds for every *_rate.'),
    'bounce_rate': RATE, 'complaint_rate': RATE, 'failure_rate': RATE, 'suppression_rate': RATE,
    'orphan_event_rate': RATE,
}, optional=('inbox_id', 'domain_id'), description=(
    'Delivery counts over the window. The counts other than `sent` are messages of the window whose current '
    'delivery_status matches.'))
S['DeliveryEvent'] = robj({
    'message_id': d(STR, 'Id of the message the event is about.'),
    'event_type': {'type': 'string', 'enum': DELIVERY_EVENT_TYPES},
    'event_data': open_obj('The sending provider\'s event payload; mailsim\'s own simulated payload.'),
    'inbox_id': NSTR,
    'domain_id': NSTR,
    'processed_at': TS,
    '_id': d(STR, 'Real server only; mailsim never sends it.'),
}, optional=('_id',))
S['Suppression'] = robj({
    'email': STR,
    'reason': {'type': 'string', 'enum': ['bounce', 'complaint', 'manual', 'spam_trap', 'unsubscribe']},
    'type': {'type': 'string', 'enum': ['hard', 'soft', 'spam', 'permanent']},
    'source': {'type': 'string', 'enum': ['inbox', 'domain', 'global']},
    'inbox_id': NSTR,
    'domain_id': NSTR,
    'message_id': STR,
    'created_at': TS,
    'expires_at': NTS,
    'metadata': robj({'bounce_reason': STR, 'bounce_diagnostic': STR, 'complaint_type': STR,
                      'original_subject': STR, 'soft_bounce_count': COUNT}, required=()),
    '_id': d(STR, 'Real server only; mailsim never sends it.'),
}, optional=('message_id', 'expires_at', '_id'))

# ----- webhook deliveries
DELIVERY_BASE = {
    'delivery_id': ref('WebhookDeliveryId'),
    'inbox_id': STR,
    'message_id': STR,
    'endpoint': STR,
    'status': d({'type': 'string', 'enum': WEBHOOK_DELIVERY_STATUSES},
                'There is no "failed" status: a failed attempt with retries left is "retrying".'),
    'attempt_count': COUNT,
    'max_attempts': {'type': 'integer', 'minimum': 1},
    'created_at': TS,
    'delivered_at': NTS,
    'dead_at': NTS,
    'last_error': d(NSTR, '`HTTP <code>: <first 500 characters of the body or status text>` or '
                          '`Timeout after <n>ms`.'),
    'last_status_code': NCOUNT,
    'delivery_latency_ms': d(NCOUNT, 'First-try success: that attempt\'s latency; later success: time since '
                                     'created_at.'),
    'next_retry_at': NTS,
}
S['WebhookDelivery'] = robj(DELIVERY_BASE, description='A webhook delivery as listed. Every key is always present.')
detail = dict(DELIVERY_BASE)
detail['payload_hash'] = hexid(16)
detail['attempts'] = {'type': 'array', 'items': robj({
    'attempt': {'type': 'integer', 'minimum': 1},
    'status_code': NCOUNT,
    'error': NSTR,
    'latency_ms': COUNT,
    'attempted_at': TS,
})}
S['WebhookDeliveryDetail'] = robj(detail, description='A webhook delivery with its attempt history.')
S['WebhookHealth'] = robj({
    'endpoints': d({'type': 'array', 'items': robj({
        'endpoint': STR,
        'total': COUNT,
        'delivered': COUNT,
        'failed': d(COUNT, 'Deliveries in status "retrying".'),
        'dead': COUNT,
        'success_rate': {'type': 'number', 'minimum': 0, 'maximum': 1},
        'avg_latency_ms': {'type': ['number', 'null'], 'minimum': 0},
    })}, 'Per endpoint, over the last 24 hours.'),
    'totals': d(robj({s: COUNT for s in WEBHOOK_DELIVERY_STATUSES}), 'All-time counts by status.'),
})
S['WebhookTestResult'] = robj({
    'delivered': d(BOOL, 'The endpoint answered 2xx.'),
    'status_code': NCOUNT,
    'response_time_ms': COUNT,
    'endpoint': STR,
    'event_type': STR,
    'test': {'type': 'boolean', 'const': True},
    'error': STR,
}, optional=('error',))

# ----- DMARC
S['DmarcSubmitResult'] = robj({
    'report_id': STR, 'domain': STR, 'org_name': STR, 'date_begin': TS, 'date_end': TS,
    'record_count': COUNT, 'total_messages': COUNT,
})
S['DmarcReport'] = robj({
    'report_id': STR,
    'org_name': d(STR, 'The reporting organisation (e.g. google.com).'),
    'email': STR,
    'domain': STR,
    'date_begin': TS,
    'date_end': TS,
    'policy': robj({'domain': STR, 'adkim': STR, 'aspf': STR, 'p': STR, 'sp': STR, 'pct': COUNT},
                   optional=('adkim', 'aspf', 'sp', 'pct')),
    'records': {'type': 'array', 'items': robj({
        'source_ip': STR, 'count': COUNT, 'disposition': STR, 'dkim_result': STR, 'spf_result': STR,
        'header_from': STR, 'dkim_domain': NSTR, 'dkim_selector': NSTR, 'spf_domain': NSTR,
    })},
    'received_at': TS,
    'our_domain_id': NSTR,
    'org_id': ref('OrgId'),
    '_id': d(STR, 'Real server only; mailsim never sends it.'),
}, optional=('_id',), description='A parsed DMARC aggregate report (without its raw XML).')
S['DmarcSummary'] = robj({
    'domain': STR,
    'period': robj({'begin': TS, 'end': TS}),
    'total_messages': COUNT,
    'pass_count': COUNT,
    'fail_count': COUNT,
    'pass_rate': {'type': 'number', 'minimum': 0, 'maximum': 1},
    'dkim_pass': COUNT,
    'spf_pass': COUNT,
    'top_sources': d({'type': 'array', 'maxItems': 10, 'items': robj({'ip': STR, 'count': COUNT, 'pass': d(BOOL, 'Every message from this source passed.')})},
                     'The ten sources with most messages.'),
    'policy_overrides': d(COUNT, 'Messages that failed DMARC and got a disposition other than "none".'),
}, description='A record passes when its policy-evaluated DKIM or SPF result is "pass".')

# ----- agent, auth, keys
S['Org'] = robj({
    'id': ref('OrgId'),
    'name': STR,
    'slug': STR,
    'tier': ref('Tier'),
    'status': STR,
    'settings': open_obj('Organisation settings.'),
    'createdAt': TS,
    'updatedAt': TS,
}, description='The calling organisation (camelCase stored object).')
S['ApiKey'] = robj({
    'id': ref('ApiKeyId'),
    'name': STR,
    'keyPrefix': ref('ApiKeyPrefix'),
    'permissions': d(STRLIST, 'As given at creation (default ["read","write"]); unknown strings are kept.'),
    'status': d({'type': 'string', 'enum': ['active', 'inactive', 'expired']}, 'Revoked keys are "inactive".'),
    'expiresAt': NTS,
    'lastUsedAt': NTS,
    'createdAt': TS,
})
S['ApiKeyCreated'] = robj({
    'apiKey': d(ref('ApiKeySecret'), 'The full key; shown only here.'),
    'id': ref('ApiKeyId'),
    'name': STR,
    'keyPrefix': ref('ApiKeyPrefix'),
    'permissions': STRLIST,
    'status': {'type': 'string', 'const': 'active'},
    'expiresAt': NTS,
    'createdAt': TS,
    'message': d(STR, '`Store immediately: export COMMUNE_API_KEY="<key>"`.'),
})
S['ApiKeyRotated'] = robj({
    'apiKey': d(ref('ApiKeySecret'), 'The new key; shown only here.'),
    'id': d(ref('ApiKeyId'), 'Unchanged: rotation replaces the key material of the same record.'),
    'name': STR,
    'keyPrefix': ref('ApiKeyPrefix'),
    'expiresAt': NTS,
    'message': STR,
})
S['AgentRegistration'] = robj({
    'agentSignupToken': d(hexid(48, 'agt_signup_'), 'Valid 15 minutes.'),
    'challenge': robj({
        'text': d(STR, 'Instructions quoting the purpose and embedding a 16-hex epoch marker.'),
        'format': {'type': 'string', 'const': '<primary_verb>:<word_count>:<epoch_marker>'},
    }),
    'instructions': {'type': 'array', 'minItems': 4, 'maxItems': 4, 'items': STR},
    'expiresIn': {'type': 'integer', 'const': 900},
})
S['AgentVerification'] = robj({
    'agentId': ref('AgentId'),
    'orgId': ref('OrgId'),
    'inboxEmail': d(STR, 'The inbox created on the shared domain: `{orgSlug}@{shared domain}`.'),
    'ownershipStatus': {'type': 'string', 'const': 'unclaimed'},
    'nextStep': robj({
        'action': {'type': 'string', 'const': 'claim_ownership'},
        'endpoint': {'type': 'string', 'const': 'POST /v1/agent/claim-ownership'},
        'body': robj({'ownerEmail': {'type': 'string', 'const': '<your_owner_email>'}}),
        'description': STR,
    }),
    'message': d(STR, 'Several lines: what to store and the claim step.'),
})
S['ClaimStarted'] = robj({
    'status': {'type': 'string', 'const': 'pending'},
    'ownerEmail': STR,
    'message': STR,
    'expiresIn': {'type': 'integer', 'const': 86400},
})
S['ClaimDetails'] = robj({'agentName': STR, 'agentPurpose': STR, 'agentEmail': STR, 'ownerEmail': STR, 'createdAt': TS})
S['ClaimAccepted'] = robj({'message': STR, 'agentName': STR, 'agentEmail': STR})

# ----- data deletion
COUNT_KEYS = ['messages', 'attachments', 'domains', 'inboxes', 'webhook_deliveries', 'delivery_events',
              'blocked_spam', 'thread_metadata', 'dmarc_reports', 'alerts', 'suppressions', 'spam_reports',
              'audit_logs', 'users', 'api_keys', 'sessions', 'verification_tokens']
S['DeletionCounts'] = robj({k: COUNT for k in COUNT_KEYS},
                           description='Records per collection (preview: would be deleted; deleted_counts: were).')
SCOPE = {'type': 'string', 'enum': ['organization', 'inbox', 'messages']}
S['DeletionRequestCreated'] = robj({
    'id': ref('DeletionRequestId'),
    'scope': SCOPE,
    'inbox_id': STR,
    'before': TS,
    'status': {'type': 'string', 'const': 'pending'},
    'preview': ref('DeletionCounts'),
    'confirmation_token': d(hexid(64), 'Needed by confirm; only its hash is stored.'),
    'confirm_by': d(TS, 'One hour after requested_at.'),
    'requested_at': TS,
    'warning': STR,
}, optional=('inbox_id', 'before'))
S['DeletionRequestConfirmed'] = robj({
    'id': ref('DeletionRequestId'),
    'scope': SCOPE,
    'status': {'type': 'string', 'const': 'completed'},
    'preview': ref('DeletionCounts'),
    'deleted_counts': ref('DeletionCounts'),
    'confirmed_at': TS,
    'completed_at': TS,
})
S['DeletionRequest'] = robj({
    'id': ref('DeletionRequestId'),
    'scope': SCOPE,
    'inbox_id': STR,
    'before': TS,
    'status': {'type': 'string', 'enum': DELETION_STATUSES},
    'preview': ref('DeletionCounts'),
    'deleted_counts': ref('DeletionCounts'),
    'confirm_by': TS,
    'requested_at': TS,
    'confirmed_at': TS,
    'completed_at': TS,
    'error': STR,
}, optional=('inbox_id', 'before', 'deleted_counts', 'confirmed_at', 'completed_at', 'error'),
    description='A deletion request. Unset optional keys are absent, not null.')

# ----- account
S['MeLimits'] = robj({
    'org_id': ref('OrgId'),
    'plan': d({'type': 'string', 'enum': ['free', 'pro', 'business', 'enterprise']},
              'User-facing plan name: tier agent_pro is reported as "pro".'),
    'limits': robj({'emails_per_hour': COUNT, 'emails_per_day': COUNT, 'inboxes': NCOUNT, 'domains': NCOUNT}),
    'usage': robj({'emails_sent_today': COUNT, 'inboxes_count': COUNT}),
    'rate_limit_windows': robj({
        'hourly_resets_at': d(TS, 'Start of the next UTC hour.'),
        'daily_resets_at': d(TS, 'Next UTC midnight.'),
    }),
})
S['FeedbackReceipt'] = robj({
    'id': hexid(24),
    'type': {'type': 'string', 'enum': ['error', 'feature', 'signal']},
    'status': {'type': 'string', 'const': 'received'},
    'created_at': TS,
})
S['CreditBalance'] = robj({'balance': {'type': 'number'}, 'lifetime_credits': {'type': 'number'},
                           'lifetime_used': {'type': 'number'}},
                          description='SMS/voice credit balance (shape from Commune\'s own published contract).')
S['CreditBundle'] = robj({
    'id': {'type': 'string', 'enum': ['starter', 'growth', 'scale']},
    'credits': COUNT,
    'price': d({'type': 'number', 'minimum': 0}, 'USD.'),
    'price_per_credit': d({'type': 'string', 'pattern': r'^\d+\.\d{4}$'}, 'price / credits with 4 decimals.'),
})
S['CreditCheckout'] = robj({'checkout_url': {'type': 'string', 'format': 'uri'},
                            'bundle': {'type': 'string', 'enum': ['starter', 'growth', 'scale']},
                            'credits': COUNT, 'price': {'type': 'number'}})

# ----- push payloads (not HTTP responses of this API; documented here for receivers and tests)
S['WebhookPayload'] = robj({
    'domainId': STR,
    'inboxId': ref('InboxId'),
    'inboxAddress': STR,
    'event': robj({'type': {'type': 'string', 'const': 'email.received'},
                   'data': robj({'email_id': STR})}),
    'email': robj({
        'id': STR,
        'message_id': STR,
        'from': d(STR, 'Bare sender address.'),
        'to': STRLIST,
        'subject': STR,
        'text': STR,
        'html': STR,
        'headers': {'description': 'Received header fields, lower-case names.', 'type': 'object',
                    'additionalProperties': STR},
        'created_at': TS,
    }, optional=('id', 'html')),
    'message': message_schema(False, 'The stored inbound message, without orgId.'),
    'extractedData': open_obj('Present when the inbox has an enabled extraction schema.'),
    'attachments': {'type': 'array', 'items': robj({'attachment_id': ref('AttachmentId'), 'filename': STR,
                                                    'mime_type': STR, 'size': COUNT})},
    'security': robj({
        'spam': robj({'checked': BOOL, 'score': {'type': 'number'}, 'action': STR, 'flagged': BOOL}),
        'prompt_injection': robj({
            'checked': BOOL, 'detected': BOOL, 'risk_level': STR, 'confidence': {'type': 'number'},
            'summary': STR, 'model_checked': BOOL, 'model_provider': NSTR, 'model_version': NSTR,
            'model_score': {'type': ['number', 'null']}, 'model_error': NSTR, 'model_tier': NSTR,
            'model_allowed': {'type': ['boolean', 'null']}, 'fusion_score': {'type': ['number', 'null']},
            'fusion_version': NSTR, 'reason_codes': STRLIST, 'disagreement': {'type': ['boolean', 'null']},
        }, required=('checked', 'detected', 'risk_level')),
    }),
    'test': {'type': 'boolean', 'const': True},
}, optional=('extractedData', 'test'), description=(
    'Body of the POST a webhook receiver gets for inbound mail (not a response of this API). Headers: '
    '`x-commune-delivery-id: whd_...` (stable across retries), `x-commune-timestamp: <ms>` (new on every attempt), '
    '`x-commune-attempt: <n>`, and, only when the inbox webhook has a `secret`, `x-commune-signature: v1=<hex '
    'HMAC-SHA256(secret, "{timestamp}.{raw body}")>`. Up to 8 attempts, retried after 5, 30, 120, 600, 1800, 3600 '
    'and 7200 s, each +-25 % jitter. The /test call adds `test: true` and header `x-commune-test: true`.'))
S['StreamEmailReceived'] = robj({
    'type': {'type': 'string', 'const': 'email.received'},
    'inbox_id': ref('InboxId'),
    'inbox_address': STR,
    'thread_id': ref('ThreadId'),
    'message_id': STR,
    'subject': STR,
    'from': STR,
    'direction': {'type': 'string', 'const': 'inbound'},
    'created_at': TS,
}, description='`data` of an `event: email.received` frame of GET /v1/events/stream.')
S['StreamAck'] = robj({'connected': {'type': 'boolean', 'const': True}, 'org_id': ref('OrgId')},
                      description='`data` of the first frame, `event: connection.ack`.')

# ----- request bodies (open objects; see commune.md for which fields carry constraints and why)
EMAIL_OR_NAMED = {'anyOf': [{'type': 'string', 'format': 'email'},
                            {'type': 'string', 'pattern': r'^[^<>]*<[^<>@\s]+@[^<>@\s]+>$'}]}
ADDRESSES = {'anyOf': [EMAIL_OR_NAMED, {'type': 'array', 'items': EMAIL_OR_NAMED}]}
RECIPIENT = {'type': 'string', 'minLength': 1, 'maxLength': 320}
WEBHOOK_IN = qobj({
    'endpoint': {'type': 'string', 'format': 'uri'},
    'events': STRLIST,
    'secret': {'type': 'string'},
}, description='Inbox webhook. `events` is stored but every inbound email is delivered anyway.')


def untyped(text):
    """A field the real server checks itself, with its own message: described, not constrained."""
    return {'description': text + ' (Checked by the operation, not by the schema, to keep Commune\'s message.)'}


INBOX_FIELDS = {
    'local_part': d(STR, 'Required (or `localPart`); missing gives 400 "Missing required field: local_part".'),
    'localPart': d(STR, 'Alias of local_part.'),
    'name': d(STR, 'Sets displayName (unless one is given) and agent.name.'),
    'display_name': STR,
    'displayName': STR,
    'webhook': WEBHOOK_IN,
    'status': d(STR, 'Free text.'),
}
S['CreateInboxRequest'] = qobj(dict(INBOX_FIELDS, domain_id=d(STR, 'Domain to create on; default: the '
                                                               'organisation\'s first domain, else the shared one.'),
                                    domainId=d(STR, 'Alias of domain_id.')),
                               description='Only local_part is required.')
S['CreateDomainInboxRequest'] = qobj(INBOX_FIELDS, description='Only local_part is required.')
S['UpdateInboxRequest'] = qobj({
    'local_part': STR, 'localPart': STR, 'display_name': STR, 'displayName': STR,
    'agent': qobj({'name': STR}),
    'webhook': d(WEBHOOK_IN, 'Replaces the whole stored webhook (a missing secret is dropped).'),
    'status': STR,
}, description='Partial update: fields left out keep their value.')
S['ExtractionSchemaRequest'] = qobj({
    'name': untyped('Required.'),
    'schema': untyped('Required: a JSON object with `type: "object"` and `properties`.'),
    'description': STR,
    'enabled': d(BOOL, 'Default true.'),
})
S['CreateDomainRequest'] = qobj({
    'name': d(STR, 'Required; missing gives 400 "Missing required field: name".'),
    'region': d(STR, 'One of ' + ', '.join(REGIONS) + '; anything else silently becomes us-east-1.'),
})
S['ThreadStatusRequest'] = qobj({'status': untyped('Required: one of ' + ', '.join(THREAD_STATUSES) + '.')})
S['ThreadTagsRequest'] = qobj({'tags': untyped('Required: a non-empty array of strings.')})
S['AssignThreadRequest'] = qobj({'assigned_to': untyped('Required: a string, or null to unassign.')})
S['SendMessageRequest'] = qobj({
    'to': d({'anyOf': [RECIPIENT, {'type': 'array', 'minItems': 1, 'items': RECIPIENT}]},
            'One recipient or a non-empty list; each 1-320 characters, no address-format check.'),
    'subject': d({'type': 'string', 'minLength': 1, 'maxLength': 500}, 'CR and LF are stripped.'),
    'html': {'type': 'string', 'maxLength': 10000000},
    'text': {'type': 'string', 'maxLength': 10000000},
    'from': d(EMAIL_OR_NAMED, 'Sender; default: the inbox address with its display name.'),
    'cc': ADDRESSES,
    'bcc': ADDRESSES,
    'reply_to': d(STR, 'Default: `{local}+t<12 hex>@{domain}`, the thread routing address.'),
    'replyTo': d(STR, 'Alias of reply_to.'),
    'thread_id': d(STR, 'Reply in this thread (not checked for existence). With an earlier message in it, '
                        '"Re: " is prepended and In-Reply-To/References are set.'),
    'inbox_id': d(STR, 'Inbox to send from.'),
    'inboxId': d(STR, 'Alias of inbox_id; wins when both are given.'),
    'domain_id': d(STR, 'Domain to send from (`agent@<domain>` when no inbox is given).'),
    'domainId': d(STR, 'Alias of domain_id; wins when both are given.'),
    'attachments': d({'type': 'array', 'items': {'anyOf': [
        d(STR, 'An upload id from POST /v1/attachments/upload.'),
        qobj({'filename': STR, 'content': d(STR, 'Base64.'), 'content_type': STR}, required=['filename', 'content']),
    ]}}, 'Upload ids or inline files. Ids that name no upload of the organisation are skipped.'),
    'headers': {'type': 'object', 'additionalProperties': STR},
}, required=['to', 'subject'], description=(
    'Validated the way the real server\'s zod schema does (unknown keys are dropped). Neither html nor text is '
    'required.'))
S['UploadAttachmentRequest'] = qobj({
    'content': d(STR, 'Base64 (decoded leniently). Required.'),
    'filename': d(STR, 'Required.'),
    'mime_type': d(STR, 'Required (or mimeType).'),
    'mimeType': d(STR, 'Alias of mime_type.'),
}, description='All three fields are required; a missing one gives 400 '
               '"Missing required fields: content, filename, mime_type".')
S['WebhookTestRequest'] = qobj({
    'inbox_id': untyped('Required.'),
    'event_type': d(STR, 'Echoed in the result; default "message.received".'),
})
S['AgentRegisterRequest'] = qobj({
    'agentName': d(STR, 'Required.'),
    'agentPurpose': untyped('Required: 20-2000 characters, at least 3 words.'),
    'orgName': d(STR, 'Required.'),
    'orgSlug': untyped('Required: `[a-zA-Z0-9_-]+`, stored lower-cased; becomes the inbox local part.'),
    'publicKey': untyped('Required: raw 32-byte Ed25519 public key, standard base64 (`^[A-Za-z0-9+/]{43}=$`).'),
    'avatarUrl': untyped('Optional URL.'),
    'websiteUrl': untyped('Optional URL.'),
    'moltbookHandle': untyped('Optional, `^[a-zA-Z0-9_]{1,50}$`.'),
    'capabilities': untyped('Optional: at most 20 strings of at most 100 characters.'),
})
S['AgentVerifyRequest'] = qobj({
    'agentSignupToken': d(STR, 'Required: from agent-register.'),
    'challengeResponse': untyped('Required: `verb:count:marker` built from the challenge.'),
    'signature': untyped('Required: base64 Ed25519 signature of the challengeResponse string.'),
})
S['ClaimOwnershipRequest'] = qobj({'ownerEmail': untyped('Required: the owner\'s email address.')})
S['UpdateOrgRequest'] = qobj({'name': untyped('Required, non-blank.')})
S['CreateApiKeyRequest'] = qobj({
    'name': untyped('Required, non-blank.'),
    'permissions': untyped('Optional array of scope strings; default ["read","write"].'),
    'expiresIn': untyped('Optional: seconds, a positive number.'),
})
S['DeletionRequestRequest'] = qobj({
    'scope': untyped('Required: organization, inbox or messages.'),
    'inbox_id': untyped('Required when scope is inbox.'),
    'before': untyped('Optional ISO 8601 date.'),
})
S['ConfirmDeletionRequest'] = qobj({'confirmation_token': untyped('Required.')})
S['FeedbackRequest'] = qobj({
    'type': untyped('Required: error, feature or signal.'),
    'message': untyped('Required: 1-4000 characters.'),
    'context': untyped('Optional object.'),
})
S['CreditsCheckoutRequest'] = qobj({
    'bundle': untyped('Required: starter, growth or scale.'),
    'success_url': untyped('Optional URL.'),
    'cancel_url': untyped('Optional URL.'),
})
S['LegacySearchRequest'] = qobj({
    'query': untyped('Required.'),
    'filter': untyped('`{inboxIds: [id], domainId, phoneNumberId, fromNumber, toNumber}`; one is required. Only '
                      'the first inbox id is used.'),
    'options': untyped('`{limit}`: 1-100, default 20.'),
})

# ---------------------------------------------------------------- headers / parameters
def hdr(description, schema=None):
    return {'description': description, 'required': False, 'schema': schema or {'type': 'string'}}


SECS = {'type': 'integer', 'minimum': 0}
HEADERS = {
    'X-RateLimit-Limit-Hour': hdr('Emails allowed per hour for the tier (send only).', SECS),
    'X-RateLimit-Remaining-Hour': hdr('Emails left this hour, this request included.', SECS),
    'X-RateLimit-Reset-Hour': hdr('Unix seconds: now + 1 hour (Commune always answers now + window).', SECS),
    'X-RateLimit-Limit-Day': hdr('Allowed per day for the tier: emails on send, new inboxes on inbox create, new '
                                 'domains on domain create.', SECS),
    'X-RateLimit-Remaining-Day': hdr('Left in the 24 h window, this request included.', SECS),
    'X-RateLimit-Reset-Day': hdr('Unix seconds: now + 24 hours.', SECS),
    'RateLimit-Limit': hdr('Draft-6 header of the per-IP limiters on the agent auth routes and feedback.', SECS),
    'RateLimit-Remaining': hdr('Draft-6: requests left in the window.', SECS),
    'RateLimit-Reset': hdr('Draft-6: seconds until the window resets.', SECS),
    'RateLimit-Policy': hdr('Draft-6: `<limit>;w=<window seconds>`.'),
    'Retry-After': hdr('Seconds to wait. Sent with a sliding-window or per-IP 429; not with the burst limit, the '
                       'per-inbox daily limit or the warm-up limit.', SECS),
    'Idempotency-Replayed': hdr('"true" on a response replayed for a repeated Idempotency-Key.',
                                {'type': 'string', 'const': 'true'}),
    'X-Commune-Server-Time': hdr('Server clock in Unix milliseconds; on every response to an accepted '
                                 'agent-signed (Authorization: Agent) request.', {'type': 'string', 'pattern': r'^\d+$'}),
    'X-Sending-Health': hdr('Sending health of the organisation.',
                            {'type': 'string', 'enum': ['healthy', 'warning', 'throttled', 'paused']}),
    'X-Bounce-Rate': hdr('24 h bounce rate, 4 decimals.', {'type': 'string', 'pattern': r'^\d+\.\d{4}$'}),
    'X-Complaint-Rate': hdr('24 h complaint rate, 4 decimals.', {'type': 'string', 'pattern': r'^\d+\.\d{4}$'}),
    'X-Content-Warning': hdr('"gmail-clip" when the body is over 102400 bytes.', {'type': 'string', 'const': 'gmail-clip'}),
    'X-Content-Size': hdr('Body size in bytes, with X-Content-Warning.', {'type': 'string', 'pattern': r'^\d+$'}),
}


def qparam(name, description, required=False):
    return {'name': name, 'in': 'query', 'required': required, 'description': description,
            'schema': {'type': 'string'}}


def ppath(name, description):
    return {'name': name, 'in': 'path', 'required': True, 'description': description,
            'schema': {'type': 'string', 'minLength': 1}}


LENIENT = ' Parsed leniently, as the real server does: a value that is not a number gives the default.'
PARAMS = {
    'DomainIdPath': ppath('domainId', 'Domain id (a UUID; any other value is simply not found).'),
    'InboxIdPath': ppath('inboxId', 'Inbox id (a UUID; any other value is simply not found).'),
    'ThreadIdPath': ppath('threadId', 'Thread id, URL-encoded (inbound thread ids can contain `<`, `@`, `>`).'),
    'AttachmentIdPath': ppath('attachmentId', 'Attachment id.'),
    'DeliveryIdPath': ppath('deliveryId', 'Webhook delivery id (`whd_...`).'),
    'KeyIdPath': ppath('keyId', 'API key id (32 hex).'),
    'DeletionIdPath': ppath('id', 'Deletion request id (`del_...`).'),
    'ClaimTokenPath': ppath('token', 'Claim token (64 hex) from the claim email; any other length gives 400.'),
    'InboxIdQuery': qparam('inbox_id', 'Inbox filter.'),
    'DomainIdQuery': qparam('domain_id', 'Domain filter.'),
    'ThreadLimit': qparam('limit', 'Page size, 1-100, default 20; clamped.' + LENIENT),
    'ThreadCursor': qparam('cursor', 'next_cursor of the previous page: base64url JSON `{last_message_at, id}`. '
                                     'An undecodable cursor is ignored (first page).'),
    'ThreadOrder': qparam('order', '"desc" (default, newest activity first); any other value means ascending.'),
    'MessagesLimit': qparam('limit', '1-1000, default 50; clamped.' + LENIENT),
    'AscOrder': qparam('order', '"asc" (default) or "desc".'),
    'DescOrder': qparam('order', '"desc" (default) or "asc".'),
    'Before': qparam('before', 'Only messages with created_at before this ISO 8601 time (compared as strings).'),
    'After': qparam('after', 'Only messages with created_at after this ISO 8601 time (compared as strings).'),
    'Sender': qparam('sender', 'Only messages whose sender identity is this address.'),
    'SearchQuery': qparam('q', 'Search text (required; blank gives 400).'),
    'SearchLimit': qparam('limit', '1-100, default 20; clamped.' + LENIENT),
    'PhoneNumberId': qparam('phone_number_id', 'SMS filter of the real server; mailsim has no SMS and finds nothing.'),
    'FromNumber': qparam('from_number', 'SMS filter; mailsim finds nothing.'),
    'ToNumber': qparam('to_number', 'SMS filter; mailsim finds nothing.'),
    'ExpiresIn': qparam('expires_in', 'URL lifetime in seconds, default 3600.' + LENIENT),
    'InboxIdCamel': qparam('inboxId', 'Alias of inbox_id.'),
    'DomainIdCamel': qparam('domainId', 'Alias of domain_id.'),
    'Period': qparam('period', '`<n>d` or `<n>h` (hours round up to days); wins over days.'),
    'Days90': qparam('days', 'Window in days, default 7, at most 90.' + LENIENT),
    'MessageIdQuery': qparam('message_id', 'Events of one message.'),
    'EventType': qparam('event_type', 'One of ' + ', '.join(DELIVERY_EVENT_TYPES) + '.'),
    'Limit200': qparam('limit', 'Default 50, at most 200.' + LENIENT),
    'DeliveryStatus': qparam('status', 'One of ' + ', '.join(WEBHOOK_DELIVERY_STATUSES) + '.'),
    'Endpoint': qparam('endpoint', 'Only deliveries to this URL.'),
    'Limit100': qparam('limit', 'Default 50, at most 100.' + LENIENT),
    'Offset': qparam('offset', 'Deliveries to skip, default 0.' + LENIENT),
    'DmarcDomainId': qparam('domain_id', 'Domain the report belongs to (stored as our_domain_id).'),
    'DmarcDomain': qparam('domain', 'Domain name (required; compared lower-cased).'),
    'Days365': qparam('days', 'Window in days, default 30, at most 365.' + LENIENT),
    'StreamEvents': qparam('events', 'Comma-separated event types (email.received, email.sent, sms.received, '
                                     'sms.sent, sms.status_updated); unknown names are dropped; default all.'),
    'IdempotencyKey': {
        'name': 'Idempotency-Key', 'in': 'header', 'required': False,
        'description': (
            'Any string. The first 202 for a key is kept for the organisation for 24 hours; a later send with the '
            'same key gets that status and body again with `Idempotency-Replayed: true` and sends nothing. The body '
            'is not compared, and the check runs after the rate limits, so a replay still counts toward them.'),
        'schema': {'type': 'string'},
    },
}

# ---------------------------------------------------------------- named page/wrapper schemas
S['ThreadPage'] = robj({
    'data': {'type': 'array', 'items': ref('ThreadSummary')},
    'next_cursor': d({'type': ['string', 'null'], 'pattern': '^[A-Za-z0-9_-]+$'},
                     'Cursor of the next page (base64url, no padding), or null on the last page.'),
    'has_more': d(BOOL, 'next_cursor !== null.'),
}, description='A page of threads. The only cursor-paginated list of the API.')
S['DomainVerifyResult'] = robj({'object': {'type': 'string', 'const': 'domain'}, 'id': ref('DomainId')},
                               description='The sending provider\'s verify answer, passed through.')
S['WebhookDeliveryList'] = robj({'deliveries': {'type': 'array', 'items': ref('WebhookDelivery')},
                                 'total': d(COUNT, 'Matching deliveries across all pages.')},
                                description='No `data` envelope: webhook-delivery routes answer bare objects.')
S['DmarcSummaryResult'] = {'oneOf': [
    robj({'data': ref('DmarcSummary')}),
    robj({'data': {'type': 'null'}, 'message': {'type': 'string', 'const': 'No DMARC reports found for this period'}}),
], 'description': 'The summary, or `data: null` with a message when no report falls in the window.'}

# ---------------------------------------------------------------- error branches
def P(*msgs, patterns=(), why=''):
    return {'kind': 'plain', 'msgs': list(msgs), 'patterns': list(patterns), 'any': not msgs and not patterns,
            'why': why}


def C(*codes, why=''):
    return {'kind': 'code', 'codes': list(codes), 'why': why}


def R(name, why=''):
    return {'kind': 'ref', 'name': name, 'why': why}


def merge(branches):
    plain = [b for b in branches if b['kind'] == 'plain']
    codes = [b for b in branches if b['kind'] == 'code']
    refs = []
    for b in branches:
        if b['kind'] == 'ref' and b['name'] not in refs:
            refs.append(b['name'])
    out = []
    if plain:
        if any(b['any'] for b in plain):
            out.append(ref('PlainError'))
        else:
            msgs = [m for b in plain for m in b['msgs']]
            pats = [p for b in plain for p in b['patterns']]
            alts = ([{'enum': sorted(set(msgs), key=msgs.index)}] if msgs else []) + [{'pattern': p} for p in pats]
            pin = alts[0] if len(alts) == 1 else {'anyOf': alts}
            out.append({'allOf': [ref('PlainError'), {'properties': {'error': pin}}]})
    if codes:
        cs = [c for b in codes for c in b['codes']]
        out.append({'allOf': [ref('CodeError'), {'properties': {'error': {'enum': sorted(set(cs), key=cs.index)}}}]})
    out += [ref(n) for n in refs]
    return out[0] if len(out) == 1 else {'anyOf': out}


def explain(branches):
    lines = []
    for b in branches:
        if b['kind'] == 'plain':
            what = 'plain `{"error":"..."}`' if b['any'] else 'plain ' + ', '.join(
                [f'"{m}"' for m in b['msgs']] + [f'matching `{p}`' for p in b['patterns']])
        elif b['kind'] == 'code':
            what = 'code ' + ', '.join(f'`{c}`' for c in b['codes'])
        else:
            what = b['name']
        lines.append(f'- {what}' + (f': {b["why"]}' if b['why'] else ''))
    return '\n'.join(lines)


AUTH_400 = C('missing_timestamp_header', 'invalid_timestamp',
             why='an agent-signed request without a usable X-Commune-Timestamp')
AUTH_401 = [P('Missing Authorization header', 'Invalid or expired API key', why='no or bad API key'),
            C('invalid_authorization_format', 'invalid_signature',
              why='another scheme, or an agent signature that fails (unknown agent, bad signature, replayed '
                  'timestamp)'),
            R('TimestampOutOfRangeError', 'agent timestamp more than 60 s from the server clock')]
ANY_500 = [P(why='the operation failed (e.g. "Failed to list inboxes", "Authentication error")'),
           R('GlobalError', 'unexpected failure caught by the global handler')]

# ---------------------------------------------------------------- operations
OPS = []
RL_HOUR = ['X-RateLimit-Limit-Hour', 'X-RateLimit-Remaining-Hour', 'X-RateLimit-Reset-Hour']
RL_DAY = ['X-RateLimit-Limit-Day', 'X-RateLimit-Remaining-Day', 'X-RateLimit-Reset-Day']
DRAFT6 = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy']
SEND_INFO = ['X-Sending-Health', 'X-Bounce-Rate', 'X-Complaint-Rate', 'X-Content-Warning', 'X-Content-Size']


def op(method, path, opid, tag, summary, description, success, *, scope=None, errors=None, params=(), body=None,
       public=False, ownership=False, rate_headers=(), success_headers=(), security=None, scope_text=None):
    OPS.append(dict(method=method, path=path, operationId=opid, tag=tag, summary=summary, description=description,
                    success=success, scope=scope, errors=errors or {}, params=list(params), body=body, public=public,
                    ownership=ownership, rate_headers=list(rate_headers), success_headers=list(success_headers),
                    security=security, scope_text=scope_text))


def ok(status, desc, schema, media='application/json'):
    return {status: (desc, schema, media)}


def data_of(schema_name, array=False):
    inner = {'type': 'array', 'items': ref(schema_name)} if array else ref(schema_name)
    return robj({'data': inner})


def body(name, required=False, media=('application/json',)):
    return {'schema': name, 'required': required, 'media': list(media)}


def error_sets(o):
    errs = {}
    add = lambda status, *bs: errs.setdefault(status, []).extend(bs)
    if not o['public']:
        add('400', AUTH_400)
        add('401', *AUTH_401)
    if o['ownership']:
        add('401', P('Missing agent identity', 'Agent not found', why='the signing agent no longer exists'))
        add('403', R('OwnershipRequiredError', 'an agent-signed request by an unclaimed agent'))
    if o['scope']:
        add('403', R('PermissionError', f'the API key lacks {o["scope"]} (agent signatures skip scope checks)'))
    b = o['body']
    if b and 'application/json' in b['media']:
        add('400', R('ValidationError', 'the body breaks the send schema (zod rules)' if o['operationId'] == 'sendMessage'
                     else 'mailsim only: the body is not a JSON object, or a field breaks its declared type'))
    # express.json() runs before every route, bodiless ones included: a body sent as JSON that does not
    # parse, or one over the limit, fails there with the global handler's shape on any operation.
    add('400', R('GlobalError', 'a body sent as JSON is not valid JSON (parsed before any route, even one that takes no body)'))
    add('413', R('GlobalError', 'the body is larger than 10 MB'))
    for status, bs in o['errors'].items():
        add(status, *bs)
    add('500', *ANY_500)
    return errs


def headers_for(o, status):
    h = {}
    if status != '401':
        for n in o['rate_headers']:
            h[n] = href(n)
    if status == '429' and o['rate_headers']:
        h['Retry-After'] = href('Retry-After')
    if status.startswith('2'):
        for n in o['success_headers']:
            h[n] = href(n)
        if not o['public']:
            h['X-Commune-Server-Time'] = href('X-Commune-Server-Time')
    return h


def build_responses(o):
    out = {}
    for status, (desc, schema, media) in o['success'].items():
        r = {'description': desc}
        h = headers_for(o, status)
        if h:
            r['headers'] = h
        r['content'] = {media: {'schema': schema}}
        out[status] = r
    for status, bs in error_sets(o).items():
        r = {'description': explain(bs)}
        h = headers_for(o, status)
        if h:
            r['headers'] = h
        r['content'] = {'application/json': {'schema': merge(bs)}}
        out[status] = r
    return dict(sorted(out.items()))


DEV_FOREIGN = ('Deviation: resources of other organisations answer exactly like unknown ids (404, or an empty '
               'result where the real route never 404s); ')
DOMAIN_P = [pref('DomainIdPath')]
INBOX_P = [pref('DomainIdPath'), pref('InboxIdPath')]
THREAD_P = [pref('ThreadIdPath')]
NOT_FOUND_DOMAIN = P('Domain not found', why='no such domain, or one of another organisation')
NOT_FOUND_INBOX = P('Inbox not found', why='no such inbox on this domain for the organisation')
DUP_INBOX = P('An inbox with this local part already exists on this domain',
              why='mailsim only: the local part (compared case-insensitively) is taken on that domain')
OWNERSHIP_NOTE = ' Blocked (403 ownership_required) for an agent-signed request until the agent is claimed.'

# Domains
op('get', '/v1/domains', 'listDomains', 'Domains', 'List domains',
   'Custom domains of the calling organisation, each with its inboxes. The shared default domain belongs to no '
   'organisation and is not listed.',
   ok('200', 'The domains.', data_of('Domain', True)), scope='domains:read')
op('post', '/v1/domains', 'createDomain', 'Domains', 'Add a custom domain',
   'Registers `name` with the (simulated) sending provider and returns it with the DNS records to publish, in status '
   '"not_started". Checks run in this order: free tier (403 "Custom domains require a paid plan"), domain creation '
   'rate limit (429), scope, `name` present (400), tier cap on custom domains (403), then the provider (400 with '
   'its error object: invalid name, or a name already registered by any organisation). The rate-limit headers '
   'count domain creations per day.',
   ok('201', 'The new domain (without `inboxes`).', data_of('Domain')), scope='domains:write',
   body=body('CreateDomainRequest'), rate_headers=RL_DAY,
   errors={'400': [P('Missing required field: name', why='no `name`'),
                   R('ProviderError', 'the provider refused the name')],
           '403': [R('PlanDomainsError', 'the organisation is on the free tier'),
                   R('QuotaError', 'the tier\'s custom-domain cap is reached')],
           '429': [R('RateLimitError', '"Domain creation rate limit exceeded"')]})
op('get', '/v1/domains/{domainId}', 'getDomain', 'Domains', 'Get a domain',
   'One domain of the organisation, or the shared default domain.\n\n'
   'Deviation: for the shared default domain, `inboxes` holds only the calling organisation\'s inboxes; the real '
   'server lists every organisation\'s inboxes there because the ownerless domain passes its owner check.',
   ok('200', 'The domain.', data_of('Domain')), scope='domains:read', params=DOMAIN_P,
   errors={'404': [NOT_FOUND_DOMAIN]})
op('post', '/v1/domains/{domainId}/verify', 'verifyDomain', 'Domains', 'Verify a domain',
   'Asks the (simulated) provider to check the DNS records and passes its answer through. Takes no body. mailsim '
   'verifies by default: the domain and its records move to "verified"; the outcome can be set through the '
   '/_mailsim control plane. A provider refusal is a 400 with its error object.',
   ok('200', 'The provider\'s answer.', data_of('DomainVerifyResult')), scope='domains:write', params=DOMAIN_P,
   errors={'400': [R('ProviderError', 'the provider refused the check')], '404': [NOT_FOUND_DOMAIN]})
op('get', '/v1/domains/{domainId}/records', 'getDomainRecords', 'Domains', 'Get DNS records',
   'The DNS records of the domain, as the provider reports them now (each with its own status).',
   ok('200', 'The records.', data_of('DnsRecord', True)), scope='domains:read', params=DOMAIN_P,
   errors={'404': [NOT_FOUND_DOMAIN]})

# Inboxes
INBOX_CREATE_DEV = (
    'Deviation: a local part already used on that domain gives 409; the real server silently overwrites the existing '
    'inbox (even one of another organisation on the shared domain) and gives it a new id.')
op('post', '/v1/inboxes', 'createInbox', 'Inboxes', 'Create an inbox',
   'Creates an inbox on `domain_id`, else on the organisation\'s first custom domain, else on the shared default '
   'domain (no DNS needed). Checks run in this order: unclaimed agent (403), tier inbox cap (403), inbox creation '
   'rate limit (429; counted even when a later check fails), scope (403), `local_part` present (400), domain '
   'exists (404).' + OWNERSHIP_NOTE + '\n\n' + INBOX_CREATE_DEV + '\n\n' + DEV_FOREIGN +
   'a `domain_id` of another organisation gives 404 "Domain not found" where the real server answers 403 "Cannot '
   'create inbox on this domain".',
   ok('201', 'The new inbox with domain_id and domain_name.', data_of('InboxWithDomain')), scope='inboxes:write',
   ownership=True, body=body('CreateInboxRequest'), rate_headers=RL_DAY,
   errors={'400': [P('Missing required field: local_part', why='neither local_part nor localPart')],
           '403': [R('QuotaError', 'the tier\'s inbox cap is reached')],
           '404': [NOT_FOUND_DOMAIN], '409': [DUP_INBOX],
           '429': [R('RateLimitError', '"Inbox creation rate limit exceeded"')]})
op('get', '/v1/inboxes', 'listInboxes', 'Inboxes', 'List all inboxes',
   'Every inbox of the organisation across its custom domains and the shared default domain, each with domain_id '
   'and domain_name. Not paginated: `limit` and `cursor` (sent by the CLI) are ignored.',
   ok('200', 'The inboxes.', data_of('InboxWithDomain', True)), scope='inboxes:read')
op('get', '/v1/domains/{domainId}/inboxes', 'listDomainInboxes', 'Inboxes', 'List inboxes of a domain',
   'The organisation\'s inboxes on the domain. An unknown domain gives an empty list, not 404.',
   ok('200', 'The inboxes.', data_of('Inbox', True)), scope='inboxes:read', params=DOMAIN_P)
op('post', '/v1/domains/{domainId}/inboxes', 'createDomainInbox', 'Inboxes', 'Create an inbox on a domain',
   'Same as POST /v1/inboxes with the domain in the path; the answer has no domain_id/domain_name.' + OWNERSHIP_NOTE +
   '\n\n' + INBOX_CREATE_DEV + '\n\n' + DEV_FOREIGN + 'a domain of another organisation gives 404 "Domain not found" '
   'where the real server answers 403 "Cannot create inbox on this domain".',
   ok('201', 'The new inbox.', data_of('Inbox')), scope='inboxes:write', ownership=True, params=DOMAIN_P,
   body=body('CreateDomainInboxRequest'), rate_headers=RL_DAY,
   errors={'400': [P('Missing required field: local_part', why='neither local_part nor localPart')],
           '403': [R('QuotaError', 'the tier\'s inbox cap is reached')],
           '404': [NOT_FOUND_DOMAIN], '409': [DUP_INBOX],
           '429': [R('RateLimitError', '"Inbox creation rate limit exceeded"')]})
op('get', '/v1/domains/{domainId}/inboxes/{inboxId}', 'getInbox', 'Inboxes', 'Get an inbox',
   'One inbox. There is no GET /v1/inboxes/{id}. `webhook.secret` is returned in clear text.',
   ok('200', 'The inbox.', data_of('Inbox')), scope='inboxes:read', params=INBOX_P,
   errors={'404': [NOT_FOUND_INBOX]})
op('put', '/v1/domains/{domainId}/inboxes/{inboxId}', 'updateInbox', 'Inboxes', 'Update an inbox',
   'Partial update: local part, display name, agent, webhook (replaced as a whole: leave `secret` out and the old '
   'secret is gone) and status. An empty string for local_part keeps the old one.\n\n'
   'Deviation: renaming to a local part another inbox on the domain uses gives 409; the real server overwrites that '
   'inbox.',
   ok('200', 'The updated inbox.', data_of('Inbox')), scope='inboxes:write', params=INBOX_P,
   body=body('UpdateInboxRequest'), errors={'404': [NOT_FOUND_INBOX], '409': [DUP_INBOX]})
op('delete', '/v1/domains/{domainId}/inboxes/{inboxId}', 'deleteInbox', 'Inboxes', 'Delete an inbox',
   'Removes the inbox for good; its messages stay.\n\n' + DEV_FOREIGN + 'on the shared default domain the real '
   'server lets any organisation delete any inbox by id; mailsim answers 404 for another organisation\'s inbox.',
   ok('200', 'Deleted.', robj({'data': robj({'ok': {'type': 'boolean', 'const': True}})})), scope='inboxes:write',
   params=INBOX_P, errors={'404': [NOT_FOUND_INBOX]})
op('put', '/v1/domains/{domainId}/inboxes/{inboxId}/extraction-schema', 'setExtractionSchema', 'Inboxes',
   'Set the extraction schema',
   'Turns on structured extraction for inbound mail to the inbox: each inbound message then gets '
   '`metadata.extracted_data`, valid against `schema`, also sent as `extractedData` in the webhook. mailsim fills it '
   'with a deterministic local extractor (patterns, enums, booleans, names from headers), replaceable by a user '
   'function in its config; no LLM is called. Checks: scope, plan feature structuredExtraction (403), name and '
   'schema present, schema a JSON object, schema `type: "object"` with `properties` (a schema mailsim cannot '
   'compile gets this last message too), then the inbox (404). `enabled` defaults to true.',
   ok('200', 'The inbox with extractionSchema.', data_of('Inbox')), scope='inboxes:write', params=INBOX_P,
   body=body('ExtractionSchemaRequest'),
   errors={'400': [P('Missing required fields: name and schema', 'Schema must be a valid JSON object',
                     'Schema must be a valid JSON Schema with type: "object" and properties',
                     why='name/schema missing, schema not an object, schema not an object schema')],
           '403': [R('PlanFeatureError', 'feature "structuredExtraction" (free tier)')],
           '404': [NOT_FOUND_INBOX]})
op('delete', '/v1/domains/{domainId}/inboxes/{inboxId}/extraction-schema', 'removeExtractionSchema', 'Inboxes',
   'Remove the extraction schema', 'Turns structured extraction off; the inbox comes back without extractionSchema.',
   ok('200', 'The inbox.', data_of('Inbox')), scope='inboxes:write', params=INBOX_P,
   errors={'404': [NOT_FOUND_INBOX]})

# Threads
op('get', '/v1/threads', 'listThreads', 'Threads', 'List threads',
   'Threads of an inbox or a domain (one of the two is required; both filters apply when both are given), by last '
   'activity, newest first unless `order` says otherwise. Keyset pagination on (last_message_at, thread_id): pass '
   '`next_cursor` back as `cursor`; the cursor does not carry `order`.',
   ok('200', 'A page of threads.', ref('ThreadPage')), scope='threads:read',
   params=[pref('InboxIdQuery'), pref('DomainIdQuery'), pref('ThreadLimit'), pref('ThreadCursor'), pref('ThreadOrder')],
   errors={'400': [P('Missing required query parameter: inbox_id or domain_id', why='no filter')]})
op('get', '/v1/threads/{threadId}/messages', 'getThreadMessages', 'Threads', 'Get the messages of a thread',
   'Messages whose thread_id is the given id (oldest first by default); if none has it, the message whose '
   'message_id is that id. An unknown thread gives an empty list.',
   ok('200', 'The messages.', data_of('Message', True)), scope='threads:read',
   params=THREAD_P + [pref('MessagesLimit'), pref('AscOrder')])
op('get', '/v1/threads/{threadId}/metadata', 'getThreadMetadata', 'Threads', 'Get thread triage state',
   'Tags, status and assignee of the thread for the organisation (defaults when never set).',
   ok('200', 'The triage state.', data_of('ThreadMetadata')), scope='threads:read', params=THREAD_P)
op('put', '/v1/threads/{threadId}/status', 'setThreadStatus', 'Threads', 'Set thread status',
   'Sets the status (creating the triage state if needed).',
   ok('200', 'The triage state.', data_of('ThreadMetadata')), scope='threads:write', params=THREAD_P,
   body=body('ThreadStatusRequest'),
   errors={'400': [P('Invalid status. Must be one of: open, needs_reply, waiting, closed', why='missing or other')]})
op('post', '/v1/threads/{threadId}/tags', 'addThreadTags', 'Threads', 'Add thread tags',
   'Adds tags as a set union: existing tags stay, duplicates are not added.',
   ok('200', 'The triage state.', data_of('ThreadMetadata')), scope='threads:write', params=THREAD_P,
   body=body('ThreadTagsRequest'),
   errors={'400': [P('tags must be a non-empty array of strings', why='tags missing, empty or not an array')]})
op('delete', '/v1/threads/{threadId}/tags', 'removeThreadTags', 'Threads', 'Remove thread tags',
   'Removes the given tags (a DELETE with a JSON body); absent tags are ignored. A thread without triage state '
   'answers the defaults without assigned_to.',
   ok('200', 'The triage state.', data_of('ThreadMetadata')), scope='threads:write', params=THREAD_P,
   body=body('ThreadTagsRequest'),
   errors={'400': [P('tags must be a non-empty array of strings', why='tags missing, empty or not an array')]})
op('put', '/v1/threads/{threadId}/assign', 'assignThread', 'Threads', 'Assign or unassign a thread',
   'Sets `assigned_to` to a string, or clears it with `null` (that is how a thread is unassigned; there is no '
   'separate route). `assigned_to` must be present.',
   ok('200', 'The triage state.', data_of('ThreadMetadata')), scope='threads:write', params=THREAD_P,
   body=body('AssignThreadRequest'),
   errors={'400': [P('assigned_to must be a string or null', why='missing, or neither a string nor null')]})

# Messages
op('post', '/v1/messages/send', 'sendMessage', 'Messages', 'Send an email',
   'Queues an email and answers 202 at once; delivery, recipient validation and suppression happen afterwards '
   'and are never reported to the caller (watch /v1/delivery/*). The sender is `from` (re-wrapped with the inbox '
   'display name when inbox_id is also given), else the inbox address with its display name, else '
   '`agent@<domain>` for domain_id alone. Without `reply_to`, Reply-To is the thread routing address '
   '`{local}+t<12 hex>@{domain}` so replies land in the thread. A self-BCC copy goes to the sender.\n\n'
   'Checks run in this order: unclaimed agent, sending health (403), domain warm-up (429), hourly, daily and burst '
   'limits (429), more than 50 recipients or spam content (400), scope (403), the body schema (400 with details), '
   'the per-inbox daily limit (429). Rejected requests still count toward the hourly, daily and burst limits. '
   'Idempotency-Key replays run after all of these.' + OWNERSHIP_NOTE + '\n\n' + DEV_FOREIGN +
   'an `inbox_id`/`domain_id` that is unknown or belongs to another organisation gives 404 "Inbox not found" / '
   '"Domain not found"; the real server accepts it and sends from its default address or from that other '
   'organisation\'s inbox. Upload ids of other organisations in `attachments` are skipped like unknown ids.',
   ok('202', 'Queued.', data_of('SendResult')), scope='messages:write', ownership=True,
   body=body('SendMessageRequest', required=True), params=[pref('IdempotencyKey')],
   rate_headers=RL_HOUR + RL_DAY, success_headers=['Idempotency-Replayed'] + SEND_INFO,
   errors={'400': [R('TooManyRecipientsError', 'more than 50 recipients'),
                   R('SpamFlaggedError', 'content scored as spam')],
           '403': [R('SendingPausedError', 'sending paused by bounce/complaint health')],
           '404': [P('Inbox not found', 'Domain not found', why='mailsim only, see Deviation')],
           '429': [R('RateLimitError', '"Hourly email rate limit exceeded" or "Daily email rate limit exceeded"'),
                   R('BurstLimitError', 'burst limit'), R('WarmupLimitError', 'domain warm-up cap'),
                   R('InboxDailyLimitError', 'per-inbox daily cap')]})
op('get', '/v1/messages', 'listMessages', 'Messages', 'List messages',
   'Messages matching one filter: inbox_id, else domain_id, else sender (in that precedence when several are '
   'given). Newest first by default; no cursor.',
   ok('200', 'The messages.', data_of('Message', True)), scope='messages:read',
   params=[pref('InboxIdQuery'), pref('DomainIdQuery'), pref('Sender'), pref('MessagesLimit'), pref('DescOrder'),
           pref('Before'), pref('After')],
   errors={'400': [P('Provide at least one filter: sender, domain_id, or inbox_id', why='no filter')]})

# Search
SEARCH_GATE = [R('PlanFeatureError', 'feature "semanticSearch" (free tier); checked before the scope')]
op('get', '/v1/search/threads', 'searchThreads', 'Search', 'Search threads',
   'Full-text search over the subjects, senders and bodies of the organisation\'s messages in an inbox or domain, '
   'one result per thread with a relevance score.\n\n'
   'mailsim runs SQLite FTS5 keyword search (bm25 ranking) and reports it honestly as `search_type: "keyword"`. '
   'The real server answers "vector" when its embedding index is configured and "regex" for its substring '
   'fallback; mailsim never claims either. The SMS filters are accepted and match nothing.',
   ok('200', 'Matching threads.', ref('SearchResults')), scope='threads:read',
   params=[pref('SearchQuery'), pref('InboxIdQuery'), pref('DomainIdQuery'), pref('PhoneNumberId'),
           pref('FromNumber'), pref('ToNumber'), pref('SearchLimit')],
   errors={'400': [P('Missing required query parameter: q',
                     'At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number',
                     why='no q, or no filter')],
           '403': SEARCH_GATE})
op('post', '/v1/search', 'searchLegacy', 'Search', 'Search (deprecated)',
   'Compatibility route of old SDKs: the same search as GET /v1/search/threads, with the filter in the body, and '
   'the answer without `search_type`. mailsim returns keyword hits.',
   ok('200', 'Matching threads.', robj({'data': {'type': 'array', 'items': {'anyOf': [
       ref('KeywordSearchHit'), ref('VectorSearchHit'), ref('RegexSearchHit')]}}})), scope='threads:read',
   body=body('LegacySearchRequest'),
   errors={'400': [P('Missing required field: query',
                     'At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber',
                     why='no query, or no filter')],
           '403': SEARCH_GATE})
for path, opid, summary in (('/v1/search/index', 'indexSearchDocument', 'Index a document (deprecated no-op)'),
                            ('/v1/search/index/batch', 'indexSearchBatch', 'Index documents (deprecated no-op)')):
    op('post', path, opid, 'Search', summary,
       'Compatibility no-op: indexing is automatic. Any JSON body is accepted and ignored. Only the plan gate '
       'applies (no scope check).',
       ok('200', 'Nothing was done.', robj({'data': robj({'success': {'type': 'boolean', 'const': True}})})),
       body={'schema': None, 'required': False, 'media': ['application/json']},
       errors={'403': [R('PlanFeatureError', 'feature "semanticSearch" (free tier)')]})

# Attachments
op('post', '/v1/attachments/upload', 'uploadAttachment', 'Attachments', 'Upload an attachment',
   'Stores a base64 file for later use in send `attachments`. The content is decoded leniently (invalid '
   'characters are skipped) and counts toward the tier\'s attachment storage.',
   ok('201', 'The stored attachment.', data_of('UploadedAttachment')), scope='attachments:write',
   body=body('UploadAttachmentRequest'),
   errors={'400': [P('Missing required fields: content, filename, mime_type', why='one of the three is missing')],
           '413': [R('StorageQuotaError', 'the tier\'s storage would be exceeded')]})
ATT_DEV = (DEV_FOREIGN + 'the real server does not scope attachments to the organisation at all (any id is '
           'readable); mailsim answers 404 for another organisation\'s attachment.')
op('get', '/v1/attachments/{attachmentId}', 'getAttachment', 'Attachments', 'Get attachment metadata',
   'Metadata of an uploaded or inbound attachment, without its content.\n\n' + ATT_DEV,
   ok('200', 'The metadata.', data_of('AttachmentRecord')), scope='attachments:read',
   params=[pref('AttachmentIdPath')], errors={'404': [P('Attachment not found')]})
op('get', '/v1/attachments/{attachmentId}/url', 'getAttachmentUrl', 'Attachments', 'Get a download URL',
   'A temporary URL for the content. mailsim serves the URL itself (on its own port) and it stops working after '
   '`expires_in` seconds of engine time.\n\n' + ATT_DEV,
   ok('200', 'The URL.', data_of('AttachmentUrl')), scope='attachments:read',
   params=[pref('AttachmentIdPath'), pref('ExpiresIn')],
   errors={'400': [P('Attachment has no accessible content', why='real server only: storage lost the content')],
           '404': [P('Attachment not found')]})

# Delivery
DELIVERY_DEV = (DEV_FOREIGN + 'the real delivery routes do not check that the inbox, domain or message belongs to the '
                'caller; mailsim only ever counts or lists the calling organisation\'s own data, so another '
                'organisation\'s id gives zeros or an empty list.')
op('get', '/v1/delivery/metrics', 'getDeliveryMetrics', 'Delivery', 'Get delivery metrics',
   'Sent, delivered, bounced, complained, failed and suppressed counts with rates for an inbox or domain over the '
   'last `days` (or `period`), fed by mailsim\'s mail plane and its bounce/complaint simulation.\n\n' + DELIVERY_DEV,
   ok('200', 'The metrics.', data_of('DeliveryMetrics')), scope='messages:read',
   params=[pref('InboxIdQuery'), pref('InboxIdCamel'), pref('DomainIdQuery'), pref('DomainIdCamel'), pref('Period'),
           pref('Days90')],
   errors={'400': [P('inbox_id or domain_id query parameter is required', why='no filter')]})
op('get', '/v1/delivery/events', 'listDeliveryEvents', 'Delivery', 'List delivery events',
   'Delivery events (sent, delivered, bounced, complained, ...) newest first. `message_id` matches both the stored '
   'message id and the `msg_` id send returned.\n\n' + DELIVERY_DEV,
   ok('200', 'The events.', data_of('DeliveryEvent', True)), scope='messages:read',
   params=[pref('InboxIdQuery'), pref('InboxIdCamel'), pref('DomainIdQuery'), pref('DomainIdCamel'),
           pref('MessageIdQuery'), qparam('messageId', 'Alias of message_id.'), pref('EventType'),
           qparam('eventType', 'Alias of event_type.'), pref('Limit200')],
   errors={'400': [P('Provide at least one of: inbox_id, domain_id, message_id', why='no filter')]})
op('get', '/v1/delivery/suppressions', 'listSuppressions', 'Delivery', 'List suppressed addresses',
   'Addresses that bounced hard or complained, which sends skip. Read-only: there is no v1 route to add or remove '
   'one.\n\n' + DELIVERY_DEV,
   ok('200', 'The suppressions.', data_of('Suppression', True)), scope='messages:read',
   params=[pref('InboxIdQuery'), pref('InboxIdCamel'), pref('DomainIdQuery'), pref('DomainIdCamel'),
           pref('Limit200')],
   errors={'400': [P('inbox_id or domain_id query parameter is required', why='no filter')]})

# Webhook deliveries
NO_ENV = ' No `data` envelope.'
op('get', '/v1/webhooks/deliveries', 'listWebhookDeliveries', 'Webhooks', 'List webhook deliveries',
   'Inbound-mail webhook deliveries of the organisation, newest first, read from mailsim\'s delivery log.' + NO_ENV,
   ok('200', 'A page of deliveries.', ref('WebhookDeliveryList')), scope='messages:read',
   params=[pref('InboxIdQuery'), pref('DeliveryStatus'), pref('Endpoint'), pref('Limit100'), pref('Offset')])
op('get', '/v1/webhooks/deliveries/{deliveryId}', 'getWebhookDelivery', 'Webhooks', 'Get a webhook delivery',
   'One delivery with its attempt history.' + NO_ENV,
   ok('200', 'The delivery.', robj({'delivery': ref('WebhookDeliveryDetail')})), scope='messages:read',
   params=[pref('DeliveryIdPath')], errors={'404': [P('Delivery not found')]})
op('post', '/v1/webhooks/deliveries/{deliveryId}/retry', 'retryWebhookDelivery', 'Webhooks',
   'Retry a webhook delivery',
   'Requeues a "dead" or "retrying" delivery for an attempt now. Its attempt count is already at the maximum, so '
   'one more failure makes it dead again.' + NO_ENV,
   ok('200', 'Requeued.', robj({'ok': {'type': 'boolean', 'const': True},
                                'message': {'type': 'string', 'const': 'Delivery queued for retry'}})),
   scope='messages:write', params=[pref('DeliveryIdPath')],
   errors={'400': [P('Delivery already succeeded', 'Failed to requeue delivery', why='delivered, or pending')],
           '404': [P('Delivery not found')]})
op('get', '/v1/webhooks/health', 'getWebhookHealth', 'Webhooks', 'Get webhook endpoint health',
   'Per-endpoint success rate and latency over the last 24 hours, and all-time totals by status.' + NO_ENV,
   ok('200', 'The health report.', ref('WebhookHealth')), scope='messages:read')
op('post', '/v1/webhooks/test', 'testWebhook', 'Webhooks', 'Send a test webhook',
   'POSTs a synthetic inbound-mail payload (`test: true`, header `x-commune-test: true`, delivery id '
   '`test_<16 hex>`, signed when the inbox webhook has a secret) to the inbox\'s webhook endpoint and reports the '
   'outcome. Not recorded as a delivery.\n\n'
   'Deviation: the real server only accepts https URLs with public hosts here; mailsim also accepts http and '
   'loopback or private hosts, because a local receiver is what an emulator user points webhooks at.',
   ok('200', 'The outcome.', data_of('WebhookTestResult')), scope='messages:write', body=body('WebhookTestRequest'),
   errors={'400': [P('Missing required field: inbox_id', 'No webhook URL configured for this inbox',
                     'Invalid webhook URL. Only HTTPS URLs with public hostnames are allowed.',
                     why='no inbox_id, no endpoint, or (mailsim) an endpoint that is not an http(s) URL')],
           '404': [NOT_FOUND_INBOX]})

# DMARC
op('post', '/v1/dmarc/reports', 'submitDmarcReport', 'DMARC', 'Submit a DMARC aggregate report',
   'Parses an aggregate report sent as the raw body: XML, or gzip-compressed XML (detected from its bytes whatever '
   'the Content-Type). Zip archives are not unpacked: they fail to parse, as on the real server. Posting the same '
   'report id for the same domain again replaces it.\n\n'
   'Deviation: reports belong to the organisation that posted them, and the domain is stored lower-cased; the real '
   'server upserts on (report_id, domain) across organisations, so one organisation\'s post can overwrite '
   'another\'s, and it stores the domain as written but lists by the lower-cased name, so a mixed-case report is '
   'never listed.',
   ok('200', 'A summary of the stored report.', data_of('DmarcSubmitResult')), scope='domains:write',
   params=[pref('DmarcDomainId')],
   body=body({'type': 'string', 'format': 'binary'}, required=False,
             media=('application/xml', 'text/xml', 'application/gzip', 'application/zip', 'application/octet-stream')),
   errors={'400': [P('Failed to parse DMARC report', why='no <feedback> document (an empty body included)'),
                   R('ValidationError', 'mailsim only: a Content-Type the operation does not take, e.g. text/plain (the real '
                     'server fails that with a 500)'),
                   R('GlobalError', 'a body declared application/json that is not valid JSON')]})
op('get', '/v1/dmarc/reports', 'listDmarcReports', 'DMARC', 'List DMARC reports',
   'Stored reports for a domain name, newest first, without their raw XML.',
   ok('200', 'The reports.', data_of('DmarcReport', True)), scope='domains:read',
   params=[pref('DmarcDomain'), pref('Limit200')],
   errors={'400': [P('domain query parameter is required', why='no domain')]})
op('get', '/v1/dmarc/summary', 'getDmarcSummary', 'DMARC', 'Get a DMARC summary',
   'Pass/fail totals, DKIM and SPF passes and the top ten sources over the last `days`.',
   ok('200', 'The summary, or data null.', ref('DmarcSummaryResult')), scope='domains:read',
   params=[pref('DmarcDomain'), pref('Days365')],
   errors={'400': [P('domain query parameter is required', why='no domain')]})

# Agent self-service
AGENT_NOTE = ' No scope check (any valid key or agent signature) and no `data` envelope.'
op('get', '/v1/agent/org', 'getAgentOrg', 'Agent', 'Get the organisation',
   'The calling organisation.' + AGENT_NOTE, ok('200', 'The organisation.', robj({'org': ref('Org')})))
op('patch', '/v1/agent/org', 'updateAgentOrg', 'Agent', 'Rename the organisation',
   'Changes the organisation name (trimmed). The slug cannot be changed.' + AGENT_NOTE,
   ok('200', 'The organisation.', robj({'org': ref('Org')})), body=body('UpdateOrgRequest'),
   errors={'400': [C('missing_fields', why='name missing, blank or not a string')]})
op('get', '/v1/agent/api-keys', 'listApiKeys', 'Agent', 'List API keys',
   'Every key of the organisation, revoked ones included (status "inactive"), newest first.' + AGENT_NOTE,
   ok('200', 'The keys.', robj({'apiKeys': {'type': 'array', 'items': ref('ApiKey')}})))
op('post', '/v1/agent/api-keys', 'createApiKey', 'Agent', 'Create an API key',
   'Creates a `comm_` key with the given permissions (default ["read","write"]; any strings are accepted, and any '
   'valid key may mint keys with any permissions) and an optional lifetime. At most 10 active keys per '
   'organisation.' + OWNERSHIP_NOTE + AGENT_NOTE,
   ok('201', 'The new key, shown once.', ref('ApiKeyCreated')), ownership=True, body=body('CreateApiKeyRequest'),
   errors={'400': [C('missing_fields', 'invalid_permissions', 'invalid_expires_in',
                     why='name missing or blank, permissions not an array, expiresIn not a positive number')],
           '429': [C('api_key_limit_reached', why='10 active keys already')]})
op('delete', '/v1/agent/api-keys/{keyId}', 'revokeApiKey', 'Agent', 'Revoke an API key',
   'Marks the key "inactive"; it stops authenticating at once in mailsim (the real server\'s cache can keep it '
   'alive up to 60 s).' + AGENT_NOTE,
   ok('200', 'Revoked.', robj({'message': {'type': 'string', 'const': 'API key revoked'}})),
   params=[pref('KeyIdPath')],
   errors={'404': [P('API key not found', 'API key not found or already revoked',
                     why='unknown key or another organisation\'s; already inactive')]})
op('post', '/v1/agent/api-keys/{keyId}/rotate', 'rotateApiKey', 'Agent', 'Rotate an API key',
   'Replaces the key material of the same key record (same id, name and permissions); the old key stops working '
   'at once. A revoked key cannot be rotated.' + AGENT_NOTE,
   ok('200', 'The new key, shown once.', ref('ApiKeyRotated')), params=[pref('KeyIdPath')],
   errors={'404': [P('API key not found', 'API key not found or inactive',
                     why='unknown key or another organisation\'s; revoked or expired')]})
op('post', '/v1/agent/claim-ownership', 'claimOwnership', 'Agent', 'Ask an owner to claim the agent',
   'Agent signature only: an API key gets 400 agent_signing_required. Emails the owner a claim link '
   '(`/claim/<64 hex token>`, valid 24 h). mailsim really sends that email through its mail plane, and the claim '
   'token can also be read from the /_mailsim control plane. A second request within 5 minutes gets 429 '
   'claim_cooldown. Per-IP limit: 3 a day.',
   ok('200', 'The claim is pending.', ref('ClaimStarted')), body=body('ClaimOwnershipRequest'),
   rate_headers=DRAFT6, security=[{'AgentSignature': [], 'AgentTimestamp': []}],
   scope_text='Auth: agent signature only.',
   errors={'400': [C('agent_signing_required', 'missing_fields', 'invalid_email',
                     why='called with an API key; ownerEmail missing or not an email')],
           '409': [C('already_claimed', why='the agent already has an owner')],
           '429': [C('claim_cooldown', why='a claim email was sent less than 5 minutes ago'),
                   P(why='the per-IP limiter ("Too many ...")')],
           '502': [C('email_send_failed', why='the claim email could not be sent')]})

# Auth (public)
op('post', '/v1/auth/agent-register', 'agentRegister', 'Auth', 'Register an agent',
   'Step 1 of agent sign-up, no credentials: submits an Ed25519 public key and the agent\'s purpose, creates the '
   'organisation (the slug is taken from now on, even if verify never happens) and returns a signup token with a '
   'challenge. Answer the challenge as `verb:count:marker`: verb matches `^[a-z]{2,30}$`, count is the number of '
   'whitespace-separated words of the trimmed purpose with at least 5 ASCII letters once non-letters are removed, '
   'marker is the 16-hex epoch marker quoted in the text. Per-IP limit: 5 a day.\n\n'
   'Deviation: a slug that is already the local part of an inbox on the shared domain (another organisation\'s) '
   'is taken too (409 slug_exists), since it would become the agent\'s inbox address; the real server accepts it and '
   'overwrites that inbox at verify.',
   ok('201', 'The signup token and challenge.', ref('AgentRegistration')), public=True,
   body=body('AgentRegisterRequest'), rate_headers=DRAFT6,
   errors={'400': [C('missing_fields', 'invalid_agent_purpose', 'invalid_public_key', 'invalid_org_slug',
                     'invalid_avatar_url', 'invalid_website_url', 'invalid_moltbook_handle', 'invalid_capabilities',
                     why='the field checks, in that order')],
           '409': [C('slug_exists', why='orgSlug is taken (by an organisation, or by an inbox on the shared domain)')],
           '429': [P('Too many registration attempts. Try again tomorrow.', why='per-IP limit')],
           '500': [C('registration_failed')]})
op('post', '/v1/auth/agent-verify', 'agentVerify', 'Auth', 'Verify an agent',
   'Step 2: checks the challenge response and the Ed25519 signature over that response string (not over the '
   'challenge text), activates the agent and creates its inbox `{orgSlug}@{shared domain}`. The agent then signs '
   'requests with `Authorization: Agent {agentId}:{base64 signature of "{agentId}:{timestampMs}"}` and '
   '`X-Commune-Timestamp: {timestampMs}`. It stays "unclaimed" (no sending, no new inboxes, no keys) until an owner '
   'claims it. Per-IP limit: 10 per 15 minutes.',
   ok('200', 'The agent identity.', ref('AgentVerification')), public=True, body=body('AgentVerifyRequest'),
   rate_headers=DRAFT6,
   errors={'400': [C('missing_fields', 'invalid_challenge_response', 'invalid_signature_format',
                     why='a field missing; wrong challenge response (message "Challenge response invalid: '
                         '<reason>"); signature not a string')],
           '401': [C('invalid_token', 'invalid_signature', why='unknown or expired (15 min) token; bad signature')],
           '429': [P('Too many verification attempts.', why='per-IP limit')],
           '500': [C('verification_failed')]})
op('get', '/v1/auth/claim/{token}', 'getClaimDetails', 'Auth', 'Read a claim link',
   'What the owner sees before accepting. The token is the credential.',
   ok('200', 'The claim.', ref('ClaimDetails')), public=True, params=[pref('ClaimTokenPath')],
   errors={'400': [C('invalid_token', why='not 64 characters')],
           '404': [C('not_found', why='unknown or expired token')]})
op('post', '/v1/auth/claim/{token}/accept', 'acceptClaim', 'Auth', 'Accept a claim',
   'The owner accepts: the agent becomes "claimed" and may send, create inboxes and create keys.',
   ok('200', 'Claimed.', ref('ClaimAccepted')), public=True, params=[pref('ClaimTokenPath')],
   errors={'400': [C('invalid_token', why='not 64 characters')], '404': [C('not_found', why='unknown token')],
           '410': [C('expired', why='the 24 h claim window has passed')]})

# Data deletion
DATA_NOTE = ' No `data` envelope.'
op('post', '/v1/data/deletion-request', 'previewDataDeletion', 'Data', 'Request a data deletion',
   'Creates a pending request with a preview of what would be deleted and a confirmation token valid one hour. '
   'Needs an API key with the literal permission "admin" or "data:delete" (read/write keys get 403; agent '
   'signatures pass). One active request (pending, confirmed or executing) at a time.\n\n'
   'Deviation: a request past its confirm_by reads as "expired" and no longer blocks a new one; on the real server '
   'it stays "pending" (and blocks) until someone tries to confirm it. An inbox_id that is not one of the '
   'organisation\'s inboxes gets 400 "Inbox not found", and with scope "messages" a given inbox_id limits the '
   'deletion to that inbox; the real server accepts any id (previewing zero) and ignores it with scope "messages", '
   'deleting the matching messages of every inbox. `before` is kept as an ISO 8601 time.' + DATA_NOTE,
   ok('201', 'The request, with its token.', ref('DeletionRequestCreated')), body=body('DeletionRequestRequest'),
   scope_text='Permission: API keys need the literal `admin` or `data:delete`; agent signatures pass.',
   errors={'400': [P('Invalid scope. Must be one of: organization, inbox, messages',
                     'inbox_id is required for inbox-scoped deletion', 'Invalid "before" date format. Use ISO 8601.',
                     'Inbox not found',
                     why='bad scope, missing inbox_id, bad date, an inbox_id that is not the organisation\'s')],
           '403': [P('Insufficient permissions. API key requires "admin" or "data:delete" permission.')],
           '409': [P(patterns=['active deletion request already exists'], why='another request is active')]})
op('post', '/v1/data/deletion-request/{id}/confirm', 'confirmDataDeletion', 'Data', 'Confirm a data deletion',
   'Executes a pending request with its confirmation token and answers when it is done.' + DATA_NOTE,
   ok('200', 'The completed request.', ref('DeletionRequestConfirmed')), params=[pref('DeletionIdPath')],
   body=body('ConfirmDeletionRequest'),
   errors={'400': [P('confirmation_token is required', patterns=['^Deletion request is [a-z]+, cannot confirm$',
                                                                   '^Deletion failed: '],
                     why='no token; request not pending; execution failed')],
           '403': [P('Invalid confirmation token')],
           '404': [P('Deletion request not found', why='unknown, or another organisation\'s')],
           '410': [P(patterns=['expired'], why='past confirm_by; the request becomes "expired"')]})
op('get', '/v1/data/deletion-request/{id}', 'getDataDeletionStatus', 'Data', 'Get a data deletion request',
   'Status of a request of the organisation.' + DATA_NOTE,
   ok('200', 'The request.', ref('DeletionRequest')), params=[pref('DeletionIdPath')],
   errors={'404': [P('Deletion request not found', why='unknown, or another organisation\'s')]})

# Account and misc
op('get', '/v1/me/limits', 'getMeLimits', 'Account', 'Get plan limits and usage',
   'The organisation\'s plan, its limits (null = unlimited) and today\'s usage. No scope check.',
   ok('200', 'Limits and usage.', data_of('MeLimits')))
op('post', '/v1/feedback', 'submitFeedback', 'Account', 'Send feedback',
   'Stores a feedback note for the Commune team. No scope check. Per-organisation limit: 10 a minute.',
   ok('201', 'Received.', data_of('FeedbackReceipt')), body=body('FeedbackRequest'), rate_headers=DRAFT6,
   errors={'400': [P('Invalid request body', why='type, message or context invalid')],
           '429': [P(why='the per-organisation limiter')]})
op('get', '/v1/credits', 'getCredits', 'Account', 'Get the credit balance',
   'SMS/voice credit balance. mailsim has no SMS; the balance is 0 unless set through the control plane. No scope '
   'check.', ok('200', 'The balance.', data_of('CreditBalance')))
op('get', '/v1/credits/bundles', 'listCreditBundles', 'Account', 'List credit bundles',
   'The purchasable bundles (starter, growth, scale). No scope check.',
   ok('200', 'The bundles.', data_of('CreditBundle', True)))
op('post', '/v1/credits/checkout', 'createCreditsCheckout', 'Account', 'Buy credits',
   'Would open a payment checkout. mailsim has no payment provider, so a valid request always gets the real '
   'server\'s answer for unconfigured bundles: 503 credit_bundles_not_configured. No scope check.',
   ok('200', 'A checkout URL (real server only).', data_of('CreditCheckout')), body=body('CreditsCheckoutRequest'),
   errors={'400': [R('FlattenedValidationError', 'bundle missing or unknown, or a URL invalid')],
           '503': [C('credit_bundles_not_configured', why='no payment provider')]})
op('get', '/v1/events/stream', 'streamEvents', 'Events', 'Stream events (SSE)',
   'A Server-Sent Events stream for the organisation. The first frame is `event: connection.ack` with data '
   '`{"connected":true,"org_id":"..."}` (StreamAck); then one `event: email.received` frame per inbound email '
   '(data: StreamEmailReceived), and a `: heartbeat` comment every 30 s. No scope check.\n\n'
   'Deviation: mailsim emits the email.received frames Commune intends; the real server, as written, delivers '
   'only the ack and heartbeats (its publisher and this stream disagree on the event shape). email.sent and the SMS '
   'events are accepted as filters but never emitted.',
   ok('200', 'The event stream.', {'type': 'string', 'description': 'SSE frames (see the operation description).'},
      media='text/event-stream'),
   params=[pref('StreamEvents'), pref('InboxIdQuery'), pref('PhoneNumberId')],
   errors={'400': [P(patterns=['^No valid event types specified'], why='`events` names no known type')],
           '503': [P('Event stream unavailable: Redis not configured', why='real server only')]})

# ---------------------------------------------------------------- assemble
def request_body(b):
    s = b['schema']
    schema = ref(s) if isinstance(s, str) else (s if s is not None else {'description': 'Any JSON; ignored.'})
    return {'required': b['required'], 'content': {m: {'schema': copy.deepcopy(schema)} for m in b['media']}}


def scope_line(o):
    if o['scope_text']:
        return o['scope_text']
    if o['public']:
        return 'Auth: none (public).'
    if o['scope']:
        return f'Scope: `{o["scope"]}`.'
    return 'Scope: none.'


paths = {}
for o in OPS:
    m = {'operationId': o['operationId'], 'tags': [o['tag']], 'summary': o['summary'],
         'description': o['description'] + '\n\n' + scope_line(o)}
    if o['public']:
        m['security'] = []
    elif o['security'] is not None:
        m['security'] = o['security']
    if o['params']:
        m['parameters'] = o['params']
    if o['body']:
        m['requestBody'] = request_body(o['body'])
    m['responses'] = build_responses(o)
    paths.setdefault(o['path'], {})[o['method']] = m

INFO_DESC = (
    'Contract of the Commune email API for AI agents (api.commune.email), as emulated by mailsim. Written for mailsim '
    'from Commune\'s public server source, SDKs and docs; it is not Commune\'s own file. mailsim validates every '
    'request and response against it (JSON Schema 2020-12): response objects are closed '
    '(`additionalProperties: false`, except objects whose description starts with "Open object"), request bodies '
    'are open because Commune ignores unknown keys.\n\n'
    'Conventions. All routes are under /v1. Success bodies are wrapped as `{"data": ...}`, except /v1/agent/*, '
    '/v1/auth/*, /v1/data/* and the webhook-delivery routes (list, get, retry, health), which answer bare objects. '
    'API fields are snake_case (`thread_id`, `inbox_id`); stored inbox, domain, organisation and key objects keep '
    'their camelCase fields (`localPart`, `createdAt`, `keyPrefix`); agent-auth bodies are camelCase. Timestamps '
    'are ISO 8601 with milliseconds and `Z`; the agent and webhook timestamp headers are Unix milliseconds.\n\n'
    'Ids: inboxes and domains are UUIDs, sends `msg_` + 32 hex, new threads `thread_` + UUID, uploads 32 hex, '
    'webhook deliveries `whd_` + 20 hex, deletion requests `del_` + 20 hex, agents `agt_` + 32 hex, API keys '
    '`comm_` + 64 hex. Ids in paths, queries and bodies are free strings: an unknown id is simply not found, never '
    'a 400.\n\n'
    'Errors come in families, and each response names the ones it uses: plain string `{"error":"..."}`; '
    'validation details `{"error":"Invalid request","details":[...]}`; code + message `{"error":"<code>",'
    '"message":"..."}`; string + context (permissions, plan gates, quotas, rate limits); provider passthrough '
    '`{"error":{...}}`; the global handler `{"error":"...","code":"..."}`. Fields whose absence Commune reports '
    'with its own message are described in the request schemas but not constrained, so that message survives.\n\n'
    'Every response also carries `X-Request-ID` (the client\'s, if at most 128 characters, else a new UUID); it is '
    'not repeated per operation. Rate-limit headers are declared only where Commune sends them.\n\n'
    'Where mailsim deliberately answers differently from the real server, the operation says so in a paragraph '
    'starting with "Deviation:". contracts/commune.md lists every choice with its source.\n\n'
    'Servers: http://localhost:3001 (mailsim) and https://api.commune.email (production).')

TAGS = ['Domains', 'Inboxes', 'Threads', 'Messages', 'Search', 'Attachments', 'Delivery', 'Webhooks', 'DMARC',
        'Agent', 'Auth', 'Data', 'Account', 'Events']

doc = {
    'openapi': '3.1.0',
    'info': {'title': 'Commune API (mailsim contract)', 'version': '1.0.0', 'description': INFO_DESC},
    'servers': [
        {'url': 'http://localhost:3001', 'description': 'mailsim (local)'},
        {'url': 'https://api.commune.email', 'description': 'Commune production'},
    ],
    'security': [{'BearerAuth': []}, {'AgentSignature': [], 'AgentTimestamp': []}],
    'tags': [{'name': t} for t in TAGS],
    'paths': paths,
    'components': {
        'securitySchemes': {
            'BearerAuth': {
                'type': 'http', 'scheme': 'bearer', 'bearerFormat': 'comm_<64 hex>',
                'description': (
                    'An API key: `Authorization: Bearer comm_<64 hex>`. Scopes come from its permissions; "read" '
                    'and "write" expand to every `<resource>:read` / `<resource>:write` scope. A missing header '
                    'gives 401 "Missing Authorization header", a bad, revoked or expired key 401 "Invalid or '
                    'expired API key", another scheme 401 invalid_authorization_format.')},
            'AgentSignature': {
                'type': 'apiKey', 'in': 'header', 'name': 'Authorization',
                'description': (
                    'Ed25519 agent signature: `Authorization: Agent {agentId}:{signature}`, where signature is the '
                    'standard base64 of the 64-byte Ed25519 signature, by the key registered at agent-register, of '
                    'the UTF-8 string `"{agentId}:{timestampMs}"` (nothing else is signed: not the method, path or '
                    'body). Must be sent together with AgentTimestamp. Rejected with 401 timestamp_out_of_range '
                    '(more than 60 s from the server clock, the engine clock in mailsim) or invalid_signature '
                    '(unknown or revoked agent, bad signature, or an (agentId, timestamp) pair already used within '
                    '2 minutes). An accepted signature acts as the organisation owner: no scope checks.')},
            'AgentTimestamp': {
                'type': 'apiKey', 'in': 'header', 'name': 'X-Commune-Timestamp',
                'description': (
                    'Unix milliseconds of the agent-signed request; the integer part is what was signed. Missing '
                    'gives 400 missing_timestamp_header, not a number 400 invalid_timestamp.')},
        },
        'parameters': PARAMS,
        'headers': HEADERS,
        'schemas': S,
    },
}


# ---------------------------------------------------------------- emit
if __name__ == '__main__':
    header = ('# Commune API contract for mailsim. Generated by scripts/contracts/commune.py: edit that, not this file.\n'
              '# contracts/commune.md lists every deliberate choice and deviation.\n')
    lines = write_contract(doc, OUT, header)
    print('wrote', os.path.normpath(OUT), lines, 'lines,', len(OPS), 'operations')
