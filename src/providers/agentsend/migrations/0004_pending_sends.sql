-- Outbound messages of an inbox still queued or sending, kept as a counter: the daily-limit check
-- on every send read it with a COUNT over the backlog, which grows with a burst of sends.
ALTER TABLE as_inboxes ADD COLUMN pending_sends INTEGER NOT NULL DEFAULT 0;
UPDATE as_inboxes SET pending_sends = (
  SELECT COUNT(*) FROM as_messages m
  WHERE m.inbox_id = as_inboxes.id AND m.direction = 'outbound' AND m.status IN ('queued', 'sending'));
