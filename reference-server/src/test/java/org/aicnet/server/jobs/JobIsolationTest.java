package org.aicnet.server.jobs;

import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.function.BiFunction;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reading R-0240: a user sees, stops, deletes and downloads only their own jobs and reads only their own tasks' logs;
 * another user's job answers exactly as a job that does not exist.
 */
class JobIsolationTest {

    private static final String NO_SUCH_JOB = "job-0000999999";

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;
    static JobCalls bob;
    static String running;
    static String finished;

    @BeforeAll
    static void aliceHasARunningAndAFinishedJob() throws InterruptedException {
        alice = new JobCalls(network.server(), TestServers.ALICE);
        bob = new JobCalls(network.server(), TestServers.BOB);
        running = alice.create("alices-running", "sleep 60");
        finished = alice.create("alices-finished", "exit 0");
        alice.await(running, JobStatus.RUNNING);
        alice.await(finished, JobStatus.SUCCEEDED);
    }

    /** Bob's call on alice's job and on a job that never existed: both 0240, byte for byte the same. */
    private static void sameAsNothing(BiFunction<JobCalls, String, Response> call) {
        for (String id : List.of(running, finished)) {
            Response other = call.apply(bob, id);
            Response none = call.apply(bob, NO_SUCH_JOB);
            error(other, ErrorCode.JOB_NOT_FOUND);
            assertEquals(none.asString(), other.asString());
            assertEquals(none.statusCode(), other.statusCode());
        }
    }

    @Test
    void anotherUsersJobIsNotThereForDetailStopDeleteDownloadOrLogs() {
        sameAsNothing((calls, id) -> calls.get(ApiPaths.TRAIN_JOB, id));
        sameAsNothing((calls, id) -> calls.request().post(ApiPaths.TRAIN_JOB_STOP, id));
        sameAsNothing((calls, id) -> calls.request().delete(ApiPaths.TRAIN_JOB, id));
        sameAsNothing((calls, id) -> calls.get(ApiPaths.TRAIN_JOB_DOWNLOAD, id));
        sameAsNothing((calls, id) -> calls.request().queryParam(LogContentTypes.CONTENT_TYPE,
                LogContentTypes.TEXT_PLAIN)
                .get(ApiPaths.TASK_LOG_URL, id, "task-0"));
        assertEquals("RUNNING", alice.detail(running).getString("status"));
        assertEquals("SUCCEEDED", alice.detail(finished).getString("status"));
    }

    @Test
    void eachListsOnlyTheirOwnJobsAndNamesAreTheirOwn() throws Exception {
        String bobs = bob.create("alices-finished", "exit 0");
        bob.await(bobs, JobStatus.SUCCEEDED);
        assertEquals(List.of(bobs), ok(bob.get(ApiPaths.TRAIN_JOBS), TableSchemas.TRAINJOB_LIST_RESPONSE)
                .getList("items.metadata.id"));
        assertEquals(List.of("u-bob"), ok(bob.get(ApiPaths.TRAIN_JOBS), TableSchemas.TRAINJOB_LIST_RESPONSE)
                .getList("items.metadata.userId"));
        List<Object> alices = ok(alice.get(ApiPaths.TRAIN_JOBS), TableSchemas.TRAINJOB_LIST_RESPONSE)
                .getList("items.metadata.id");
        assertEquals(List.of(finished, running), alices);
        error(alice.get(ApiPaths.TRAIN_JOB, bobs), ErrorCode.JOB_NOT_FOUND);
    }
}
