-- Looking a message up by its Message-ID on every arrival makes delivery idempotent: a message
-- sent again after a crash (at-least-once) is recognised instead of stored and delivered twice.
CREATE INDEX mail_messages_message_id ON mail_messages (message_id) WHERE message_id IS NOT NULL;
