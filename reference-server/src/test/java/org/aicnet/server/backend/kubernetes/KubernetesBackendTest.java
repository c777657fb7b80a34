package org.aicnet.server.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.Launches;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kubernetes backend against fabric8's mock API server in CRUD mode; the test plays the Job controller and kubelet. */
@EnableKubernetesMockClient(crud = true)
class KubernetesBackendTest {

    private static final ResourceShape TWO_GPUS = new ResourceShape("X86", 4, "GPU", 2, "Nvidia/GPU/A100", 80, 16);

    static KubernetesClient client;
    static KubernetesMockServer server;

    @TempDir
    Path data;

    private KubernetesBackend backend;

    @BeforeEach
    void backend() throws Exception {
        client.batch().v1().jobs().inNamespace("aicnet").delete();
        client.pods().inNamespace("aicnet").delete();
        client.nodes().delete();
        backend = backend(Map.of("namespace", "aicnet", "images", Map.of("img-1", "registry.example/pytorch:2")));
    }

    private KubernetesBackend backend(Map<String, Object> settings) throws Exception {
        BackendContext context = new BackendContext("c1", settings, List.of(),
                Duration.ofSeconds(1), Duration.ofMillis(100), data);
        return new KubernetesBackend(context, KubernetesSettings.of(settings), client);
    }

    @Test
    void aTaskIsAJobOfOnePodWithTheSpecsResourcesImageAndCommand() throws Exception {
        TaskLaunch launch = launch("job-1", "task-0", 0, 1, "python train.py", TWO_GPUS);

        String handle = backend.submit(launch);

        Job job = client.batch().v1().jobs().inNamespace("aicnet").withName(handle).get();
        assertEquals("aicnet-job-1-task-0", handle);
        assertEquals("job-1", job.getMetadata().getLabels().get(KubernetesBackend.JOB_LABEL));
        assertEquals("task-0", job.getSpec().getTemplate().getMetadata().getLabels().get(KubernetesBackend.TASK_LABEL));
        assertEquals(0, job.getSpec().getBackoffLimit());
        var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("Never", job.getSpec().getTemplate().getSpec().getRestartPolicy());
        assertEquals(List.of("sh", "-c", "python train.py"), container.getCommand());
        assertEquals("img", container.getImage());
        Map<String, Quantity> requests = container.getResources().getRequests();
        assertEquals(new Quantity("4"), requests.get("cpu"));
        assertEquals(new Quantity("16Gi"), requests.get("memory"));
        assertEquals(new Quantity("2"), requests.get("nvidia.com/gpu"));
        assertEquals(requests, container.getResources().getLimits());
        assertTrue(container.getEnv().stream()
                .anyMatch(env -> env.getName().equals("AICNET_JOB_ID") && env.getValue().equals("job-1")));
    }

    @Test
    void theExtendedResourceAndTheImageFollowTheSettings() throws Exception {
        backend = backend(Map.of("namespace", "aicnet", "resources", Map.of("npu", "huawei.com/Ascend310"),
                "images", Map.of("img", "registry.example/mindspore:2")));
        ResourceShape npus = new ResourceShape("ARM", 8, "NPU", 4, "Huawei/NPU/910B", 64, 32);

        String handle = backend.submit(launch("job-2", "task-0", 0, 1, "true", npus));

        var container = client.batch().v1().jobs().inNamespace("aicnet").withName(handle).get()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("registry.example/mindspore:2", container.getImage());
        assertEquals(new Quantity("4"), container.getResources().getRequests().get("huawei.com/Ascend310"));
    }

    @Test
    void statesFollowThePodsPhasesAndAFailedPodGivesItsExitCode() throws Exception {
        String handle = backend.submit(launch("job-3", "task-0", 0, 1, "exit 3", Launches.SMALL));
        assertEquals(TaskStatus.PENDING, state(handle).status(), "a Job without a pod yet waits");

        kubelet(handle, "Pending", null);
        assertEquals(TaskStatus.PENDING, state(handle).status());
        kubelet(handle, "Running", null);
        assertEquals(TaskStatus.RUNNING, state(handle).status());
        kubelet(handle, "Failed", 3);
        TaskState failed = state(handle);
        assertEquals(TaskStatus.FAILED, failed.status());
        assertEquals(3, failed.exitCode());
        assertTrue(failed.reason().contains("Failed"), failed.reason());
    }

    @Test
    void aSucceededPodIsSucceededWithExitCodeZeroAndItsLogBecomesTheTasksLog() throws Exception {
        TaskLaunch launch = launch("job-4", "task-0", 0, 1, "echo hello", Launches.SMALL);
        String handle = backend.submit(launch);
        Pod pod = kubelet(handle, "Succeeded", 0);
        server.expect().get().withPath("/api/v1/namespaces/aicnet/pods/" + pod.getMetadata().getName() + "/log?pretty=false")
                .andReturn(200, "hello\n").always();

        TaskState state = state(handle);

        assertEquals(TaskStatus.SUCCEEDED, state.status());
        assertEquals(0, state.exitCode());
        assertEquals("hello\n", Files.readString(launch.logFile()));
    }

    @Test
    void anUnknownHandleIsUnknownAndReattachReadsTheCluster() throws Exception {
        assertEquals(TaskStatus.UNKNOWN, state("aicnet-gone-task-0").status());
        String handle = backend.submit(launch("job-5", "task-0", 0, 1, "sleep 60", Launches.SMALL));
        kubelet(handle, "Running", null);

        assertEquals(TaskStatus.RUNNING, backend(Map.of("namespace", "aicnet")).reattach(handle).status());
    }

