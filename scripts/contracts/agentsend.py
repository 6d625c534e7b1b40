#!/usr/bin/env python3
"""Generates contracts/agentsend.yaml, the AgentSend OpenAPI 3.1 contract.

The contract repeats the same error responses, headers and parameters on every operation, so it is
written from this table rather than by hand. Edit here, run `python3 scripts/contracts/agentsend.py`
(needs PyYAML), then `node scripts/contracts/check-agentsend.cjs` to check every $ref and compile
every schema. The YAML is committed; nothing reads this script at run time.
"""
import copy
import sys
import os
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oas import d, href, pref, qobj, ref, robj, write_contract  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'contracts', 'agentsend.yaml')

# ---------------------------------------------------------------- helpers


UUID = {'type': 'string', 'format': 'uuid'}
TS = {'type': 'string', 'format': 'date-time'}
NTS = {'type': ['string', 'null'], 'format': 'date-time'}
NUUID = {'type': ['string', 'null'], 'format': 'uuid'}
STR = {'type': 'string'}
NSTR = {'type': ['string', 'null']}
COUNT = {'type': 'integer', 'minimum': 0}
BOOL = {'type': 'boolean'}
STRLIST = {'type': 'array', 'items': {'type': 'string'}}


MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'complained', 'received']
WEBHOOK_EVENTS = ['message.received', 'message.sent', 'message.delivered', 'message.bounced',
                  'message.complained', 'domain.verified']

# ---------------------------------------------------------------- schemas
S = {}

S['ErrorEnvelope'] = {
    'description': (
        'The standard error body. `code` is a stable machine-readable name, `message` is for humans, '
        '`status` repeats the HTTP status. `details` appears on VALIDATION_ERROR only and maps each '
        'offending field to its messages (it can be an empty object, e.g. for a body that is not JSON).'),
    'type': 'object',
    'additionalProperties': False,
    'required': ['error'],
    'properties': {
        'error': {
            'type': 'object',
            'additionalProperties': False,
            'required': ['code', 'message', 'status'],
            'properties': {
                'code': {'type': 'string', 'minLength': 1},
                'message': {'type': 'string'},
                'status': {'type': 'integer', 'minimum': 400, 'maximum': 599},
                'details': {
                    'type': 'object',
                    'additionalProperties': {'type': 'array', 'items': {'type': 'string'}},
                },
            },
        },
    },
}

S['PlainError'] = {
    'description': (
        'A bare `{"error": "<text>"}` body. The real server answers this way in exactly three places: '
        'revoking an unknown API key (404 "API key not found"), an upload without a file part '
        '(400 "No file uploaded") and failed code or magic-link checks on /auth/verify-code and '
        '/auth/verify (400). mailsim keeps that shape there so existing clients parse it the same way.'),
    'type': 'object',
    'additionalProperties': False,
    'required': ['error'],
    'properties': {'error': {'type': 'string', 'minLength': 1}},
}

S['Inbox'] = robj({
    'id': UUID,
    'accountId': UUID,
    'domainId': d(NUUID, 'Custom domain the address lives on; null for @agentsend.io addresses.'),
    'address': d({'type': 'string', 'format': 'email', 'maxLength': 255}, 'Full lowercase address.'),
    'displayName': d({'type': ['string', 'null'], 'maxLength': 255},
                     'Shown in the From header of outbound mail when set.'),
    'dailySendLimit': d({'type': 'integer', 'minimum': 0}, 'Outbound messages allowed per day (default 10).'),
    'isVerified': BOOL,
    'sendsToday': d(COUNT, 'Outbound messages sent today; sending stops with 429 when it reaches dailySendLimit.'),
    'bounceCount': COUNT,
    'complaintCount': COUNT,
    'totalSent': COUNT,
    'status': {'type': 'string', 'enum': ['active', 'suspended', 'deleted']},
    'deletedAt': d(NTS, 'Set when the inbox is soft-deleted.'),
    'createdAt': TS,
    'updatedAt': TS,
}, description=(
    'An inbox: one address the account can send from and receive at. All fifteen fields are always '
    'present (the real server returns the whole stored row). The public docs show a subset; the code '
    'is followed here.'))

S['MessageAttachment'] = robj({
    'id': d(UUID, 'Attachment record id (newer docs). For outbound mail it is the id passed in '
                  '`attachmentIds`; for inbound mail mailsim creates a record per stored part, so '
                  'GET /attachments/{id} works for both.'),
    'key': d({'type': 'string', 'minLength': 1}, 'Storage key of the file.'),
    'filename': STR,
    'contentType': STR,
    'size': d(COUNT, 'Size in bytes.'),
}, description='Metadata of a file attached to a message.')

S['Message'] = robj({
    'id': UUID,
    'inboxId': UUID,
    'accountId': UUID,
    'threadId': NUUID,
    'direction': {'type': 'string', 'enum': ['outbound', 'inbound']},
    'fromAddress': d(STR, 'Outbound: `Display Name <address>` when the inbox has a display name, otherwise '
                          'the bare address. Inbound: the first sender address.'),
    'toAddresses': STRLIST,
    'ccAddresses': STRLIST,
    'bccAddresses': STRLIST,
    'subject': d(STR, 'Inbound mail without a subject gets "(no subject)".'),
    'bodyText': NSTR,
    'bodyHtml': NSTR,
    'attachments': {'type': 'array', 'items': ref('MessageAttachment')},
    'status': d({'type': 'string', 'enum': MESSAGE_STATUSES},
                'Outbound: queued, then sending, then sent or failed; later delivered, bounced or complained. '
                'Inbound: always received.'),
    'sesMessageId': d(NSTR, 'Identifier the delivery backend gave the message once sent; null before that.'),
    'errorMessage': d(NSTR, 'Why the last delivery attempt failed.'),
    'retryCount': COUNT,
    'messageIdHeader': d(NSTR, 'The RFC 5322 Message-ID, angle brackets included.'),
    'inReplyTo': NSTR,
    'referencesHeaders': STRLIST,
    'rawHeaders': {
        'description': (
            'Inbound only (null for outbound): the received header fields keyed by field name, each a string or, '
            'for repeated fields, an array of strings. Deviation: the real server stores structured '
            'headers such as From, To and Content-Type as the text "[object Object]" and rewrites Date; '
            'mailsim keeps the real header values.'),
        'type': ['object', 'null'],
        'additionalProperties': {
            'anyOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}],
        },
    },
    'sentAt': NTS,
    'createdAt': TS,
    'delivery': d({'type': 'string', 'enum': ['email', 'dry-run']},
                  'From the newer docs: whether the message really went out or was only simulated. mailsim '
                  'always reports "email", because it really hands every outbound message to SMTP.'),
}, description=(
    'One email, outbound or inbound. Every field is always present. Compared with the server code this '
    'adds `delivery` and the attachment `id`, both from the newer public docs.'))

