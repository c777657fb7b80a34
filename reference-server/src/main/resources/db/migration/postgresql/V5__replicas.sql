-- Replicas of the server on one PostgreSQL store (docs/replicas.md).
-- The secrets every replica must share, made by the first replica that needs one: the key of the log links.
CREATE TABLE IF NOT EXISTS server_secrets (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    secret VARCHAR(256) NOT NULL
);
-- Stops asked of a replica that does not hold the scheduler lease: the holder runs the backends, so it stops the
-- backend's task of each row and removes the row.
CREATE TABLE IF NOT EXISTS task_stops (
    job_id VARCHAR(32) NOT NULL,
    task_id VARCHAR(64) NOT NULL,
    center_id VARCHAR(256) NOT NULL,
    handle VARCHAR(4096) NOT NULL,
    PRIMARY KEY (job_id, task_id)
);
