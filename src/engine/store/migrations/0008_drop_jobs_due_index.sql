-- Every query that looks for due jobs names its queue, so jobs_queue_due (0004) serves them all and
-- jobs_due (0001) only cost a page write on every job inserted, started and finished. The two
-- statements left without it (start-up's running → pending, reset by provider) scan a table that
-- holds only jobs not yet finished.
DROP INDEX IF EXISTS jobs_due;
