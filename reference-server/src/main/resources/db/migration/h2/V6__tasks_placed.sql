-- The tasks a backend holds, by state: a scheduler's round and a start read those pending or running with a handle,
-- a few among the tasks of the jobs waiting for a place (100,000 of them in docs/performance.md), which the index of
-- the state alone made each read walk. H2 has no partial index: the handle is the index's second column.
CREATE INDEX IF NOT EXISTS tasks_placed ON tasks (status, handle);
DROP INDEX IF EXISTS tasks_by_status;
