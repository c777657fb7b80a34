package org.aicnet.server.jobs;

/**
 * A training job (A.30) or an online service job (A.56). Each kind has its own name space for 0208 and its own ids;
 * GET /trainjob lists training jobs only.
 */
public enum JobKind {
    TRAINING("job-"),
    ONLINE("svc-");

    private final String idPrefix;

    JobKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /**
     * Training job ids are zero-padded so that their text order is their creation order (the default sort of A.36
     * is id). An online job's id is also its service's address, reachable with a signed link: 128 random bits, so
     * that nobody finds another user's service by counting.
     */
    String id(long sequence) {
        return this == ONLINE ? idPrefix + RandomIds.next() : idPrefix + String.format("%010d", sequence);
    }
}