S['Thread'] = robj({
    'id': UUID,
    'inboxId': UUID,
    'accountId': UUID,
    'subject': d(STR, 'Normalised subject: reply and forward prefixes (Re:, Fwd:, AW:, SV: ...) removed and '
                      'whitespace collapsed.'),
    'lastMessageAt': TS,
    'messageCount': COUNT,
    'createdAt': TS,
}, description='A conversation: the messages linked by Message-ID, In-Reply-To and References.')

S['WebhookEvent'] = {
    'description': 'Event names a webhook can subscribe to (`domain.verified` comes from the newer docs).',
    'type': 'string',
    'enum': WEBHOOK_EVENTS,
}

WEBHOOK_EVENTS_OUT = d({'type': 'array', 'minItems': 1, 'items': ref('WebhookEvent')},
                       'Subscribed events. Always an explicit list: a webhook created without `events`, or '
                       'created or updated with null or [], is stored with all six names.')

def webhook_props(with_secret=False):
    p = {
        'id': UUID,
        'accountId': d(UUID, 'Present on create, get and update; absent from the list.'),
        'url': {'type': 'string', 'format': 'uri', 'maxLength': 2048},
        'events': WEBHOOK_EVENTS_OUT,
        'description': d({'type': ['string', 'null'], 'maxLength': 255}, 'Free text (newer docs).'),
        'isActive': BOOL,
        'createdAt': TS,
        'updatedAt': TS,
    }
    if with_secret:
        p['secret'] = d({'type': 'string', 'pattern': '^whsec_[0-9a-f]{48}$'},
                        'HMAC-SHA256 signing key for deliveries (the whole string, prefix included, is the key). '
                        'Returned only here.')
    return p

S['Webhook'] = robj(webhook_props(), required=['id', 'url', 'events', 'description', 'isActive', 'createdAt',
                                                'updatedAt'],
                    description=(
                        'A webhook endpoint. The signing secret is never returned after creation. '
                        '`accountId` is optional because the list leaves it out.'))

S['WebhookWithSecret'] = robj(webhook_props(True), description=(
    'The webhook as returned once, by POST /webhooks: it carries the signing `secret`.'))

S['DnsRecord'] = robj({
    'type': {'type': 'string', 'enum': ['TXT', 'CNAME', 'MX']},
    'name': STR,
    'value': STR,
    'priority': d({'type': 'integer', 'minimum': 0}, 'MX records only.'),
}, required=['type', 'name', 'value'], description='A DNS record the domain owner has to publish.')

def domain_props(with_records=False):
    p = {
        'id': UUID,
        'accountId': UUID,
        'domain': STR,
        'verificationStatus': d({'type': 'string', 'enum': ['pending', 'verified', 'failed']},
                                'Kept for older clients; mirrors sendingStatus, with pending_dkim reported as '
                                'pending.'),
        'sendingStatus': {'type': 'string', 'enum': ['pending', 'pending_dkim', 'verified', 'failed']},
        'receivingStatus': {'type': 'string', 'enum': ['pending', 'verified', 'failed']},
        'dkimTokens': STRLIST,
        'verificationToken': NSTR,
        'verifiedAt': NTS,
        'sendingVerifiedAt': NTS,
        'receivingVerifiedAt': NTS,
        'createdAt': TS,
        'updatedAt': TS,
    }
    if with_records:
        rec = {'type': 'array', 'items': ref('DnsRecord')}
        p['dnsRecords'] = d(rec, 'sendingDnsRecords followed by receivingDnsRecords.')
        p['sendingDnsRecords'] = d(rec, 'The ownership TXT record and one DKIM CNAME per token.')
        p['receivingDnsRecords'] = d(rec, 'The MX record (priority 10) that routes inbound mail.')
    return p

S['Domain'] = robj(domain_props(), description=(
    'A custom sending/receiving domain, in the newer docs\' shape (separate sending and receiving status). '
    'This is the list form, without DNS record arrays.'))
S['DomainWithDnsRecords'] = robj(domain_props(True), description=(
    'A domain together with the DNS records to publish; returned by create, get and verify.'))

ATT_BASE = {
    'id': UUID,
    'accountId': UUID,
    'key': d({'type': 'string', 'minLength': 1}, 'Storage key, `outbound/<accountId>/<random>/<filename>`.'),
    'filename': STR,
    'contentType': STR,
    'size': d(COUNT, 'Size in bytes.'),
    'createdAt': TS,
}
S['Attachment'] = robj(ATT_BASE, description='An uploaded file, usable in `attachmentIds` when sending.')
att_url = dict(ATT_BASE)
att_url['url'] = d({'type': 'string', 'format': 'uri'},
                   'Absolute download URL served by mailsim itself, valid for 3600 seconds (the real server '
                   'hands out a presigned storage URL with the same lifetime).')
S['AttachmentWithUrl'] = robj(att_url, description='An attachment plus a temporary download URL.')

S['Account'] = robj({
    'id': UUID,
    'name': STR,
    'email': STR,
    'plan': d(STR, 'Plan name, e.g. free, pro or enterprise.'),
    'dailySendLimit': COUNT,
    'isVerified': BOOL,
}, description='The calling account.')

