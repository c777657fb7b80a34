package org.aicnet.server.backend.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs each task of a job as one Kubernetes Job of one pod (a task is one node of its job, reading R-tasks-per-node):
 * its container runs the task's command with {@code sh -c} in the task's image, requesting the spec's cores, memory
 * and cards (the extended resource of the processor type). The Job's name is the task's handle; states, exit codes
 * and logs come from its pod, a stop deletes the Job with its pod, the capacity is the nodes' allocatable resources.
 */
final class KubernetesBackend implements AcceleratorBackend {

    static final String JOB_LABEL = "aicnet.org/job-id";
    static final String TASK_LABEL = "aicnet.org/task-id";
    static final String HANDLE_LABEL = "aicnet.org/kubernetes-job";
    /** Where the server serves the task's log from: the pod's log is copied there as the task runs. */
    static final String LOG_ANNOTATION = "aicnet.org/log-file";

    private final BackendContext context;
    private final KubernetesSettings settings;
    private final KubernetesClient client;
    private final String namespace;

    KubernetesBackend(BackendContext context, KubernetesSettings settings, KubernetesClient client) {
        this.context = context;
        this.settings = settings;
        this.client = client;
        String configured = settings.namespace() != null ? settings.namespace() : client.getNamespace();
        this.namespace = configured != null ? configured : "default";
    }

    @Override
    public String submit(TaskLaunch launch) throws BackendException {
        if (launch.image() == null || launch.image().isBlank()) {
            throw new BackendException("task " + launch.taskId() + " names no image, which a Kubernetes pod needs");
        }
        String name = nameOf(launch);
        try {
            client.batch().v1().jobs().inNamespace(namespace).resource(job(name, launch)).create();
            return name;
        } catch (KubernetesClientException e) {
            throw new BackendException("Kubernetes refused Job " + name + ": " + e.getMessage(), e);
        }
    }

    private Job job(String name, TaskLaunch launch) {
        Map<String, String> labels = Map.of(JOB_LABEL, label(launch.jobId()), TASK_LABEL, label(launch.taskId()),
                HANDLE_LABEL, name);
        Map<String, Quantity> resources = resources(launch);
        List<EnvVar> environment = launch.environment().entrySet().stream()
                .map(variable -> new EnvVar(variable.getKey(), variable.getValue(), null)).toList();
        return new JobBuilder()
                .withNewMetadata().withName(name).withLabels(labels)
                    .withAnnotations(Map.of(LOG_ANNOTATION, launch.logFile().toString())).endMetadata()
                .withNewSpec().withBackoffLimit(0).withCompletions(1).withParallelism(1)
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                        .withNewSpec().withRestartPolicy("Never")
                            .addNewContainer().withName("task").withImage(settings.imageOf(launch.image()))
                                .withCommand("sh", "-c", launch.command()).withEnv(environment)
                                .withNewResources().withRequests(resources).withLimits(resources).endResources()
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }

    private Map<String, Quantity> resources(TaskLaunch launch) {
        Map<String, Quantity> resources = new LinkedHashMap<>();
        resources.put("cpu", new Quantity(String.valueOf(launch.demand().coreNum())));
        resources.put("memory", new Quantity(launch.demand().memoryGiB() + "Gi"));
        String card = settings.resourceOf(launch.demand().processorType());
        if (launch.demand().processorNum() > 0 && card != null) {
            resources.put(card, new Quantity(String.valueOf(launch.demand().processorNum())));
        }
        return resources;
    }

    @Override
    public Map<String, TaskState> states(Collection<String> handles) throws BackendException {
        Map<String, TaskState> states = new LinkedHashMap<>();
        try {
            for (String handle : handles) {
                states.put(handle, state(handle));
            }
        } catch (KubernetesClientException e) {
            throw new BackendException("cannot read the pods of namespace " + namespace + ": " + e.getMessage(), e);
        }
        return states;
    }

    private TaskState state(String handle) {
        Job job = client.batch().v1().jobs().inNamespace(namespace).withName(handle).get();
        if (job == null) {
            return TaskState.unknown();
        }
        List<Pod> pods = client.pods().inNamespace(namespace).withLabel(HANDLE_LABEL, handle).list().getItems();
        if (pods.isEmpty()) {
            return new TaskState(TaskStatus.PENDING, null, "Job " + handle + " has no pod yet");
        }
        Pod pod = pods.get(pods.size() - 1);
        TaskState state = PodPhases.stateOf(pod);
        copyLog(handle, job, pod);
        return state;
    }

    /** The pod's log as the task's log, served by the log link as written so far. */
    private void copyLog(String handle, Job job, Pod pod) {
        if (pod.getStatus() == null || "Pending".equals(pod.getStatus().getPhase())) {
            return;
        }
        String logFile = job.getMetadata().getAnnotations() == null ? null
                : job.getMetadata().getAnnotations().get(LOG_ANNOTATION);
        if (logFile == null) {
            return;
        }
        String log = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).getLog();
        try {
            Path file = Path.of(logFile);
            Files.createDirectories(file.getParent());
            Files.writeString(file, log == null ? "" : log);
        } catch (IOException e) {
            throw new KubernetesClientException("cannot write the log of " + handle + " to " + logFile, e);
        }
    }

    @Override
    public void stop(String handle) throws BackendException {
        try {
            client.batch().v1().jobs().inNamespace(namespace).withName(handle)
                    .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        } catch (KubernetesClientException e) {
            throw new BackendException("cannot delete Job " + handle + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TaskState reattach(String handle) throws BackendException {
        return states(List.of(handle)).get(handle);
    }

    @Override
    public List<NodeGroup> capacity() throws BackendException {
        try {
            return new NodeCapacity(settings, context.configuredNodes()).of(client.nodes().list().getItems());
        } catch (KubernetesClientException e) {
            throw new BackendException("cannot list the cluster's nodes: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** A Job name (RFC 1123, at most 63 characters) unique per task: aicnet-job-task. */
    static String nameOf(TaskLaunch launch) {
        String name = ("aicnet-" + label(launch.jobId()) + "-" + label(launch.taskId())).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
        name = name.length() > 63 ? name.substring(0, 63) : name;
        return name.replaceAll("-+$", "");
    }

    /** A label value: at most 63 of [A-Za-z0-9_.-]. */
    private static String label(String value) {
        String label = value.replaceAll("[^A-Za-z0-9_.-]", "_");
        return label.length() > 63 ? label.substring(0, 63) : label;
    }
}
