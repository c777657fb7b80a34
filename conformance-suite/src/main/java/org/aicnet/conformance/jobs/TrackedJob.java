package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.schemas.standard.JobFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job the suite created: what it sent, what the platform answered, and every state it was seen in since (each
 * state once, in the order seen). An anomaly is an answer that ended the following early: a detail that could not be
 * read, or a status that is no state of 6.3.4.
 */
public final class TrackedJob {

    private final JobKind kind;
    private final String id;
    private final Credentials owner;
    private final JobBody request;
    private final JsonNode created;
    private final Placement placement;
    private final List<String> states = new ArrayList<>();
    private String anomaly;
    private boolean answeredStopped;

    TrackedJob(JobKind kind, String id, Credentials owner, JobBody request, JsonNode created, Placement placement) {
        this.kind = kind;
        this.id = id;
        this.owner = owner;
        this.request = request;
        this.created = created;
        this.placement = placement;
        JsonNode status = created.path("status");
        if (status.isTextual()) {
            observe(status.asText());
        }
    }

    public JobKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String name() {
        return request.name();
    }

    public Credentials owner() {
        return owner;
    }

    /** The body it was created with. */
    public JobBody request() {
        return request;
    }

    /** The answer to its creation (A.33 or A.59). */
    public JsonNode created() {
        return created;
    }

    public Placement placement() {
        return placement;
    }

    /** A value of the config it was created with, or a missing node. */
    public JsonNode config(String field) {
        return request.get(JobFields.CONFIG + "." + field);
    }

    synchronized void observe(String state) {
        if (states.isEmpty() || !states.get(states.size() - 1).equals(state)) {
            states.add(state);
        }
    }

    synchronized void anomaly(String what) {
        anomaly = what;
    }

    /** The platform answered a stop of the job with the status STOPPED (A.51). */
    synchronized void answeredStopped() {
        answeredStopped = true;
    }

    synchronized boolean wasAnsweredStopped() {
        return answeredStopped;
    }

    /** The states seen, each once in the order seen, from the answer to its creation on. */
    public synchronized List<String> states() {
        return List.copyOf(states);
    }

    public synchronized Optional<String> anomaly() {
        return Optional.ofNullable(anomaly);
    }

    public synchronized Optional<String> lastState() {
        return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
    }

    public boolean ended() {
        return lastState().filter(Standard.FINAL_STATES::contains).isPresent();
    }

    @Override
    public String toString() {
        return kind.words() + " " + id + " (" + name() + ")";
    }
}