API_KEY_PATTERN = '^ask_[A-Za-z0-9_-]{40}$'
S['ApiKeyCreated'] = robj({
    'id': UUID,
    'key': d({'type': 'string', 'pattern': API_KEY_PATTERN}, 'The full key; shown only in this response.'),
    'prefix': d({'type': 'string', 'pattern': '^ask_[A-Za-z0-9_-]{8}$'}, 'First 12 characters of the key.'),
    'name': NSTR,
    'message': STR,
}, description='A newly created API key.')

S['ApiKey'] = robj({
    'id': UUID,
    'keyPrefix': d({'type': 'string', 'pattern': '^ask_[A-Za-z0-9_-]{8}$'}, 'First 12 characters of the key.'),
    'name': NSTR,
    'lastUsedAt': NTS,
    'expiresAt': NTS,
    'createdAt': TS,
}, description='An API key as listed (the secret part is never shown again).')

S['SessionAccount'] = robj({
    'id': UUID,
    'name': STR,
    'email': STR,
    'plan': STR,
}, description='Account summary returned with a session token.')

S['SessionResult'] = robj({
    'account': ref('SessionAccount'),
    'token': d({'type': 'string', 'minLength': 1},
               'Session token (JWT, valid 7 days); usable as a Bearer credential.'),
}, description='An account and a session token for it.')

S['AutoProvisionResult'] = robj({
    'account': robj({'id': UUID, 'email': STR, 'plan': STR}),
    'apiKey': d({'type': 'string', 'pattern': API_KEY_PATTERN}, 'A fresh API key, new on every call.'),
    'isNew': d(BOOL, 'true when the account was created by this call.'),
    'claimUrl': d({'type': ['string', 'null'], 'format': 'uri'},
                  'Where a human can claim the agent-created account (newer docs).'),
}, description='Result of device-based provisioning.')

S['Health'] = robj({
    'status': {'type': 'string', 'const': 'ok'},
    'timestamp': TS,
})

def page(item, description):
    return robj({'data': {'type': 'array', 'items': ref(item)}, 'total': d(COUNT, 'Number of matching items '
                                                                                   'across all pages.')},
                description=description)

S['InboxPage'] = page('Inbox', 'A page of inboxes.')
S['MessagePage'] = page('Message', 'A page of messages.')
S['ThreadPage'] = page('Thread', 'A page of threads.')
S['DomainPage'] = page('Domain', 'A page of domains.')
S['WebhookList'] = robj({'data': {'type': 'array', 'items': ref('Webhook')}},
                        description='All webhooks of the account; not paginated, no total.')
S['ApiKeyList'] = robj({'data': {'type': 'array', 'items': ref('ApiKey')}},
                       description='All unrevoked API keys of the account; not paginated, no total.')

# ----- request bodies (open objects: unknown keys are dropped by the server, never rejected)
EMAIL = {'type': 'string', 'format': 'email'}
S['CreateInboxRequest'] = qobj({
    'address': d({'type': 'string', 'format': 'email', 'maxLength': 255},
                 'Wanted address. Omit it to get a generated one.'),
    'displayName': {'type': 'string', 'maxLength': 255},
    'domainId': d(UUID, 'Verified custom domain to create the address on.'),
}, description='All fields optional; send `{}` for a generated @agentsend.io address.')

S['SendMessageRequest'] = qobj({
    'to': {'type': 'array', 'minItems': 1, 'maxItems': 50, 'items': EMAIL},
    'cc': {'type': 'array', 'maxItems': 50, 'items': EMAIL},
    'bcc': {'type': 'array', 'maxItems': 50, 'items': EMAIL},
    'subject': {'type': 'string', 'minLength': 1, 'maxLength': 998},
    'bodyText': {'type': 'string', 'maxLength': 256000},
    'bodyHtml': {'type': 'string', 'maxLength': 256000},
    'threadId': d(UUID, 'Reply within this thread of the same inbox.'),
    'attachmentIds': d({'type': 'array', 'maxItems': 10, 'items': UUID}, 'Ids from POST /attachments.'),
}, required=['to', 'subject'], description='Neither body part is required.')

EVENTS_IN = d({'type': ['array', 'null'], 'items': ref('WebhookEvent')},
              'Events to deliver. Omitted, null or [] all mean every event.')
EVENTS_UPD = d({'type': ['array', 'null'], 'items': ref('WebhookEvent')},
               'New event list; null or [] means every event, omitted leaves the list unchanged.')
S['CreateWebhookRequest'] = qobj({
    'url': d({'type': 'string', 'format': 'uri', 'maxLength': 2048},
             'Receiver URL. http and loopback URLs are accepted.'),
    'events': EVENTS_IN,
    'description': {'type': ['string', 'null'], 'maxLength': 255},
}, required=['url'])

S['UpdateWebhookRequest'] = qobj({
    'url': {'type': 'string', 'format': 'uri', 'maxLength': 2048},
    'events': EVENTS_UPD,
    'isActive': BOOL,
    'description': {'type': ['string', 'null'], 'maxLength': 255},
}, description='Partial update: only the fields present change.')

S['CreateDomainRequest'] = qobj({
    'domain': {'type': 'string', 'minLength': 3, 'maxLength': 255,
               'pattern': '^[a-zA-Z0-9][a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$'},
}, required=['domain'])

S['CreateApiKeyRequest'] = qobj({
    'name': {'type': 'string', 'minLength': 1, 'maxLength': 255},
}, description='A JSON object is required, even if empty (`{}`).')

S['AutoProvisionRequest'] = qobj({
    'deviceId': d({'type': 'string', 'minLength': 8, 'maxLength': 128},
                  'Stable device identifier; its first 12 characters select the account.'),
}, required=['deviceId'])

