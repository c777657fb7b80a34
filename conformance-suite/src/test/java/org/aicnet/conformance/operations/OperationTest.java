package org.aicnet.conformance.operations;

import org.aicnet.conformance.platform.Standard;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operations cover annex A, and the {@code {operation}} parameter names every one of them. */
class OperationTest {

    @Test
    void theParameterNamesEveryOperation() {
        assertEquals(Arrays.stream(Operation.values()).map(Operation::words).collect(Collectors.joining("|")),
                Operation.NAMES);
    }

    @Test
    void everyEndpointOfAnnexAIsAnOperation() {
        Set<String> endpoints = Arrays.stream(Operation.values())
                .map(operation -> operation.method() + " " + operation.path()).collect(Collectors.toSet());
        assertEquals(Set.of("POST " + Standard.TOKENS, "GET " + Standard.CENTERS, "GET " + Standard.SPECS,
                "GET " + Standard.IDLE, "GET " + Standard.IMAGES, "GET " + Standard.DATASETS,
                "POST " + Standard.DATASET_UPLOAD, "POST " + Standard.TRAIN_JOBS, "GET " + Standard.TRAIN_JOBS,
                "GET " + Standard.TRAIN_JOB, "GET " + Standard.TASK_LOG_URL, "POST " + Standard.TRAIN_JOB_STOP,
                "DELETE " + Standard.TRAIN_JOB, "GET " + Standard.TRAIN_JOB_DOWNLOAD, "POST " + Standard.ONLINE_JOBS),
                endpoints);
    }
}
