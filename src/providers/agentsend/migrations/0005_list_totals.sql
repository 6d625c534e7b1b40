-- How many messages and threads each inbox holds, kept as counters: a list's `total` was a COUNT
-- over every row of the inbox, which at a million messages cost more than the page itself
-- (bench/README.md, the 1M figures). insertMessage/deleteMessage and insertThread keep them.
ALTER TABLE as_inboxes ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE as_inboxes ADD COLUMN thread_count INTEGER NOT NULL DEFAULT 0;
UPDATE as_inboxes SET
  message_count = (SELECT COUNT(*) FROM as_messages m WHERE m.inbox_id = as_inboxes.id),
  thread_count = (SELECT COUNT(*) FROM as_threads t WHERE t.inbox_id = as_inboxes.id);