NAME = {'type': 'string', 'minLength': 1, 'maxLength': 255}
S['SignupRequest'] = qobj({'email': EMAIL, 'name': NAME}, required=['email', 'name'])
S['SendCodeRequest'] = qobj({'email': EMAIL, 'name': NAME}, required=['email', 'name'])
S['VerifyCodeRequest'] = qobj({'email': EMAIL, 'code': {'type': 'string', 'pattern': '^[0-9]{6}$'}},
                              required=['email', 'code'])
S['MagicLinkRequest'] = qobj({'email': EMAIL}, required=['email'])
S['UploadAttachmentRequest'] = qobj({
    'file': d({'type': 'string', 'contentMediaType': 'application/octet-stream'},
              'The file (at most 10 MiB). Its filename and Content-Type are taken from the part headers.'),
}, description=(
    'Multipart form with one file part named `file`. `file` is not marked required because a form '
    'without it gets the plain 400 "No file uploaded", not a VALIDATION_ERROR.'))

# ---------------------------------------------------------------- headers / parameters
HEADERS = {
    'X-RateLimit-Limit': {
        'description': 'Requests allowed per window (100 per 60 s by default). Absent on 401 responses.',
        'required': False, 'schema': {'type': 'integer', 'minimum': 0}},
    'X-RateLimit-Remaining': {
        'description': 'Requests left in the current window. Absent on 401 responses.',
        'required': False, 'schema': {'type': 'integer', 'minimum': 0}},
    'X-RateLimit-Reset': {
        'description': ('Seconds until the current window ends, as the server\'s rate limiter sends it '
                        '(the docs call it a Unix timestamp). Absent on 401 responses.'),
        'required': False, 'schema': {'type': 'integer', 'minimum': 0}},
    'Retry-After': {
        'description': ('Seconds to wait before retrying. Sent by the global limiter; the per-inbox daily '
                        'send cap answers 429 without it.'),
        'required': False, 'schema': {'type': 'integer', 'minimum': 0}},
    'Idempotent-Replayed': {
        'description': ('"true" when this response is a stored response replayed for a repeated '
                        'Idempotency-Key; absent otherwise.'),
        'required': False, 'schema': {'type': 'string', 'enum': ['true']}},
    'Set-Cookie': {
        'description': ('Session cookie `agentsend_token=<token>; Path=/; Max-Age=604800; SameSite=Lax` '
                        '(browser convenience; the token is also in the body).'),
        'required': False, 'schema': {'type': 'string'}},
}

PARAMS = {
    'Id': {'name': 'id', 'in': 'path', 'required': True, 'description': 'Id of the resource.',
           'schema': UUID},
    'InboxId': {'name': 'inboxId', 'in': 'path', 'required': True, 'description': 'Id of the inbox.',
                'schema': UUID},
    'Limit': {'name': 'limit', 'in': 'query', 'required': False,
              'description': 'Page size.',
              'schema': {'type': 'integer', 'minimum': 1, 'maximum': 100, 'default': 20}},
    'Offset': {'name': 'offset', 'in': 'query', 'required': False,
               'description': 'Items to skip.',
               'schema': {'type': 'integer', 'minimum': 0, 'maximum': 9007199254740991, 'default': 0}},
    'MessageStatus': {'name': 'status', 'in': 'query', 'required': False,
                      'description': 'Only messages in this status.',
                      'schema': {'type': 'string', 'enum': MESSAGE_STATUSES}},
    'MagicLinkToken': {'name': 'token', 'in': 'query', 'required': True,
                       'description': 'The token from the emailed link.',
                       'schema': {'type': 'string', 'minLength': 1}},
    'IdempotencyKey': {
        'name': 'Idempotency-Key', 'in': 'header', 'required': False,
        'description': (
            'Makes a POST safe to retry. The provider documents this header, but its server code never reads '
            'it, so these semantics are mailsim\'s own. The first response to a key is stored for the caller '
            '(the account; on the public /auth operations, the client address). A later request with the '
            'same key, method, path and body gets that stored response again, status and body unchanged, '
            'with `Idempotent-Replayed: true`.\n\n'
            '- 409 IDEMPOTENCY_KEY_IN_USE: the first request with this key is still being processed.\n'
            '- 422 IDEMPOTENCY_KEY_REUSED: the key was already used for a different method, path or body.\n\n'
            'The provider publishes no retention window for keys.'),
        'schema': {'type': 'string', 'minLength': 1, 'maxLength': 255}},
}

# ---------------------------------------------------------------- responses
def err_schema(codes, status):
    return {'allOf': [ref('ErrorEnvelope'), {'properties': {'error': {'properties': {
        'code': {'enum': list(codes)}, 'status': {'const': status}}}}}]}

def headers_for(op, status):
    h = {}
    if status == '401':
        return h
    for n in ('X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'):
        h[n] = href(n)
    if status == '429':
        h['Retry-After'] = href('Retry-After')
    if op['method'] == 'post':
        h['Idempotent-Replayed'] = href('Idempotent-Replayed')
    if status in op.get('cookie', ()):
        h['Set-Cookie'] = href('Set-Cookie')
    return h

def response(op, status, description, schema):
    r = {'description': description}
    h = headers_for(op, status)
    if h:
        r['headers'] = h
    if schema is not None:
        r['content'] = {'application/json': {'schema': schema}}
    return r

ERR_TEXT = {
    'VALIDATION_ERROR': 'a path, query or body value is invalid',
    'UNAUTHORIZED': 'missing, invalid, revoked or expired credentials',
    'NOT_FOUND': 'no such resource for this account',
    'RATE_LIMIT_EXCEEDED': 'too many requests',
    'INTERNAL_ERROR': 'unexpected failure',
    'IDEMPOTENCY_KEY_IN_USE': 'a request with the same Idempotency-Key is still in flight',
    'IDEMPOTENCY_KEY_REUSED': 'the Idempotency-Key was used for a different request',
    'PAYLOAD_TOO_LARGE': 'the body is larger than the server reads (1 MiB of JSON, as Fastify\'s default bodyLimit; 32 MiB of multipart)',
}

