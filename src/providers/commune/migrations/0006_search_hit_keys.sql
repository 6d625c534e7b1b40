-- What keyword search reads of every hit (store/search.ts), in one covering index keyed by the FTS
-- rowid: each hit is then read from this small index instead of its whole message row, which at a
-- million stored messages took most of a 1 000-hit search (about 60 ms of page reads, 18 ms here).
CREATE INDEX cm_messages_search_hits ON cm_messages (seq, org_id, inbox_id, domain_id, thread_id, created_at);
