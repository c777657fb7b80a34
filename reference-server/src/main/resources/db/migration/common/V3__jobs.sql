-- Training and online jobs (A.30-A.60) and their tasks.
-- A job's list query (A.36) filters on the caller and the kind, then on center, processor, status and create time,
-- and sorts on id, name, status or createTime with the id breaking ties: one index per sort key, each led by
-- (user_id, kind), lets H2 read a page in index order with LIMIT/OFFSET instead of sorting every job of the user.
CREATE TABLE IF NOT EXISTS jobs (
    seq BIGINT NOT NULL,
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    user_id VARCHAR(256) NOT NULL,
    name VARCHAR(64) NOT NULL,
    description VARCHAR(512) NOT NULL,
    status VARCHAR(16) NOT NULL,
    create_time TIMESTAMP(0) NOT NULL,
    stopped_time TIMESTAMP(0),
    spec_id VARCHAR(256) NOT NULL,
    spec_json VARCHAR(4096) NOT NULL,
    processor_type VARCHAR(64) NOT NULL,
    node_count INT NOT NULL,
    image_id VARCHAR(256),
    image_url VARCHAR(4096),
    command VARCHAR(131072),
    candidate_centers VARCHAR(8192) NOT NULL,
    center_id VARCHAR(256) NOT NULL,
    placed BOOLEAN NOT NULL,
    service_port INT
);
-- The requests' limits are in code points (jobDesc 256, imageUrl 2,048, command 65,536), H2 counts UTF-16 units: a
-- column holds twice the limit. Databases made before say so here; widening a VARCHAR copies no row.
ALTER TABLE jobs ALTER COLUMN description SET DATA TYPE VARCHAR(512);
ALTER TABLE jobs ALTER COLUMN image_url SET DATA TYPE VARCHAR(4096);
ALTER TABLE jobs ALTER COLUMN command SET DATA TYPE VARCHAR(131072);

-- 0208: a name is unique per user among the jobs of one kind (online jobs have their own name space); a deleted
-- job's row is gone, so its name is free again. Being unique, the name needs no id to break ties.
CREATE UNIQUE INDEX IF NOT EXISTS jobs_name_unique ON jobs (user_id, kind, name);
-- H2 reads an index in one direction only: each sort key has an ascending and a descending index.
CREATE INDEX IF NOT EXISTS jobs_by_name_desc ON jobs (user_id, kind, name DESC);
CREATE INDEX IF NOT EXISTS jobs_by_id ON jobs (user_id, kind, id);
CREATE INDEX IF NOT EXISTS jobs_by_id_desc ON jobs (user_id, kind, id DESC);
CREATE INDEX IF NOT EXISTS jobs_by_status ON jobs (user_id, kind, status, id);
CREATE INDEX IF NOT EXISTS jobs_by_status_desc ON jobs (user_id, kind, status DESC, id DESC);
CREATE INDEX IF NOT EXISTS jobs_by_create_time ON jobs (user_id, kind, create_time, id);
CREATE INDEX IF NOT EXISTS jobs_by_create_time_desc ON jobs (user_id, kind, create_time DESC, id DESC);
-- The filters of A.36 that no sort key leads: the center a job runs in, the processor type of its spec.
CREATE INDEX IF NOT EXISTS jobs_by_center ON jobs (user_id, kind, center_id, id);
CREATE INDEX IF NOT EXISTS jobs_by_processor ON jobs (user_id, kind, processor_type, id);
-- The scheduler's queue: pending jobs not yet placed on nodes, first come first served, read center by center.
CREATE INDEX IF NOT EXISTS jobs_queue ON jobs (placed, status, seq);
CREATE INDEX IF NOT EXISTS jobs_queue_by_center ON jobs (placed, status, center_id, seq);

CREATE TABLE IF NOT EXISTS tasks (
    job_id VARCHAR(32) NOT NULL,
    task_id VARCHAR(32) NOT NULL,
    task_index INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    center_id VARCHAR(256),
    node_index INT,
    accelerators VARCHAR(1024),
    handle VARCHAR(4096),
    exit_code INT,
    reason VARCHAR(1024),
    PRIMARY KEY (job_id, task_id),
    FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS tasks_by_status ON tasks (status);