def build_responses(op):
    """op['errors']: dict status -> list of codes (or ('plain', [codes]) for oneOf with PlainError)."""
    out = {}
    for status, (desc, schema) in op['success'].items():
        out[status] = response(op, status, desc, schema)
    errs = {}
    has_input = bool(op.get('params')) or op.get('body') is not None
    if has_input:
        errs.setdefault('400', []).append('VALIDATION_ERROR')
    if op.get('secured', True):
        errs.setdefault('401', []).append('UNAUTHORIZED')
    if op.get('not_found'):
        errs.setdefault('404', []).append('NOT_FOUND')
    if op.get('body') is not None:
        errs.setdefault('413', []).append('PAYLOAD_TOO_LARGE')
    if op['method'] == 'post':
        errs.setdefault('409', []).append('IDEMPOTENCY_KEY_IN_USE')
        errs.setdefault('422', []).append('IDEMPOTENCY_KEY_REUSED')
    errs.setdefault('429', []).append('RATE_LIMIT_EXCEEDED')
    errs.setdefault('500', []).append('INTERNAL_ERROR')
    for status, codes in op.get('extra', {}).items():
        for c in codes:
            if c not in errs.setdefault(status, []):
                errs[status].append(c)
    plain = op.get('plain', {})
    for status in sorted(errs):
        codes = errs[status]
        lines = []
        for c in codes:
            lines.append(f'{c}: {op.get("why", {}).get(c, ERR_TEXT.get(c, ""))}'.rstrip(': '))
        schema = err_schema(codes, int(status))
        if status in plain:
            lines.append(f'Plain form {plain[status]}')
            schema = {'oneOf': [schema, ref('PlainError')]}
        out[status] = response(op, status, '; '.join(lines) + '.', schema)
    return dict(sorted(out.items()))

JSON_BODY_DEV = ('Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server '
                 'answers 500 INTERNAL_ERROR [§10.5].')
EMPTY_BODY_DEV = ('Deviation: an empty body sent with `Content-Type: application/json` (as the official SDK '
                  'does) is accepted; the real server fails it with 500 INTERNAL_ERROR before the route runs '
                  '[§10.11].')
NO_INBOX_CHECK = ('The inbox itself is not looked up: an unknown inbox id, or one of another account, gives '
                  'an empty page, not 404 (as the real server does).')

OPS = []
def op(method, path, opid, tag, summary, description, success, **kw):
    o = dict(method=method, path=path, operationId=opid, tag=tag, summary=summary,
             description=description, success=success)
    o.update(kw)
    OPS.append(o)

def ok(desc, schema_name):
    return (desc, ref(schema_name))

ID = [pref('Id')]
PAGE = [pref('Limit'), pref('Offset')]

op('get', '/health', 'getHealth', 'System', 'Health check',
   'Liveness probe; needs no credentials.',
   {'200': ok('The service is up.', 'Health')}, secured=False)

# Inboxes
op('post', '/inboxes', 'createInbox', 'Inboxes', 'Create an inbox',
   'Creates an inbox. Without `address` an address `agent-<8 random lowercase characters>@agentsend.io` '
   'is generated. A given address is lowercased; its domain must be agentsend.io, or the name of the '
   'custom domain given in `domainId`, and its local part must match '
   '`^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$`. Unknown keys (for instance `prefix`, `username` or '
   '`domain`, which some clients send) are dropped without error.\n\n'
   'Deviation: an address that already exists gives 409 INBOX_ADDRESS_TAKEN; the real server fails with '
   '500 INTERNAL_ERROR on its unique index [§10.5].\n\n' + JSON_BODY_DEV,
   {'201': ok('The new inbox.', 'Inbox')}, body=('CreateInboxRequest', True), not_found=True,
   extra={'400': ['INVALID_INBOX_ADDRESS', 'INVALID_INBOX_DOMAIN', 'INVALID_INBOX_LOCAL_PART',
                  'DOMAIN_NOT_VERIFIED'],
          '409': ['INBOX_ADDRESS_TAKEN']},
   why={'NOT_FOUND': 'the domainId names no domain of this account',
        'INVALID_INBOX_ADDRESS': 'the address cannot be split into local part and domain',
        'INVALID_INBOX_DOMAIN': 'the address domain is neither agentsend.io nor the given custom domain',
        'INVALID_INBOX_LOCAL_PART': 'the local part breaks the allowed pattern',
        'DOMAIN_NOT_VERIFIED': 'the custom domain is not verified yet',
        'INBOX_ADDRESS_TAKEN': 'the address already belongs to an inbox'})

op('get', '/inboxes', 'listInboxes', 'Inboxes', 'List inboxes',
   'Active inboxes of the account, newest first. Suspended and deleted inboxes are not listed.',
   {'200': ok('A page of inboxes.', 'InboxPage')}, params=PAGE)

op('get', '/inboxes/{id}', 'getInbox', 'Inboxes', 'Get an inbox',
   'Returns the inbox, suspended ones included. A deleted inbox gives 404.',
   {'200': ok('The inbox.', 'Inbox')}, params=ID, not_found=True)

op('delete', '/inboxes/{id}', 'deleteInbox', 'Inboxes', 'Delete an inbox',
   'Soft delete: `status` becomes deleted and `deletedAt` is set; the inbox then answers 404 and leaves the '
   'list. Its messages and threads are kept.\n\n' + EMPTY_BODY_DEV,
   {'204': ('Deleted.', None)}, params=ID, not_found=True)

