-- The daily-limit check counts an inbox's outbound messages still queued or sending on every send.
CREATE INDEX as_messages_inbox_status ON as_messages (inbox_id, direction, status);
