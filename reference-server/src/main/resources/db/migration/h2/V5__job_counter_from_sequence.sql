-- H2 databases made before numbered jobs with the sequence job_seq: deleted jobs' numbers are above MAX(seq).
UPDATE job_counter SET last_seq = GREATEST(last_seq,
    COALESCE((SELECT BASE_VALUE - 1 FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'JOB_SEQ'), 0))
    WHERE id = 1;