# Messages
op('post', '/inboxes/{inboxId}/messages', 'sendMessage', 'Messages', 'Send a message',
   'Stores an outbound message and answers 202 with it in status `queued`. Delivery then runs in the '
   'background: `sending`, then `sent` (with `sesMessageId` and `sentAt`) or `failed` (with '
   '`errorMessage`); a sent message fires the `message.sent` webhook and counts toward the inbox\'s '
   '`sendsToday` and `totalSent`. `delivery` is always "email": mailsim really hands the message to SMTP.\n\n'
   'Threading: without `threadId` a new thread is always started, named after the normalised subject. With '
   '`threadId` the thread must exist (404) and belong to this inbox (400 THREAD_INBOX_MISMATCH); '
   '`inReplyTo` and `referencesHeaders` are then taken from the thread\'s latest message.\n\n'
   'Limits: a suspended inbox gives 403 INBOX_SUSPENDED; once `sendsToday` reaches `dailySendLimit` the '
   'call gives 429 RATE_LIMIT_EXCEEDED (no Retry-After). Every id in `attachmentIds` must be an upload '
   'of this account (404 naming the missing ids); more than 25 MB of attachments in total gives 400 '
   'ATTACHMENTS_TOO_LARGE.\n\n'
   'Deviation: a send rejected for an unknown attachment id creates nothing; the real server leaves an '
   'empty thread (messageCount 0) behind [§10.4].\n\n' + JSON_BODY_DEV,
   {'202': ok('Accepted and queued.', 'Message')}, params=[pref('InboxId')],
   body=('SendMessageRequest', True), not_found=True,
   extra={'400': ['THREAD_INBOX_MISMATCH', 'ATTACHMENTS_TOO_LARGE'], '403': ['INBOX_SUSPENDED']},
   why={'NOT_FOUND': 'unknown or deleted inbox, unknown thread, or unknown attachment ids',
        'THREAD_INBOX_MISMATCH': 'the thread belongs to another inbox',
        'ATTACHMENTS_TOO_LARGE': 'the attachments add up to more than 25 MB',
        'INBOX_SUSPENDED': 'the inbox is suspended',
        'RATE_LIMIT_EXCEEDED': 'global request limit, or the inbox daily send limit is reached'})

op('get', '/inboxes/{inboxId}/messages', 'listMessages', 'Messages', 'List messages of an inbox',
   'Messages of the inbox, newest first, optionally only those in one status. ' + NO_INBOX_CHECK,
   {'200': ok('A page of messages.', 'MessagePage')},
   params=[pref('InboxId')] + PAGE + [pref('MessageStatus')])

op('get', '/messages/{id}', 'getMessage', 'Messages', 'Get a message',
   'Returns one message of the account.\n\n'
   'Deviation: `rawHeaders` of inbound mail holds the real header values; the real server stores some of '
   'them as the text "[object Object]" [§10.7].',
   {'200': ok('The message.', 'Message')}, params=ID, not_found=True)

op('delete', '/messages/{id}', 'deleteMessage', 'Messages', 'Delete a message',
   'Removes the message for good.\n\n' + EMPTY_BODY_DEV,
   {'204': ('Deleted.', None)}, params=ID, not_found=True)

# Threads
op('get', '/inboxes/{inboxId}/threads', 'listThreads', 'Threads', 'List threads of an inbox',
   'Threads of the inbox, most recent activity first. ' + NO_INBOX_CHECK,
   {'200': ok('A page of threads.', 'ThreadPage')}, params=[pref('InboxId')] + PAGE)

op('get', '/threads/{id}', 'getThread', 'Threads', 'Get a thread',
   'Returns one thread of the account.',
   {'200': ok('The thread.', 'Thread')}, params=ID, not_found=True)

op('get', '/threads/{id}/messages', 'listThreadMessages', 'Threads', 'List messages of a thread',
   'Messages of the thread, oldest first. An unknown thread gives 404.',
   {'200': ok('A page of messages.', 'MessagePage')}, params=ID + PAGE, not_found=True)

# Webhooks
op('post', '/webhooks', 'createWebhook', 'Webhooks', 'Create a webhook',
   'Registers an endpoint and returns it with its signing `secret`, which is shown only here. Deliveries '
   'are `POST <url>` with body `{"event","data","timestamp"}` and the header X-AgentSend-Signature, the hex '
   'HMAC-SHA256 of the raw body keyed with the whole secret.\n\n'
   'Events follow the newer docs: omitted, null or [] subscribes to every event, and the stored webhook '
   'lists all six names explicitly. Deviation: the real server stores only ["message.received"] when '
   '`events` is omitted and rejects [] and null.\n\n'
   'Deviation: the docs require https and reject localhost; mailsim accepts http and loopback URLs, because '
   'pointing webhooks at a local receiver is what an emulator is for.\n\n' + JSON_BODY_DEV,
   {'201': ok('The webhook, with its secret.', 'WebhookWithSecret')}, body=('CreateWebhookRequest', True))

op('get', '/webhooks', 'listWebhooks', 'Webhooks', 'List webhooks',
   'All webhooks of the account, without `secret` and without `accountId`. Not paginated.',
   {'200': ok('The webhooks.', 'WebhookList')})

op('get', '/webhooks/{id}', 'getWebhook', 'Webhooks', 'Get a webhook',
   'Returns the webhook without its secret.',
   {'200': ok('The webhook.', 'Webhook')}, params=ID, not_found=True)

op('put', '/webhooks/{id}', 'updateWebhook', 'Webhooks', 'Update a webhook',
   'Changes only the fields sent. `events` null or [] means every event, as on create. The signing secret '
   'is kept: as in the server code, this call does not rotate it (the docs suggest it does).\n\n'
   'Deviation: a malformed or empty JSON body gives 400 VALIDATION_ERROR; the real server answers 500 '
   'INTERNAL_ERROR [§10.5].',
   {'200': ok('The updated webhook, without its secret.', 'Webhook')}, params=ID,
   body=('UpdateWebhookRequest', True), not_found=True)

op('delete', '/webhooks/{id}', 'deleteWebhook', 'Webhooks', 'Delete a webhook',
   'Removes the webhook for good.\n\n' + EMPTY_BODY_DEV,
   {'204': ('Deleted.', None)}, params=ID, not_found=True)

