package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.Cleanup;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;

/** The two kinds of job a client can create: training jobs (7.4.1, A.30) and online service jobs (7.4.8, A.56). */
public enum JobKind {
    TRAINING("training job", ApiPaths.TRAIN_JOBS, TableSchemas.TRAINJOB_CREATE_RESPONSE, Cleanup.Kind.TRAIN_JOB),
    ONLINE("online job", ApiPaths.ONLINE_JOBS, TableSchemas.ONLINEJOB_CREATE_RESPONSE, Cleanup.Kind.ONLINE_JOB);

    private final String words;
    private final String path;
    private final String createdSchema;
    private final Cleanup.Kind cleanupKind;

    JobKind(String words, String path, String createdSchema, Cleanup.Kind cleanupKind) {
        this.words = words;
        this.path = path;
        this.createdSchema = createdSchema;
        this.cleanupKind = cleanupKind;
    }

    /** The kind as the features name it: "training job" or "online job". */
    public static JobKind named(String words) {
        for (JobKind kind : values()) {
            if (kind.words.equals(words)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kit defect: no job kind is called '" + words + "'");
    }

    public String words() {
        return words;
    }

    /** The path the job is created at (POST). */
    public String path() {
        return path;
    }

    /** The schema of the answer to a successful create (A.33 or A.59). */
    public String createdSchema() {
        return createdSchema;
    }

    public Cleanup.Kind cleanupKind() {
        return cleanupKind;
    }
}
