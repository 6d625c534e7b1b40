-- GET /inboxes lists an account's active inboxes newest first; this index returns them in that
-- order without a sort.
CREATE INDEX as_inboxes_account_order ON as_inboxes (account_id, status, created_at DESC, seq DESC);