# Domains
op('post', '/domains', 'createDomain', 'Domains', 'Add a domain',
   'Registers a custom domain and returns the DNS records to publish: an ownership TXT record and DKIM '
   'CNAME records for sending, and an MX record for receiving. The same domain twice in one account gives '
   '409 DOMAIN_EXISTS.\n\n' + JSON_BODY_DEV,
   {'201': ok('The domain and its DNS records.', 'DomainWithDnsRecords')}, body=('CreateDomainRequest', True),
   extra={'409': ['DOMAIN_EXISTS']},
   why={'DOMAIN_EXISTS': 'the account already has this domain'})

op('get', '/domains', 'listDomains', 'Domains', 'List domains',
   'Domains of the account, without the DNS record arrays, in no particular order.',
   {'200': ok('A page of domains.', 'DomainPage')}, params=PAGE)

op('get', '/domains/{id}', 'getDomain', 'Domains', 'Get a domain',
   'Returns the domain with its DNS records.',
   {'200': ok('The domain.', 'DomainWithDnsRecords')}, params=ID, not_found=True)

op('post', '/domains/{id}/verify', 'verifyDomain', 'Domains', 'Verify a domain',
   'Checks the domain again and returns its updated status with the DNS records. Takes no body. When the '
   'domain becomes verified, the `domain.verified` webhook event fires (newer docs).\n\n' + EMPTY_BODY_DEV,
   {'200': ok('The domain with its current status.', 'DomainWithDnsRecords')}, params=ID, not_found=True)

op('delete', '/domains/{id}', 'deleteDomain', 'Domains', 'Delete a domain',
   'Removes the domain.\n\n'
   'Deviation: while any inbox (a soft-deleted one included) still references the domain, the call gives '
   '409 DOMAIN_IN_USE; the real server fails with 500 INTERNAL_ERROR on the foreign key [§10.5].\n\n'
   + EMPTY_BODY_DEV,
   {'204': ('Deleted.', None)}, params=ID, not_found=True, extra={'409': ['DOMAIN_IN_USE']},
   why={'DOMAIN_IN_USE': 'an inbox still references the domain'})

# Attachments
op('post', '/attachments', 'uploadAttachment', 'Attachments', 'Upload an attachment',
   'Stores one file, sent as the multipart part `file`, for later use in `attachmentIds`. A form without '
   'a file part gives the plain 400 `{"error":"No file uploaded"}`.\n\n'
   'Deviation: a file over 10 MiB (10485760 bytes) gives 400 ATTACHMENT_TOO_LARGE, as the docs promise; '
   'the real server accepts it and silently truncates it to 10 MiB [§10.2].\n\n'
   'Deviation: a request that is not multipart/form-data gives 415 UNSUPPORTED_MEDIA_TYPE; the real server '
   'answers 500 INTERNAL_ERROR [§10.5].',
   {'201': ok('The stored attachment.', 'Attachment')}, body=('UploadAttachmentRequest', True, 'multipart'),
   extra={'400': ['ATTACHMENT_TOO_LARGE'], '415': ['UNSUPPORTED_MEDIA_TYPE']},
   plain={'400': '{"error":"No file uploaded"}: the form has no file part'},
   why={'ATTACHMENT_TOO_LARGE': 'the file is larger than 10 MiB',
        'UNSUPPORTED_MEDIA_TYPE': 'the body is not multipart/form-data'})

op('get', '/attachments/{id}', 'getAttachment', 'Attachments', 'Get an attachment',
   'Returns the attachment record with `url`, an absolute download URL served by mailsim itself and '
   'valid for 3600 seconds.',
   {'200': ok('The attachment and its download URL.', 'AttachmentWithUrl')}, params=ID, not_found=True)

# Account
op('get', '/account', 'getAccount', 'Account', 'Get the account',
   'The account the credentials belong to.',
   {'200': ok('The account.', 'Account')})

op('post', '/account/api-keys', 'createApiKey', 'Account', 'Create an API key',
   'Creates a key `ask_` + 40 characters and returns it once; only its first 12 characters are kept '
   'visible. The body must be a JSON object (`{}` is fine); no body at all gives 400 VALIDATION_ERROR, as on '
   'the real server [§10.6].\n\n' + JSON_BODY_DEV,
   {'201': ok('The new key.', 'ApiKeyCreated')}, body=('CreateApiKeyRequest', True))

op('get', '/account/api-keys', 'listApiKeys', 'Account', 'List API keys',
   'Unrevoked keys of the account, without their secrets. Not paginated.',
   {'200': ok('The keys.', 'ApiKeyList')})

op('delete', '/account/api-keys/{id}', 'revokeApiKey', 'Account', 'Revoke an API key',
   'Marks the key revoked; it stops authenticating at once (the key making this call included). An '
   'unknown key gives the plain 404 `{"error":"API key not found"}`, as on the real server.\n\n'
   + EMPTY_BODY_DEV,
   {'204': ('Revoked.', None)}, params=ID, not_found=True,
   plain={'404': '{"error":"API key not found"}: the real server\'s answer for an unknown key'})

# Auth
op('post', '/auth/auto-provision', 'autoProvision', 'Auth', 'Provision an account for a device',
   'No credentials needed. The first 12 characters of `deviceId` select the account '
   '`agent-<those characters>@agentsend.io`: it is created (201) or, if it exists, reused (200). Either way '
   'a new API key is issued. mailsim has no sandbox accounts, so `claimUrl` is always null.\n\n'
   'Deviation: the characters are lowercased, so device ids that differ only in case share an account; '
   'the real server keeps their case.\n\n' + JSON_BODY_DEV,
   {'201': ok('A new account and its first key.', 'AutoProvisionResult'),
    '200': ok('The existing account and a new key.', 'AutoProvisionResult')},
   body=('AutoProvisionRequest', True), secured=False)

op('post', '/auth/signup', 'signup', 'Auth', 'Sign up',
   'Creates an account directly and returns a session token (also set as a cookie). An email that '
   'already has an account gives 409 ACCOUNT_EXISTS.\n\n' + JSON_BODY_DEV,
   {'201': ok('The account and a session token.', 'SessionResult')}, body=('SignupRequest', True),
   secured=False, cookie=('201',), extra={'409': ['ACCOUNT_EXISTS']},
   why={'ACCOUNT_EXISTS': 'an account with this email exists'})

