package org.aicnet.server.jobs;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;

/**
 * Reading R-token-required on the job routes: every one needs a token but the signed log link and an online job's
 * service address, which answer on their own terms.
 */
class JobsTokenTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();

    private static Response call(RequestSpecification request, String route) {
        String[] methodAndPath = route.split(" ");
        String path = methodAndPath[1].replace("{id}", "job-0000000001").replace("{taskId}", "task-0");
        return request.request(methodAndPath[0], path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST " + Api.TRAIN_JOBS, "GET " + Api.TRAIN_JOBS, "GET " + Api.TRAIN_JOB,
            "DELETE " + Api.TRAIN_JOB, "POST " + Api.TRAIN_JOB_STOP, "GET " + Api.TRAIN_JOB_DOWNLOAD,
            "GET " + Api.TASK_LOG_URL, "POST " + Api.ONLINE_JOBS, "GET " + Api.IDLE})
    void everyJobRouteNeedsAToken(String route) {
        error(call(given(network.request()), route), ErrorCode.AUTHENTICATION_FAILED);
        error(call(given(network.request("forged-token")), route), ErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void theSignedLogLinkAndServiceAddressesNeedASignatureInsteadOfAToken() {
        error(call(given(network.request()), "GET " + Api.SIGNED_LOG), 403, ErrorCode.AUTHENTICATION_FAILED);
        // Reading R-online-service-access: no token and no signature reveal nothing, not even whether the id exists.
        error(call(given(network.request()), "GET " + Api.SERVICE), 401, ErrorCode.AUTHENTICATION_FAILED);
        error(call(given(network.request()).queryParam(Api.SIGNATURE, "forged"), "GET " + Api.SERVICE), 403,
                ErrorCode.AUTHENTICATION_FAILED);
    }
}
