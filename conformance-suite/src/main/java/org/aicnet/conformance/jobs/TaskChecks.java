package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.Standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The judgements of the tasks in a training job's detail (7.4.3, A.42-A.45, reading R-tasks-per-node). Each throws an
 * {@link AssertionError} naming what the standard or the reading asks and what the platform sent.
 */
public final class TaskChecks {

    private TaskChecks() {
    }

    /** A.42: the tasks of a job's detail, which has the array 'tasks'. */
    public static List<JsonNode> tasks(JsonNode detail) {
        JsonNode tasks = detail.path("tasks");
        if (!tasks.isArray()) {
            throw new AssertionError("the detail of a training job has the array 'tasks' (A.42), got " + tasks);
        }
        List<JsonNode> list = new ArrayList<>();
        tasks.forEach(list::add);
        return list;
    }

    /** A.42, reading R-tasks-per-node: a job of {@code count} nodes runs one task per node. */
    public static void onePerNode(List<JsonNode> tasks, int count) {
        if (tasks.size() != count) {
            throw new AssertionError("a job of " + count + " node(s) runs " + count + " task(s), one per node "
                    + "(A.42, reading R-tasks-per-node); it lists " + tasks.size());
        }
    }

    /** Clause 3, A.42: a job has one or more tasks. */
    public static void some(List<JsonNode> tasks) {
        if (tasks.isEmpty()) {
            throw new AssertionError("a job has one or more tasks (clause 3, A.42); the detail lists none");
        }
    }

    /** A.44: every task has its own taskId within its job. */
    public static void distinctIds(List<JsonNode> tasks) {
        Set<String> ids = new HashSet<>();
        for (JsonNode task : tasks) {
            String id = task.path("taskId").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                throw new AssertionError("every task has its own taskId within its job (A.44); got "
                        + tasks.stream().map(t -> t.path("taskId").toString()).toList());
            }
        }
    }

    /** A.32 centerId, 7.4.1: every task runs in one of the centers the job named. */
    public static void inNamedCenters(List<JsonNode> tasks, Set<String> named) {
        for (JsonNode task : tasks) {
            if (!named.contains(task.path("centerId").asText())) {
                throw new AssertionError("task " + task.path("taskId").asText() + " runs in center "
                        + task.path("centerId").asText() + ", not in one the job named: " + named
                        + " (A.32 centerId, 7.4.1)");
            }
        }
    }

    /** A.44: every task's center is listed by GET /centers, under the name the task gives it. */
    public static void centersAsListed(List<JsonNode> tasks, List<JsonNode> centers) {
        for (JsonNode task : tasks) {
            String centerId = task.path("centerId").asText();
            JsonNode center = centers.stream().filter(item -> centerId.equals(item.path("centerId").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("task " + task.path("taskId").asText()
                            + " runs in center " + centerId + ", which GET /centers does not list"));
            Expect.equal("centerName of task " + task.path("taskId").asText() + " (A.44)",
                    center.path("centerName").asText(), task.path("centerName").asText(null));
        }
    }

    /** A.44: every task shows {@code field} with the value the job was created with. */
    public static void eachHas(List<JsonNode> tasks, String field, String expected) {
        for (JsonNode task : tasks) {
            Expect.equal(field + " of task " + task.path("taskId").asText() + " (A.44)", expected,
                    task.path(field).isValueNode() ? task.path(field).asText() : null);
        }
    }

    /** A.45: every task's specInfo shows the cpu, processor and memory GET /resource/specs gives the spec. */
    public static void specInfoOf(List<JsonNode> tasks, JsonNode spec) {
        for (JsonNode task : tasks) {
            for (String part : List.of("cpu", "processor", "memory")) {
                Expect.sameFields("specInfo." + part + " of task " + task.path("taskId").asText()
                        + " (A.45) and the spec's " + part + " in GET /resource/specs", spec.path(part),
                        task.path("specInfo").path(part));
            }
        }
    }

    /** Reading R-task-status: where a task has a status of its own, it is a state of 6.3.4. */
    public static void statusesOfTable4(List<JsonNode> withStatus) {
        for (JsonNode task : withStatus) {
            if (!Standard.JOB_STATES.contains(task.path("status").asText(null))) {
                throw new AssertionError("task " + task.path("taskId").asText() + " has the status "
                        + task.path("status") + ", no state of 6.3.4");
            }
        }
    }
}
