-- The last job number given out, advanced in the transaction that stores the job: on disk exactly when the job is, on
-- every store, so that a number is never given out twice. Databases made before start from the jobs' numbers (and,
-- on H2, from the sequence that numbered them: V5).
CREATE TABLE IF NOT EXISTS job_counter (
    id INT PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO job_counter (id, last_seq) SELECT 1, COALESCE((SELECT MAX(seq) FROM jobs), 0)
    WHERE NOT EXISTS (SELECT 1 FROM job_counter);
