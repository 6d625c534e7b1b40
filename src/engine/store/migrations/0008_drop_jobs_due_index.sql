-- Every query that looks for due jobs names its queue, so jobs_queue_due (0004) serves them all and
-- jobs_due (0001) only cost a page write on every job inserted, started and finished. The one
-- statement it served besides (start-up's running → pending) now reads the jobs table once per
-- start: a table of unfinished jobs and dead ones (kept until a reset).
DROP INDEX IF EXISTS jobs_due;
