-- The tasks a backend holds, by state: a scheduler's round and a start read those pending or running with a handle,
-- a few among the tasks of the jobs waiting for a place (100,000 of them in docs/performance.md), which the index of
-- the state alone made each read walk. Partial, so that no handle (up to 4,096 characters) is a key.
CREATE INDEX IF NOT EXISTS tasks_placed ON tasks (status) WHERE handle IS NOT NULL;
DROP INDEX IF EXISTS tasks_by_status;