    @Test
    void stopDeletesTheJobSoThatTheTaskIsGone() throws Exception {
        String handle = backend.submit(launch("job-6", "task-0", 0, 1, "sleep 60", Launches.SMALL));
        kubelet(handle, "Running", null);

        backend.stop(handle);
        backend.stop(handle);

        assertNull(client.batch().v1().jobs().inNamespace("aicnet").withName(handle).get());
        assertEquals(TaskStatus.UNKNOWN, state(handle).status());
    }

    @Test
    void aJobOfSeveralNodesIsOneKubernetesJobPerTaskEachWithItsOwnState() throws Exception {
        List<String> handles = backend.submitJob(List.of(
                launch("job-7", "task-0", 0, 3, "train", TWO_GPUS),
                launch("job-7", "task-1", 1, 3, "train", TWO_GPUS),
                launch("job-7", "task-2", 2, 3, "train", TWO_GPUS)));

        assertEquals(List.of("aicnet-job-7-task-0", "aicnet-job-7-task-1", "aicnet-job-7-task-2"), handles);
        assertEquals(3, client.batch().v1().jobs().inNamespace("aicnet")
                .withLabel(KubernetesBackend.JOB_LABEL, "job-7").list().getItems().size());
        kubelet(handles.get(0), "Running", null);
        kubelet(handles.get(1), "Succeeded", 0);
        kubelet(handles.get(2), "Failed", 137);
        Map<String, TaskState> states = backend.states(handles);
        assertEquals(TaskStatus.RUNNING, states.get(handles.get(0)).status());
        assertEquals(TaskStatus.SUCCEEDED, states.get(handles.get(1)).status());
        assertEquals(137, states.get(handles.get(2)).exitCode());
    }

    @Test
    void aTaskWithoutAnImageIsRefused() {
        TaskLaunch launch = launch("job-8", "task-0", 0, 1, "true", Launches.SMALL);
        TaskLaunch imageless = new TaskLaunch(launch.centerId(), launch.jobId(), launch.taskId(), 0, 1, 0,
                launch.command(), null, launch.demand(), List.of(), launch.workDirectory(), launch.outputDirectory(),
                launch.logFile(), launch.environment(), null);

        assertThrows(org.aicnet.server.backend.BackendException.class, () -> backend.submit(imageless));
    }

    @Test
    void capacityIsTheNodesAllocatableResourcesGroupedByShape() throws Exception {
        client.nodes().resource(node("gpu-a", "amd64", Map.of("cpu", "64", "memory", "515Gi", "nvidia.com/gpu", "8"), false)).create();
        client.nodes().resource(node("gpu-b", "amd64", Map.of("cpu", "64", "memory", "515Gi", "nvidia.com/gpu", "8"), false)).create();
        client.nodes().resource(node("cpu-a", "arm64", Map.of("cpu", "15500m", "memory", "32000Mi"), false)).create();
        client.nodes().resource(node("cordoned", "amd64", Map.of("cpu", "64", "memory", "1Ti"), true)).create();

        List<NodeGroup> capacity = backend.capacity();

        assertEquals(List.of(
                new NodeGroup(new ResourceShape("ARM", 15, "", 0, "", 0, 31), 1),
                new NodeGroup(new ResourceShape("X86", 64, "GPU", 8, "Nvidia/GPU/generic", 0, 515), 2)), capacity);
    }

    @Test
    void aNamespaceThatIsNoNameIsAConfigurationError() {
        assertThrows(org.aicnet.server.backend.BackendException.class,
                () -> KubernetesSettings.of(Map.of("namespace", "Not A Name")));
    }

    private TaskState state(String handle) throws Exception {
        return backend.states(List.of(handle)).get(handle);
    }

    private TaskLaunch launch(String job, String task, int index, int count, String command, ResourceShape demand) {
        return Launches.of(data, job, task, index, count, command, demand, List.of(), null);
    }

    /** What the Job controller and the kubelet do: the Job's pod, created once, then its phase and exit code. */
    private Pod kubelet(String handle, String phase, Integer exitCode) {
        Job job = client.batch().v1().jobs().inNamespace("aicnet").withName(handle).get();
        String name = handle + "-pod";
        Pod pod = client.pods().inNamespace("aicnet").withName(name).get();
        if (pod == null) {
            pod = client.pods().inNamespace("aicnet").resource(new PodBuilder()
                    .withNewMetadata().withName(name).withLabels(job.getSpec().getTemplate().getMetadata().getLabels())
                    .endMetadata()
                    .withSpec(job.getSpec().getTemplate().getSpec()).build()).create();
        }
        PodBuilder status = new PodBuilder(pod).withNewStatus().withPhase(phase).endStatus();
        if (exitCode != null) {
            status.editStatus().withContainerStatuses(new ContainerStatusBuilder().withName("task")
                    .withNewState().withNewTerminated().withExitCode(exitCode).withReason(exitCode == 0 ? "Completed" : "Error")
                    .endTerminated().endState().build()).endStatus();
        }
        return client.pods().inNamespace("aicnet").resource(status.build()).updateStatus();
    }

    private static Node node(String name, String arch, Map<String, String> allocatable, boolean cordoned) {
        Map<String, Quantity> quantities = new java.util.LinkedHashMap<>();
        allocatable.forEach((resource, amount) -> quantities.put(resource, new Quantity(amount)));
        return new NodeBuilder().withNewMetadata().withName(name).withLabels(Map.of("kubernetes.io/arch", arch))
                .endMetadata().withNewSpec().withUnschedulable(cordoned).endSpec()
                .withNewStatus().withAllocatable(quantities).endStatus().build();
    }
}
