package org.aicnet.conformance.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.conformance.run.Cleanup;
import org.aicnet.conformance.run.KitError;
import org.aicnet.conformance.run.RunContext;
import org.opentest4j.TestAbortedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The jobs that the access checks need, made once per run for the primary user and shared: a runnable config found
 * through the lists, a job that keeps running (the configured long command) and one that has succeeded (the
 * succeeding command). Every job is recorded for the cleanup the moment the platform answers with its id. A job that
 * does not reach its state within the job timeout is a {@link KitError}: the check could not be prepared.
 */
public final class JobFixtures {

    /** A job the checks can use: its id and the id of its first task. */
    public record PreparedJob(String id, String taskId) {
    }

    private static final Map<RunContext, JobFixtures> BY_RUN = new WeakHashMap<>();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final RunContext run;
    private RunnableConfig config;
    private PreparedJob running;
    private PreparedJob succeeded;

    private JobFixtures(RunContext run) {
        this.run = run;
    }

    /** The fixtures of the run in progress. */
    public static JobFixtures of(RunContext run) {
        synchronized (BY_RUN) {
            return BY_RUN.computeIfAbsent(run, JobFixtures::new);
        }
    }

    /** A job name of this run, unique within it: the run id, a label and a number (1-64 of [A-Za-z0-9_-]). */
    public static String jobName(RunContext run, String label) {
        String name = (run.runId() + "-" + label + "-" + NAMES.incrementAndGet()).replaceAll("[^A-Za-z0-9_-]", "-");
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }

    /**
     * A connected center with a spec it offers and an image it holds, the image's processor matching the spec's
     * where the lists allow; SKIP when the platform lists none.
     */
    public synchronized RunnableConfig runnableConfig(PlatformClient client, String token) {
        if (config == null) {
            try {
                config = find(ListWalker.forDiscovery(client, token));
            } catch (AssertionError e) {
                throw new KitError("could not find a spec and an image to create the job the check needs: "
                        + e.getMessage());
            }
            if (config == null) {
                throw new TestAbortedException("the platform lists no connected center with a resource spec and an"
                        + " image: no job can be created");
            }
        }
        return config;
    }

    private static RunnableConfig find(ListWalker lists) {
        for (JsonNode center : lists.walk(AnnexLists.CENTERS, Map.of(), null).items()) {
            if (!center.path("connected").asBoolean(false)) {
                continue;
            }
            String centerId = center.path("centerId").asText();
            List<JsonNode> specs = lists.walk(AnnexLists.SPECS, Map.of("centerId", centerId), null).items();
            List<JsonNode> images = lists.walk(AnnexLists.IMAGES, Map.of("centerId", centerId), null).items();
            if (!specs.isEmpty() && !images.isEmpty()) {
                return pair(centerId, specs, images);
            }
        }
        return null;
    }

    private static RunnableConfig pair(String centerId, List<JsonNode> specs, List<JsonNode> images) {
        for (JsonNode spec : specs) {
            String processor = spec.at("/processor/processorType").asText("");
            for (JsonNode image : images) {
                if (!processor.isEmpty() && processor.equals(image.path("processor").asText())) {
                    return new RunnableConfig(centerId, spec.path("resourceSpecId").asText(),
                            image.path("imageId").asText());
                }
            }
        }
        return new RunnableConfig(centerId, specs.get(0).path("resourceSpecId").asText(),
                images.get(0).path("imageId").asText());
    }

    /** The body of A.31 (and A.57) for a job of this run running {@code command} on the runnable config. */
    public static String jobBody(String name, RunnableConfig config, String command) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("jobName", name);
        body.put("jobDesc", "T/AI 123.8 conformance check");
        ObjectNode jobConfig = body.putObject("config");
        jobConfig.putArray("centerId").add(config.centerId());
        jobConfig.put("specId", config.specId());
        jobConfig.put("imageId", config.imageId());
        jobConfig.put("command", command);
        return body.toString();
    }

    /** A job that is running, with a task; created on first use. */
    public synchronized PreparedJob running(PlatformClient client, String token) {
        if (running == null) {
            String id = create(client, token, "running", run.config().longCommand());
            running = await(client, token, id, Set.of("RUNNING"));
        }
        return running;
    }

    /** A job that has succeeded; created on first use. */
    public synchronized PreparedJob succeeded(PlatformClient client, String token) {
        if (succeeded == null) {
            String id = create(client, token, "succeeded", run.config().succeedingCommand());
            succeeded = await(client, token, id, Set.of("SUCCEEDED"));
        }
        return succeeded;
    }

    private String create(PlatformClient client, String token, String label, String command) {
        RunnableConfig runnable = runnableConfig(client, token);
        ApiResponse created = client.post(Standard.TRAIN_JOBS).token(token)
                .json(jobBody(jobName(run, label), runnable, command)).send();
        if (created.status() / 100 != 2) {
            throw new KitError("could not create the training job the check needs: HTTP " + created.status() + " "
                    + Exchange.cut(created.text()));
        }
        String id = created.json().at("/metadata/id").asText("");
        if (id.isEmpty()) {
            throw new KitError("the platform created a training job but sent no metadata.id: " + created.text());
        }
        run.cleanup().created(Cleanup.Kind.TRAIN_JOB, id, run.config().primaryUser().name());
        return id;
    }

    private PreparedJob await(PlatformClient client, String token, String id, Set<String> states) {
        SuiteConfig config = run.config();
        Instant deadline = Instant.now().plus(config.jobTimeout());
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            ApiResponse detail = client.get(Standard.TRAIN_JOB).pathParam("id", id).token(token).send();
            if (detail.status() / 100 != 2) {
                throw new KitError("could not read the training job " + id + " the check needs: HTTP "
                        + detail.status() + " " + Exchange.cut(detail.text()));
            }
            JsonNode body = detail.json();
            status = body.path("status").asText();
            String taskId = body.at("/tasks/0/taskId").asText("");
            if (states.contains(status) && !taskId.isEmpty()) {
                return new PreparedJob(id, taskId);
            }
            if (Standard.FINAL_STATES.contains(status) || "UNKNOWN".equals(status)) {
                throw new KitError("the training job " + id + " the check needs ended " + status + " instead of "
                        + states + "; set the commands (--succeeding-command, --long-command) for this platform");
            }
            sleep(config.pollInterval());
        }
        throw new KitError("the training job " + id + " the check needs did not become " + states + " within "
                + config.jobTimeout() + " (last status " + status + "; see --job-timeout)");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KitError("interrupted while waiting for a training job");
        }
    }
}
