package org.aicnet.server.jobs;

import io.restassured.response.Response;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.backend.UnreliableBackendProvider;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.JobStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.aicnet.server.ApiAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A backend that fails: 500/0101 (adapter) without its message, and a refused task fails its job. */
class BackendFailureTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.network(TestNetworks.yaml().replaceFirst(
            "    specs: \\[gpu-1, gpu-4, gpu-8, cpu-2]",
            "    specs: [gpu-1, gpu-4, gpu-8, cpu-2]\n    backend: {type: " + UnreliableBackendProvider.TYPE + "}"));
    static JobCalls alice;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    @Test
    void aBackendThatCannotStopIsAnAdapterFailureAndTheJobKeepsRunning() throws Exception {
        String id = alice.create("cannot-stop", "sleep 60");
        alice.await(id, JobStatus.RUNNING);
        Response refused = alice.request().post(Api.TRAIN_JOB_STOP, id);
        error(refused, ErrorCode.ADAPTER_FAILURE);
        assertEquals(500, refused.statusCode());
        assertFalse(refused.asString().contains(UnreliableBackendProvider.SECRET_DETAIL), refused.asString());
        assertEquals("RUNNING", alice.detail(id).getString("status"));
    }

    @Test
    void aTaskTheBackendRefusesFailsItsJob() throws Exception {
        String id = alice.create("refused", UnreliableBackendProvider.REFUSE);
        alice.await(id, JobStatus.FAILED);
        error(alice.request().post(Api.TRAIN_JOB_STOP, id), ErrorCode.PARAMETER_VALUE);
    }
}