op('post', '/auth/send-code', 'sendCode', 'Auth', 'Email a sign-up code',
   'Emails a 6-digit code, valid for 10 minutes, to be confirmed with /auth/verify-code. A new request '
   'replaces the previous code.\n\n' + JSON_BODY_DEV,
   {'200': ('The code was sent.', robj({'sent': {'type': 'boolean', 'const': True}}))},
   body=('SendCodeRequest', True), secured=False)

op('post', '/auth/verify-code', 'verifyCode', 'Auth', 'Confirm a sign-up code',
   'Checks the code and returns the account (created if needed) with a session token, also set as a '
   'cookie. A missing, expired or wrong code gives a plain 400 `{"error":"<reason>"}`, as on the real '
   'server.\n\n' + JSON_BODY_DEV,
   {'201': ok('The account and a session token.', 'SessionResult')}, body=('VerifyCodeRequest', True),
   secured=False, cookie=('201',),
   plain={'400': '{"error":"<reason>"}: no code requested, code expired, or wrong code'})

op('post', '/auth/magic-link', 'magicLink', 'Auth', 'Email a sign-in link',
   'Emails a one-time link to /auth/verify. Answers the same whether or not the email has an account.\n\n'
   + JSON_BODY_DEV,
   {'200': ('The link was sent.', robj({'message': STR}))}, body=('MagicLinkRequest', True), secured=False)

op('get', '/auth/verify', 'verifyMagicLink', 'Auth', 'Use a sign-in link',
   'Consumes the token of a magic link and returns the account (created if needed) with a session token, '
   'also set as a cookie. An unknown, used or expired token gives the plain 400 '
   '`{"error":"Invalid or expired magic link"}`.\n\n'
   'Deviation: the answer is always JSON; the real server redirects browsers (requests whose Accept '
   'header lacks application/json) to its dashboard.',
   {'200': ok('The account and a session token.', 'SessionResult')}, params=[pref('MagicLinkToken')],
   secured=False, cookie=('200',),
   plain={'400': '{"error":"Invalid or expired magic link"}: the token is unknown, used or expired'})

# ---------------------------------------------------------------- assemble
paths = {}
for o in OPS:
    m = {'operationId': o['operationId'], 'tags': [o['tag']], 'summary': o['summary'],
         'description': o['description']}
    if not o.get('secured', True):
        m['security'] = []
    params = list(o.get('params', []))
    if o['method'] == 'post':
        params.append(pref('IdempotencyKey'))
    if params:
        m['parameters'] = params
    if o.get('body'):
        b = o['body']
        media = 'multipart/form-data' if len(b) > 2 else 'application/json'
        rb = {'required': b[1], 'content': {media: {'schema': ref(b[0])}}}
        if media == 'multipart/form-data':
            rb['content'][media]['encoding'] = {'file': {'contentType': '*/*'}}
        m['requestBody'] = rb
    m['responses'] = build_responses(o)
    paths.setdefault(o['path'], {})[o['method']] = m

INFO_DESC = (
    'Contract of the AgentSend email API for AI agents, as emulated by mailsim. It was written for mailsim '
    'from the provider\'s public behaviour: its published server source, its docs pages, its SDK, and what '
    'that server did when run locally. It is not the provider\'s own specification.\n\n'
    'mailsim validates every request and every response against this file (JSON Schema 2020-12), so the '
    'schemas are exact: response objects are closed (`additionalProperties: false`), while request bodies '
    'are open because the real server silently drops unknown keys.\n\n'
    'Conventions: JSON with camelCase names; ids are UUIDs (a malformed id in a path gives 400 '
    'VALIDATION_ERROR, not 404); timestamps are ISO 8601 with milliseconds in UTC. Lists take `limit` '
    '(1-100, default 20) and `offset` and return `{data, total}`, except GET /webhooks and GET '
    '/account/api-keys, which return `{data}` only. Errors use the envelope '
    '`{"error":{"code","message","status"}}`, apart from three documented plain `{"error":"..."}` '
    'answers. Authenticate with `Authorization: Bearer <key>` or `x-api-key: <key>`.\n\n'
    'Where mailsim answers differently from the real server, the operation says so in a paragraph starting '
    'with "Deviation:". contracts/agentsend.md lists every such choice with its source.\n\n'
    'Servers: http://localhost:3000 (mailsim, and the provider\'s own local default) and '
    'https://api.agentsend.io (production).')

doc = {
    'openapi': '3.1.0',
    'info': {'title': 'AgentSend API (mailsim contract)', 'version': '1.0.0', 'description': INFO_DESC},
    'servers': [
        {'url': 'http://localhost:3000', 'description': 'mailsim (local)'},
        {'url': 'https://api.agentsend.io', 'description': 'AgentSend production'},
    ],
    'security': [{'BearerAuth': []}, {'ApiKeyAuth': []}],
    'tags': [{'name': t} for t in ['System', 'Inboxes', 'Messages', 'Threads', 'Webhooks', 'Domains',
                                   'Attachments', 'Account', 'Auth']],
    'paths': paths,
    'components': {
        'securitySchemes': {
            'BearerAuth': {'type': 'http', 'scheme': 'bearer',
                           'description': 'An API key (`ask_...`) or a session token from /auth/*.'},
            'ApiKeyAuth': {'type': 'apiKey', 'in': 'header', 'name': 'x-api-key',
                           'description': 'An API key (`ask_...`). Checked only when no Bearer token is sent.'},
        },
        'parameters': PARAMS,
        'headers': HEADERS,
        'schemas': S,
    },
}

# ---------------------------------------------------------------- emit
header = ('# AgentSend API contract for mailsim. Written for mailsim from the provider\'s public behaviour;\n'
          '# see contracts/agentsend.md for every deliberate choice and deviation.\n')
lines = write_contract(doc, OUT, header)
print('wrote', OUT, lines, 'lines')
