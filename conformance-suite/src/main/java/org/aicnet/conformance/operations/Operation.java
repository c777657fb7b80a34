package org.aicnet.conformance.operations;

import org.aicnet.schemas.standard.ApiPaths;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Every operation of annex A, named as the features say it, with its method and path and what a valid request
 * needs. All but logging in need a token (reading R-token-scope; the signed log link is no operation of annex A).
 */
public enum Operation {
    LOG_IN("log in", "POST", ApiPaths.TOKENS, Needs.NOTHING),
    LIST_CENTERS("list the computing centers", "GET", ApiPaths.CENTERS, Needs.NOTHING),
    LIST_SPECS("list the resource specs", "GET", ApiPaths.SPECS, Needs.NOTHING),
    ASK_IDLE("ask for the idle resources", "GET", ApiPaths.IDLE, Needs.NOTHING),
    LIST_IMAGES("list the images", "GET", ApiPaths.IMAGES, Needs.NOTHING),
    LIST_DATASETS("list the datasets", "GET", ApiPaths.DATASETS, Needs.NOTHING),
    UPLOAD_DATASET("upload a dataset", "POST", ApiPaths.DATASET_UPLOAD, Needs.NOTHING),
    CREATE_TRAINING_JOB("create a training job", "POST", ApiPaths.TRAIN_JOBS, Needs.RUNNABLE_CONFIG),
    LIST_TRAINING_JOBS("list the training jobs", "GET", ApiPaths.TRAIN_JOBS, Needs.NOTHING),
    SHOW_TRAINING_JOB("show a training job", "GET", ApiPaths.TRAIN_JOB, Needs.RUNNING_JOB),
    ASK_TASK_LOG_LINK("ask for a task's log link", "GET", ApiPaths.TASK_LOG_URL, Needs.RUNNING_JOB),
    STOP_TRAINING_JOB("stop a training job", "POST", ApiPaths.TRAIN_JOB_STOP, Needs.RUNNING_JOB),
    DELETE_TRAINING_JOB("delete a training job", "DELETE", ApiPaths.TRAIN_JOB, Needs.SUCCEEDED_JOB),
    DOWNLOAD_RESULTS("download a training job's results", "GET", ApiPaths.TRAIN_JOB_DOWNLOAD, Needs.SUCCEEDED_JOB),
    CREATE_ONLINE_JOB("create an online service job", "POST", ApiPaths.ONLINE_JOBS, Needs.RUNNABLE_CONFIG);

    /**
     * What a request needs so that its token is the only thing wrong with it (reading R-several-errors): a spec and an
     * image that can run, a job that is running (stop, detail, log link) or one that has succeeded (delete, download).
     */
    public enum Needs { NOTHING, RUNNABLE_CONFIG, RUNNING_JOB, SUCCEEDED_JOB }

    /** The regular expression of the {@code {operation}} parameter: the words of every operation (see the test). */
    public static final String NAMES = "log in|list the computing centers|list the resource specs"
            + "|ask for the idle resources|list the images|list the datasets|upload a dataset|create a training job"
            + "|list the training jobs|show a training job|ask for a task's log link|stop a training job"
            + "|delete a training job|download a training job's results|create an online service job";

    private final String words;
    private final String method;
    private final String path;
    private final Needs needs;

    Operation(String words, String method, String path, Needs needs) {
        this.words = words;
        this.method = method;
        this.path = path;
        this.needs = needs;
    }

    public static Operation named(String words) {
        return Arrays.stream(values()).filter(operation -> operation.words.equals(words)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("kit defect: no operation '" + words + "'"));
    }

    public String words() {
        return words;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Needs needs() {
        return needs;
    }

    /** Reading R-token-scope: every operation but logging in needs a token. */
    public boolean needsToken() {
        return this != LOG_IN;
    }

    /** Whether a valid request creates something on the platform (when the platform serves it). */
    public boolean creates() {
        return this == UPLOAD_DATASET || this == CREATE_TRAINING_JOB || this == CREATE_ONLINE_JOB;
    }

    /** Whether the operation acts on one job, named by its id in the path. */
    public boolean onOneJob() {
        return path.contains("{id}");
    }
}
