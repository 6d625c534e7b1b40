-- Due jobs are picked per queue in due order; this index serves that query without sorting the
-- whole backlog on every tick (a burst of sends queues thousands).
CREATE INDEX jobs_queue_due ON jobs (queue, state, run_at_ms);
