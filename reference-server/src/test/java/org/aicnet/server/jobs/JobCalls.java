package org.aicnet.server.jobs;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.fail;

/** The job endpoints as one logged-in user calls them in tests, every success checked against its schema. */
public final class JobCalls {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final ReferenceServer server;
    private final String token;

    public JobCalls(ReferenceServer server, TestServers.Account account) {
        this.server = server;
        this.token = TestServers.token(server, account);
    }

    public RequestSpecification request() {
        return given(TestServers.request(server, token));
    }

    /** A job body: name, and config with the spec, the torch image and the command (null: none). */
    public static Map<String, Object> body(String name, String specId, String command) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(JobFields.SPEC_ID, specId);
        config.put(JobFields.IMAGE_ID, TestNetworks.TORCH);
        if (command != null) {
            config.put(JobFields.COMMAND, command);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(JobFields.JOB_NAME, name);
        body.put(JobFields.CONFIG, config);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> config(Map<String, Object> body) {
        return (Map<String, Object>) body.get(JobFields.CONFIG);
    }

    public Response post(String path, Object body) {
        return request().contentType(ContentType.JSON).body(body).post(path);
    }

    /** Creates a training job and returns its id. */
    public String create(Map<String, Object> body) {
        return ok(post(ApiPaths.TRAIN_JOBS, body), TableSchemas.TRAINJOB_CREATE_RESPONSE).getString("metadata.id");
    }

    public String create(String name, String command) {
        return create(body(name, TestNetworks.GPU_1, command));
    }

    public Response get(String path, Object... pathParams) {
        return request().get(path, pathParams);
    }

    public JsonPath detail(String id) {
        return ok(get(ApiPaths.TRAIN_JOB, id), TableSchemas.TRAINJOB_DETAIL_RESPONSE);
    }

    public JsonPath stop(String id) {
        return ok(request().post(ApiPaths.TRAIN_JOB_STOP, id), TableSchemas.TRAINJOB_STOP_RESPONSE);
    }

    /** Polls the job's detail until it has {@code status}; the detail at that moment. */
    public JsonPath await(String id, JobStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            JsonPath detail = detail(id);
            seen = detail.getString("status");
            if (status.name().equals(seen)) {
                return detail;
            }
            Thread.sleep(20);
        }
        return fail("job " + id + " stayed " + seen + " instead of becoming " + status);
    }
}
