-- One row per thread per inbox, kept by triggers on cm_messages: what GET /v1/threads?inbox_id=
-- shows of a thread (its latest and first message time in that inbox, how many messages, whether
-- any has attachments), so an inbox's thread list is a keyset read on an index instead of a
-- GROUP BY over every message of the inbox (1.5 s of CPU at a million messages; bench/README.md).
-- A message's domain is its inbox's, so domain_id is one per row. Lists without an inbox filter
-- still group the messages (store/thread-list.ts).
CREATE TABLE cm_thread_inboxes (
  org_id TEXT NOT NULL,
  inbox_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  domain_id TEXT,
  last_message_at TEXT NOT NULL,
  first_message_at TEXT NOT NULL,
  message_count INTEGER NOT NULL,
  attachment_count INTEGER NOT NULL,
  PRIMARY KEY (org_id, inbox_id, thread_id)
);
CREATE INDEX cm_thread_inboxes_order ON cm_thread_inboxes (org_id, inbox_id, last_message_at, thread_id);

INSERT INTO cm_thread_inboxes
  SELECT org_id, inbox_id, thread_id, MAX(domain_id), MAX(created_at), MIN(created_at), COUNT(*),
    SUM(attachments != '[]')
  FROM cm_messages WHERE inbox_id IS NOT NULL GROUP BY org_id, inbox_id, thread_id;

CREATE TRIGGER cm_thread_inboxes_ai AFTER INSERT ON cm_messages WHEN new.inbox_id IS NOT NULL BEGIN
  INSERT INTO cm_thread_inboxes VALUES (new.org_id, new.inbox_id, new.thread_id, new.domain_id, new.created_at,
    new.created_at, 1, new.attachments != '[]')
  ON CONFLICT (org_id, inbox_id, thread_id) DO UPDATE SET
    last_message_at = MAX(last_message_at, excluded.last_message_at),
    first_message_at = MIN(first_message_at, excluded.first_message_at),
    message_count = message_count + 1,
    attachment_count = attachment_count + excluded.attachment_count;
END;

-- A deleted message: the counts go down and the times come from the thread's remaining messages in
-- the inbox (through cm_messages_thread); the row goes with the last one. A reset empties this
-- table first (tables.ts lists it last), so its row-by-row message deletes find nothing to update.
CREATE TRIGGER cm_thread_inboxes_ad AFTER DELETE ON cm_messages WHEN old.inbox_id IS NOT NULL BEGIN
  UPDATE cm_thread_inboxes SET
    message_count = message_count - 1,
    attachment_count = attachment_count - (old.attachments != '[]'),
    last_message_at = COALESCE((SELECT MAX(created_at) FROM cm_messages m WHERE m.org_id = old.org_id
      AND m.thread_id = old.thread_id AND m.inbox_id = old.inbox_id), last_message_at),
    first_message_at = COALESCE((SELECT MIN(created_at) FROM cm_messages m WHERE m.org_id = old.org_id
      AND m.thread_id = old.thread_id AND m.inbox_id = old.inbox_id), first_message_at)
  WHERE org_id = old.org_id AND inbox_id = old.inbox_id AND thread_id = old.thread_id;
  DELETE FROM cm_thread_inboxes WHERE org_id = old.org_id AND inbox_id = old.inbox_id
    AND thread_id = old.thread_id AND message_count <= 0;
END;
